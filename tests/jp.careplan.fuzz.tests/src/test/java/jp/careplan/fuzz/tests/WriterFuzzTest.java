/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.CareplanCsvReader;
import jp.careplan.csv.CareplanCsvWriter;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;

/**
 * The writer's round trip from the model: any records of 第6表 with any text in any item (commas, quotes, line
 * breaks, characters MS932 lacks, control characters). Either the writer's pre-flight refuses the model, naming the
 * item, or what it writes is read back into the same model: read(write(model)) equals model, item by item (an empty
 * item and an absent one alike).
 */
class WriterFuzzTest {

    private static final String FILE = "UPPLAN_202503_1234567890_2345678901_20250225101500.CSV";
    private static final LayoutRegistry LAYOUTS = new LayoutRegistry();
    private static final FileName NAME;
    private static final FileLayout LAYOUT;

    static {
        CareplanPackage.eINSTANCE.eClass();
        URL url = WriterFuzzTest.class.getClassLoader().getResource("layouts/v3.2.layout");
        try {
            LAYOUTS.register(LayoutSets.load(URI.createURI(url.toString())));
            NAME = FileNames.of(LAYOUTS).parse(FILE);
        } catch (IOException | FileNameException e) {
            throw new IllegalStateException(e);
        }
        LAYOUT = LAYOUTS.resolve("UPPLAN", "202208", "202503").layout();
    }

    @FuzzTest(maxDuration = "10m")
    void readOfWriteIsTheModel(FuzzedDataProvider data) {
        List<Column> columns = new ArrayList<>(LAYOUT.getColumns());
        columns.sort(Comparator.comparingInt(Column::getNumber));
        CareplanDocument document = CareplanFactory.eINSTANCE.createCareplanDocument();
        document.setKind("UPPLAN");
        int count = data.consumeInt(1, 4);
        for (int r = 0; r < count; r++) {
            Record record = (Record) CareplanFactory.eINSTANCE.create(LAYOUT.getRecordClass());
            for (Column column : columns) {
                EStructuralFeature feature = record.eClass().getEStructuralFeature(column.getFeature());
                // the version item says which layout reads the record: kept, the rest anything
                String value = column.getNumber() == 1 ? "202208" : data.consumeBoolean() ? null : data.consumeString(12);
                record.eSet(feature, value);
            }
            document.getRecords().add(record);
        }
        CareplanCsvWriter writer = new CareplanCsvWriter(LAYOUTS);
        List<CsvProblem> refused = writer.preflight(document, FILE, "202503");
        if (!refused.isEmpty()) {
            for (CsvProblem problem : refused) {
                assertTrue(problem.getColumn() > 0 && problem.itemName() != null, "a refusal names the item: " + problem);
            }
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(document, "202503", null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CareplanCsvReader.Result read = new CareplanCsvReader(LAYOUTS).read(new ByteArrayInputStream(out.toByteArray()), FILE, NAME,
                "UPPLAN");
        assertTrue(read.complete(), "what the writer wrote reads to the end");
        // the writer's structure is sound whatever the values: no record of the wrong size, quoting, encoding or line end
        assertFalse(read.problems().stream().map(CsvProblem::ruleId).anyMatch(java.util.Set.of("CSV-FIELD-COUNT", "CSV-FIELD-MORE",
                "CSV-QUOTE", "CSV-ENCODING", "CSV-LINE-END", "CSV-RECORD-SIZE", "CSV-GAIJI", "CSV-FORM")::contains),
                () -> "structure: " + read.problems());
        List<Record> back = read.document().getRecords();
        assertEquals(count, back.size(), "as many records");
        for (int r = 0; r < count; r++) {
            for (Column column : columns) {
                EStructuralFeature feature = document.getRecords().get(r).eClass().getEStructuralFeature(column.getFeature());
                Object written = empty(document.getRecords().get(r).eGet(feature));
                Object again = empty(back.get(r).eGet(back.get(r).eClass().getEStructuralFeature(column.getFeature())));
                assertTrue(Objects.equals(written, again), "record " + (r + 1) + " item No." + column.getNumber());
            }
        }
    }

    private static Object empty(Object value) {
        return "".equals(value) ? null : value;
    }
}
