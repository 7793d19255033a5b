/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.CareplanCsvReader;
import jp.careplan.csv.CareplanCsvWriter;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.exchange.FileName;

/**
 * Any bytes given as a 第6表 file: the reader ends with a result (never an exception, never unbounded
 * memory), every problem has a rule and a position, and whatever was read completely without
 * errors is written back — byte-identical when the reader reported nothing at all.
 */
class ReaderFuzzTest {

    private static final LayoutRegistry LAYOUTS = new LayoutRegistry();
    private static final FileName NAME;

    static {
        CareplanPackage.eINSTANCE.eClass();
        URL url = ReaderFuzzTest.class.getClassLoader().getResource("layouts/v3.2.layout");
        try {
            LAYOUTS.register(LayoutSets.load(URI.createURI(url.toString())));
            NAME = FileNames.of(LAYOUTS).parse("UPPLAN_202503_1234567890_2345678901_20250225101500.CSV");
        } catch (IOException | FileNameException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void read(byte[] bytes) {
        CareplanCsvReader.Result result = new CareplanCsvReader(LAYOUTS).read(new ByteArrayInputStream(bytes),
                "UPPLAN_202503_1234567890_2345678901_20250225101500.CSV", NAME, "UPPLAN");
        assertNotNull(result.document());
        for (CsvProblem problem : result.problems()) {
            assertTrue(problem.ruleId().startsWith("CSV-"));
            assertTrue(problem.getLine() >= 0 && problem.getColumn() >= 0);
            assertNotNull(problem.getMessage(Locale.JAPANESE));
        }
        if (!result.complete() || result.hasErrors()) {
            return;
        }
        CareplanCsvWriter writer = new CareplanCsvWriter(LAYOUTS);
        if (!writer.preflight(result.document(), "fuzz", "202503").isEmpty()) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(result.document(), "202503", result.originals(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.problems().isEmpty() && !result.document().getRecords().isEmpty()) {
            assertArrayEquals(bytes, out.toByteArray(), "a file read without any remark is written back identically");
        }
    }
}
