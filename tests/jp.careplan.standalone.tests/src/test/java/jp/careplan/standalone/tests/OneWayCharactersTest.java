/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.csv.CareplanCsvWriter;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;

/**
 * Found by the writer's fuzz target (regression input {@code yen-sign-written-as-backslash}): Java's MS932 encoder
 * writes some characters one way — ¥ (U+00A5) as 0x5C, which reads back as \, and ‾ (U+203E) as 0x7E, read as ~ —
 * so the user's text would change on saving. The writer's pre-flight refuses them at their item, as it refuses any
 * character MS932 lacks; the characters MS932 has (＼ U+FF3C, ￥ U+FFE5) are written.
 */
class OneWayCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = { "\u00A5", "\u203E" })
    void aCharacterThatWouldComeBackAsAnotherIsRefusedAtItsItem(String character) throws Exception {
        FileLayout plan = Layouts.layout("UPPLAN");
        byte[] bytes = SyntheticRecords.encode(plan, List.of(new SyntheticRecords(5).values(plan, YearMonth.of(2025, 3), Map.of(7, "架空"))));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("oneway");
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("UPPLAN_202503_1370000009_1370000008_20250301120000.CSV"), bytes);
        CareplanResource resource = CareplanResource.read(file, Layouts.registry());
        Record record = resource.document().getRecords().get(0);
        CareplanCsvWriter writer = new CareplanCsvWriter(Layouts.registry());

        record.eSet(record.eClass().getEStructuralFeature("plannerName"), "金額" + character + "100");
        List<CsvProblem> refused = writer.preflight(resource.document(), file.getFileName().toString(), "202503");

        assertEquals(1, refused.size(), refused::toString);
        assertEquals("CSV-UNENCODABLE", refused.get(0).ruleId());
        assertEquals(7, refused.get(0).getColumn());
        assertEquals("プラン担当者名", refused.get(0).itemName());

        record.eSet(record.eClass().getEStructuralFeature("plannerName"), "金額\uFFE5100\uFF3C");
        assertEquals(List.of(), writer.preflight(resource.document(), file.getFileName().toString(), "202503"));
        java.nio.file.Files.delete(file);
        java.nio.file.Files.delete(dir);
    }
}
