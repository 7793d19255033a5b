/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.Careplan;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/**
 * {@code careplan render}: one PDF per file of the standard, or a whole send unit in one; a file the reader refuses is
 * left out and said (exit 1); usage errors exit 2.
 */
class RenderCommandTest {

    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    private int run(String... args) {
        text.reset();
        PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8);
        return Careplan.run(List.of(args), stream, stream, Locale.ENGLISH);
    }

    @Test
    void filesAndAWholeUnitBecomePdf(@TempDir Path folder, @TempDir Path out) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(19, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);

        assertEquals(Careplan.EXIT_OK, run("render", "--out", out.toString(), folder.toString()), text.toString(StandardCharsets.UTF_8));
        try (Stream<Path> pdfs = Files.list(out)) {
            List<Path> written = pdfs.sorted().toList();
            assertEquals(month.size(), written.size(), written.toString());
            for (Path pdf : written) {
                assertTrue(pdf.getFileName().toString().endsWith(".CSV.pdf"), pdf.toString());
                assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII));
            }
        }

        String serial = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow().serial();
        List<String> unit = month.stream().filter(file -> serial.equals(file.serial())).map(file -> file.path().toString()).toList();
        List<String> args = new java.util.ArrayList<>(List.of("render", "--out", out.toString(), "--one", "unit.pdf"));
        args.addAll(unit);
        assertEquals(Careplan.EXIT_OK, run(args.toArray(String[]::new)));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("the forms of " + unit.size() + " file(s)"),
                text.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(out.resolve("unit.pdf")) > 1000);

        Path broken = Files.writeString(folder.resolve("UPPLAN_202503_1370000009_1370000008_20250301130000.CSV"), "202208,\"open\r\n");
        assertEquals(Careplan.EXIT_PROBLEMS, run("render", "--out", out.toString(), broken.toString()));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("left out"), text.toString(StandardCharsets.UTF_8));
        assertEquals(Careplan.EXIT_USAGE, run("render", folder.toString()), "no --out");
        Path other = Files.createDirectories(out.resolve("other"));
        Path twin = Files.copy(month.get(0).path(), other.resolve(month.get(0).name()));
        assertEquals(Careplan.EXIT_USAGE, run("render", "--out", out.toString(), month.get(0).path().toString(), twin.toString()));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("two files are named"), text.toString(StandardCharsets.UTF_8));
        assertEquals(Careplan.EXIT_USAGE, run("render", "--out", out.toString(), "--one", "unit.txt", folder.toString()));
    }
}
