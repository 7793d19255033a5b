/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.CareplanCsvReader;
import jp.careplan.csv.CareplanCsvWriter;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.VersionConverter;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.exchange.FileName;

/**
 * Any bytes read as a 3.2 第6表 without a remark: converted to 4.1 nothing is lost, and converted back to 3.2
 * nothing is lost and the file is written back byte for byte — the converter moves every item and only items.
 */
class ConverterFuzzTest {

    private static final String FILE = "UPPLAN_202503_1234567890_2345678901_20250225101500.CSV";
    private static final LayoutRegistry LAYOUTS = new LayoutRegistry();
    private static final FileName NAME;

    static {
        CareplanPackage.eINSTANCE.eClass();
        try {
            for (String layout : List.of("layouts/v3.2.layout", "layouts/v4.1.layout")) {
                URL url = ConverterFuzzTest.class.getClassLoader().getResource(layout);
                LAYOUTS.register(LayoutSets.load(URI.createURI(url.toString())));
            }
            NAME = FileNames.of(LAYOUTS).parse(FILE);
        } catch (IOException | FileNameException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void thereAndBackLosesNothing(byte[] bytes) {
        CareplanCsvReader.Result read = new CareplanCsvReader(LAYOUTS).read(new ByteArrayInputStream(bytes), FILE, NAME, "UPPLAN");
        if (!read.complete() || !read.problems().isEmpty() || read.document().getRecords().isEmpty()
                || !"202208".equals(read.document().getRecords().get(0).getCsvVersion())) {
            return;
        }
        VersionConverter converter = new VersionConverter(LAYOUTS);
        // a month both versions apply to (4.1 from 2025-04)
        VersionConverter.Result to41 = converter.convert(read.document(), "202504", read::lineOf, converter.target("4.1").orElseThrow());
        assertEquals(List.of(), to41.losses());
        VersionConverter.Result back = converter.convert(to41.document(), "202504", read::lineOf, converter.target("3.2").orElseThrow());
        assertEquals(List.of(), back.losses());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CareplanCsvWriter(LAYOUTS).write(back.document(), "202504", null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read.originals().size() == 0) { // characters in other byte forms are the reader's to keep, not the converter's
            assertArrayEquals(bytes, out.toByteArray());
        }
    }
}
