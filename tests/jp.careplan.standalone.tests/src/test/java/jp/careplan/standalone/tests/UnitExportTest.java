/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.UnitExport;
import jp.careplan.validation.UnitExport.Addressing;
import jp.careplan.validation.UnitExport.Prepared;

/** Writing a send unit to send: standard names, the MS932 pre-flight, the unit's check, refusals. */
class UnitExportTest {

    private static final String US = "1370000009";
    private static final String PARTNER = "1370000008";
    private static final Addressing TO_PARTNER = new Addressing(US, null, PARTNER, null, "20250301120000");

    private final UnitExport export = new UnitExport(Layouts.registry(), rules());

    private static RuleRegistry rules() {
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        return rules;
    }

    private static List<GeneratedFile> scheduleUnit(Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(61, Layouts.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        String serial = month.stream().filter(f -> f.kind().equals("UPPLAN")).findFirst().orElseThrow().serial();
        return month.stream().filter(f -> f.serial().equals(serial)).toList();
    }

    @Test
    void aCleanUnitIsWrittenUnderTheStandardNamesWithTheSameBytes(@TempDir Path folder, @TempDir Path out) throws Exception {
        List<GeneratedFile> unit = scheduleUnit(folder);

        Prepared prepared = export.prepare(unit.stream().map(GeneratedFile::path).toList(), TO_PARTNER);
        List<Path> written = export.write(prepared, out, false);

        assertEquals(List.of(), prepared.problems());
        assertEquals(List.of("UPPLAN_202503_1370000009_1370000008_20250301120000.CSV",
                "UPSIKYU_202503_1370000009_1370000008_20250301120000.CSV",
                "UPHOSOKU_202503_1370000009_1370000008_20250301120000.CSV"),
                written.stream().map(path -> path.getFileName().toString()).toList());
        for (int i = 0; i < unit.size(); i++) {
            assertArrayEquals(Files.readAllBytes(unit.get(i).path()), Files.readAllBytes(written.get(i)),
                    "a conforming file is sent byte for byte: " + unit.get(i).kind());
        }
        assertThrows(UnitExport.RefusedException.class, () -> export.write(prepared, out, false),
                "a file of the same name is never overwritten");
    }

    @Test
    void fourXNamesCarryTheServiceTypes(@TempDir Path folder) throws Exception {
        Prepared prepared = export.prepare(List.of(scheduleUnit(folder).get(0).path()),
                new Addressing(US, "43", PARTNER, "11", "20250301120000"));

        assertEquals("UPPLAN_202503_1370000009_43_1370000008_11_20250301120000.CSV", prepared.files().get(0).name());
        assertThrows(IllegalArgumentException.class, () -> new Addressing(US, "43", PARTNER, null, "20250301120000"));
        assertThrows(IllegalArgumentException.class, () -> new Addressing("137000000", null, PARTNER, null, "20250301120000"));
    }

    @Test
    void aUnitWithErrorsIsNeverWritten(@TempDir Path folder, @TempDir Path out) throws Exception {
        // 第2表 without its 第1表: every record lacks its parent (UNIT-PARENT, an error)
        GeneratedFile plan2 = new SyntheticExchange(62, Layouts.v3()).write(folder, "UP2KYO", null, "1234567890", null,
                "2345678901", null, "20250310090000");

        Prepared prepared = export.prepare(List.of(plan2.path()), TO_PARTNER);

        assertFalse(prepared.errors().isEmpty());
        assertTrue(prepared.errors().stream().allMatch(p -> p.ruleId().equals("UNIT-PARENT")));
        assertEquals("UP2KYO_1370000009_1370000008_20250301120000.CSV", prepared.errors().get(0).fileName(),
                "problems name the file as it would be sent");
        assertThrows(UnitExport.RefusedException.class, () -> export.write(prepared, out, true),
                "not even when warnings are accepted");
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void warningsAreWrittenOnlyWhenAccepted(@TempDir Path folder, @TempDir Path out) throws Exception {
        Prepared clean = export.prepare(scheduleUnit(folder).stream().map(GeneratedFile::path).toList(), TO_PARTNER);
        CsvProblem warning = new CsvProblem("X-TEST", Severity.WARNING, clean.files().get(0).name(), 1, 1, "サービス回数", -1);
        Prepared warned = new Prepared(clean.addressing(), clean.files(), List.of(warning));

        assertThrows(UnitExport.RefusedException.class, () -> export.write(warned, out, false));
        assertEquals(3, export.write(warned, out, true).size());
    }

    @Test
    void aCharacterMs932CannotHoldStopsTheUnitBeforeTheCheck(@TempDir Path folder) throws Exception {
        GeneratedFile plan1 = new SyntheticExchange(63, Layouts.v3()).writeMonth(folder, YearMonth.of(2025, 3), false).get(0);
        CareplanResource resource = CodecRoundTripTest.load(plan1.path());
        ((CarePlan1) resource.document().getRecords().get(0)).setPlannerName("𠮷田"); // outside MS932

        Prepared prepared = export.prepareResources(List.of(resource), TO_PARTNER);

        assertEquals(1, prepared.errors().size());
        assertEquals("居宅サービス計画作成者氏名", prepared.errors().get(0).itemName());
        assertTrue(prepared.files().isEmpty());
        assertFalse(prepared.errors().get(0).getMessage().contains("𠮷"), "messages never hold cell contents");
    }
}
