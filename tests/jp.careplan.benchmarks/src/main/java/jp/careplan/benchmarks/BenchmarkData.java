/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import jp.careplan.csv.FileNames;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.exchange.FileName;

/** The benchmark's input: a large synthetic 第6表 予定 file, and the layouts to read it. */
final class BenchmarkData {

    static final String FILE_NAME = "UPPLAN_202503_1234567890_2345678901_20250225101500.CSV";
    static final YearMonth MONTH = YearMonth.of(2025, 3);

    private BenchmarkData() {
    }

    static LayoutSet v3() throws IOException {
        CareplanPackage.eINSTANCE.eClass();
        URL url = BenchmarkData.class.getClassLoader().getResource("layouts/v3.2.layout");
        return LayoutSets.load(URI.createURI(url.toString()));
    }

    static LayoutRegistry registry() throws IOException {
        LayoutRegistry registry = new LayoutRegistry();
        registry.register(v3());
        return registry;
    }

    static FileName fileName() {
        try {
            return FileNames.of(registry()).parse(FILE_NAME);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file (once; kept between runs) and returns its path. */
    static Path file(Path folder, int records) throws IOException {
        Path file = folder.resolve(records + "/" + FILE_NAME);
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        FileLayout layout = v3().getFileLayouts().stream().filter(l -> l.getKind().equals("UPPLAN")).findFirst().orElseThrow();
        SyntheticRecords generator = new SyntheticRecords(20250301L);
        Path partial = file.resolveSibling(FILE_NAME + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
            int written = 0;
            while (written < records) {
                int chunk = Math.min(10_000, records - written);
                List<List<String>> rows = new ArrayList<>(chunk);
                for (int i = 0; i < chunk; i++) {
                    rows.add(generator.values(layout, MONTH));
                }
                out.write(SyntheticRecords.encode(layout, rows));
                written += chunk;
            }
        }
        Files.move(partial, file);
        return file;
    }
}
