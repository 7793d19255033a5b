/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.ActualFromPlan;
import jp.careplan.csv.ActualFromPlan.Outcome;
import jp.careplan.csv.ActualFromPlan.Status;
import jp.careplan.csv.CareplanResource;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;

/**
 * A provider's 実績 begun from the 予定 it received: the provider's own rows, named for the way back, 更新業者コード and
 * 作成年月日 set as a 実績 has them and everything else as the 予定 has it; the 予定 never changes and no file is
 * written over another.
 */
class ActualFromPlanTest {

    private static final String CARE_OFFICE = "1234567890";
    private static final String PROVIDER = "2345678901";
    private static final String OTHER_PROVIDER = "3456789012";
    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 5, 2, 17, 30, 5);

    private final LayoutRegistry registry = PreventionFilesTest.registry();
    private final ActualFromPlan actuals = new ActualFromPlan(registry);

    /** A 予定 of the care office to the provider: {@code ours} rows of the provider, then {@code others} of another. */
    private Path plan(Path dir, String csvVersion, String types, int ours, int others, long seed) throws Exception {
        FileLayout layout = registry.resolve("UPPLAN", csvVersion, "202504").layout();
        int provider = layout.getColumns().stream().filter(column -> "providerCode".equals(column.getFeature()))
                .mapToInt(Column::getNumber).findFirst().orElseThrow();
        SyntheticRecords records = new SyntheticRecords(seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // interleaved, so that the 実績 must pick its rows out rather than cut the file
        for (int i = 0; i < Math.max(ours, others); i++) {
            if (i < ours) {
                bytes.writeBytes(records.file(layout, APRIL, 1, Map.of(Integer.valueOf(provider), PROVIDER)));
            }
            if (i < others) {
                bytes.writeBytes(records.file(layout, APRIL, 1, Map.of(Integer.valueOf(provider), OTHER_PROVIDER)));
            }
        }
        String serial = String.format("202503250900%02d", Long.valueOf(seed));
        String name = types == null ? "UPPLAN_202504_" + CARE_OFFICE + "_" + PROVIDER + "_" + serial + ".CSV"
                : "UPPLAN_202504_" + CARE_OFFICE + "_43_" + PROVIDER + "_" + types + "_" + serial + ".CSV";
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void theActualHoldsTheProvidersOwnRowsAsTheyWerePlannedNamedForTheWayBack(@TempDir Path dir) throws Exception {
        Path plan = plan(dir, "202208", null, 4, 3, 1);
        byte[] planBytes = Files.readAllBytes(plan);

        Outcome outcome = actuals.create(List.of(plan), dir, NOW);

        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertEquals("UPJSK_202504_" + PROVIDER + "_" + CARE_OFFICE + "_20250502173005.CSV", outcome.name());
        assertEquals(4, outcome.rows());
        assertEquals(3, outcome.otherProviders(), "the other provider's rows stay in the 予定 only");
        assertEquals(PROVIDER, outcome.provider());
        assertEquals(CARE_OFFICE, outcome.careOffice());
        assertArrayEquals(planBytes, Files.readAllBytes(plan), "the 予定 is read only");

        List<Record> planned = CareplanResource.read(plan, registry).document().getRecords().stream()
                .filter(record -> PROVIDER.equals(((ServiceUseRow) record).getProviderCode())).toList();
        CareplanResource actual = CareplanResource.read(dir.resolve(outcome.name()), registry);
        assertTrue(actual.problems().isEmpty(), () -> actual.problems().toString());
        assertEquals("UPJSK", actual.document().getKind());
        assertEquals(planned.size(), actual.document().getRecords().size());
        for (int i = 0; i < planned.size(); i++) {
            ServiceUseRow row = (ServiceUseRow) actual.document().getRecords().get(i);
            assertEquals(PROVIDER, row.getUpdaterCode(), "更新業者コード: 実績の場合はサービス事業者番号");
            assertEquals("20250502", row.getCreationDate(), "作成年月日: the day the 実績 is made");
            for (EAttribute attribute : row.eClass().getEAllAttributes()) {
                if (attribute != CareplanPackage.Literals.SERVICE_USE_ROW__UPDATER_CODE
                        && attribute != CareplanPackage.Literals.SERVICE_USE_ROW__CREATION_DATE) {
                    assertEquals(planned.get(i).eGet(attribute), row.eGet(attribute), attribute.getName() + " of row " + i);
                }
            }
        }
    }

    /**
     * A 予定 of 4.x names gives a 実績 of 4.x names, the サービス種類コード turned round with the offices, with the rows of
     * the kind the 予定 was sent to (the office's rows of another kind are counted, not copied); 4.1 items kept.
     */
    @Test
    void a41PlanGivesA41ActualOfTheKindItWasSentTo(@TempDir Path dir) throws Exception {
        FileLayout layout = registry.resolve("UPPLAN", "202407", "202504").layout();
        int code = number(layout, "serviceCode");
        int provider = number(layout, "providerCode");
        int tais = number(layout, "taisCode");
        SyntheticRecords records = new SyntheticRecords(2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(records.file(layout, APRIL, 2, Map.of(code, "171001", provider, PROVIDER, tais, "00001-000001")));
        bytes.writeBytes(records.file(layout, APRIL, 1, Map.of(code, "111111", provider, PROVIDER)));
        bytes.writeBytes(records.file(layout, APRIL, 1, Map.of(code, "171001", provider, OTHER_PROVIDER)));
        Path plan = Files.write(dir.resolve("UPPLAN_202504_" + CARE_OFFICE + "_43_" + PROVIDER + "_17_20250325090000.CSV"),
                bytes.toByteArray());

        Outcome outcome = actuals.create(List.of(plan), dir, NOW);

        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertEquals("UPJSK_202504_" + PROVIDER + "_17_" + CARE_OFFICE + "_43_20250502173005.CSV", outcome.name());
        assertEquals(2, outcome.rows());
        assertEquals(1, outcome.otherKinds(), "the office's 訪問介護 row is not in its 福祉用具貸与 実績");
        assertEquals(1, outcome.otherProviders());
        CareplanResource actual = CareplanResource.read(dir.resolve(outcome.name()), registry);
        assertTrue(actual.problems().isEmpty(), () -> actual.problems().toString());
        Record first = CareplanResource.read(plan, registry).document().getRecords().get(0);
        Record copied = actual.document().getRecords().get(0);
        assertEquals("202407", copied.getCsvVersion());
        assertEquals(first.eClass(), copied.eClass(), "a 4.1 row, with TAISコード and the other 4.1 items");
        assertEquals("00001-000001", copied.eGet(first.eClass().getEStructuralFeature("taisCode")));
        for (String item : List.of("notifiedEquipmentCode", "equipmentName", "serviceCode", "serviceDate")) {
            assertEquals(first.eGet(first.eClass().getEStructuralFeature(item)), copied.eGet(first.eClass().getEStructuralFeature(item)), item);
        }
    }

    /** 予定 sent to two kinds of one office are not versions of each other; a 3.2 and a 4.1 version are not one 実績. */
    @Test
    void plansToTwoKindsAreNotVersionsAndVersionsOfTwoCsvVersionsMakeNothing(@TempDir Path dir) throws Exception {
        Path toRental = Files.write(dir.resolve("UPPLAN_202504_" + CARE_OFFICE + "_43_" + PROVIDER + "_17_20250325090000.CSV"),
                new byte[0]);
        Path toHomeHelp = Files.write(dir.resolve("UPPLAN_202504_" + CARE_OFFICE + "_43_" + PROVIDER + "_11_20250325090000.CSV"),
                new byte[0]);
        assertEquals(List.of(List.of(toRental), List.of(toHomeHelp)), actuals.versions(List.of(toRental, toHomeHelp, toRental)),
                "two kinds, each once");

        FileLayout v32 = registry.resolve("UPPLAN", "202208", "202503").layout();
        FileLayout v41 = registry.resolve("UPPLAN", "202407", "202504").layout();
        Path older = Files.write(dir.resolve("UPPLAN_202504_" + CARE_OFFICE + "_" + PROVIDER + "_20250320090000.CSV"),
                new SyntheticRecords(3).file(v32, APRIL, 1, Map.of(2, "131001", 3, "1000000001", number(v32, "providerCode"), PROVIDER)));
        Path newer = Files.write(dir.resolve("UPPLAN_202504_" + CARE_OFFICE + "_" + PROVIDER + "_20250325090000.CSV"),
                new SyntheticRecords(4).file(v41, APRIL, 1, Map.of(2, "131001", 3, "1000000002", number(v41, "providerCode"), PROVIDER)));

        Outcome mixed = actuals.create(List.of(older, newer), dir, NOW);

        assertEquals(Status.MIXED_VERSIONS, mixed.status());
        assertFalse(Files.exists(dir.resolve(mixed.name())));
    }

    private static int number(FileLayout layout, String feature) {
        return layout.getColumns().stream().filter(column -> feature.equals(column.getFeature())).findFirst().orElseThrow()
                .getNumber();
    }

    /** A character MS932 holds in two forms keeps the form it came in (髙 as EE E0, ∵ as 87 9A), as a save keeps it. */
    @Test
    void charactersKeepTheByteFormsTheyCameIn(@TempDir Path dir) throws Exception {
        Path generated = plan(dir, "202208", null, 2, 0, 3);
        byte[] forms = { (byte) 0xEE, (byte) 0xE0, (byte) 0x87, (byte) 0x9A };
        // into プラン担当者名, the first quoted item
        Path plan = Files.write(generated, FileConversionTest.afterFirstQuote(Files.readAllBytes(generated), forms));

        Outcome outcome = actuals.create(List.of(plan), dir, NOW);

        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertTrue(FileConversionTest.indexOf(Files.readAllBytes(dir.resolve(outcome.name())), forms) >= 0);
    }

    @Test
    void nothingIsWrittenForAPlanWithoutTheProvidersRowsNorForOneWithErrorsNorForAnotherKind(@TempDir Path dir)
            throws Exception {
        Path others = plan(dir, "202208", null, 0, 3, 4);
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Path bad = plan(broken, "202208", null, 2, 0, 5);
        Files.write(bad, (new String(Files.readAllBytes(bad), StandardCharsets.ISO_8859_1) + "1,2\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path actualKind = Files.copy(plan(dir, "202208", null, 1, 0, 6),
                dir.resolve("UPJSK_202504_" + PROVIDER + "_" + CARE_OFFICE + "_20250401090000.CSV"));
        Path badName = Files.copy(actualKind, dir.resolve("UPPLAN_2025_" + CARE_OFFICE + ".CSV"));
        Path out = Files.createDirectories(dir.resolve("out"));

        Outcome none = actuals.create(List.of(others), out, NOW);
        Outcome errors = actuals.create(List.of(bad), out, NOW);
        Outcome notAPlan = actuals.create(List.of(actualKind), out, NOW);
        Outcome unnamed = actuals.create(List.of(badName), out, NOW);

        assertEquals(Status.NO_ROWS, none.status());
        assertEquals(3, none.otherProviders());
        assertEquals(Status.HAS_ERRORS, errors.status());
        assertEquals(Status.NOT_A_PLAN, notAPlan.status());
        assertEquals(Status.BAD_NAME, unnamed.status());
        assertTrue(unnamed.nameProblem() != null);
        assertEquals(0, count(out));
    }

    /** The same 予定 made into a 実績 twice in one second would give the same name: never written over the first. */
    @Test
    void aFileOfTheNameIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path plan = plan(dir, "202208", null, 2, 0, 7);
        Outcome first = actuals.create(List.of(plan), dir, NOW);
        byte[] written = Files.readAllBytes(dir.resolve(first.name()));

        Outcome again = actuals.create(List.of(plan), dir, NOW);
        Outcome later = actuals.create(List.of(plan), dir, NOW.plusSeconds(1));

        assertEquals(Status.EXISTS, again.status());
        assertFalse(again.done());
        assertArrayEquals(written, Files.readAllBytes(dir.resolve(first.name())));
        assertEquals(Status.CREATED, later.status());
        assertEquals(3, count(dir));
    }

    /**
     * A month's 予定 in two versions (月途中変更): each user's rows come from the newest version that names the user —
     * a user the newer version leaves out keeps the older rows — and the 実績 is named after the newest.
     */
    @Test
    void eachUsersRowsComeFromTheNewestVersionThatNamesTheUser(@TempDir Path dir) throws Exception {
        FileLayout layout = registry.resolve("UPPLAN", "202208", "202504").layout();
        SyntheticRecords records = new SyntheticRecords(9);
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        older.writeBytes(records.file(layout, APRIL, 2, Map.of(2, "131001", 3, "1000000001", 17, PROVIDER)));
        older.writeBytes(records.file(layout, APRIL, 3, Map.of(2, "131001", 3, "1000000002", 17, PROVIDER)));
        ByteArrayOutputStream newer = new ByteArrayOutputStream();
        newer.writeBytes(records.file(layout, APRIL, 1, Map.of(2, "131001", 3, "1000000002", 17, PROVIDER)));
        newer.writeBytes(records.file(layout, APRIL, 1, Map.of(2, "131001", 3, "1000000002", 17, OTHER_PROVIDER)));
        newer.writeBytes(records.file(layout, APRIL, 2, Map.of(2, "131001", 3, "1000000003", 17, PROVIDER)));
        String prefix = "UPPLAN_202504_" + CARE_OFFICE + "_" + PROVIDER + "_";
        Path first = Files.write(dir.resolve(prefix + "20250325090000.CSV"), older.toByteArray());
        Path second = Files.write(dir.resolve(prefix + "20250410120000.CSV"), newer.toByteArray());
        Path elsewhere = Files.write(dir.resolve("UPPLAN_202505_" + CARE_OFFICE + "_" + PROVIDER + "_20250410120000.CSV"),
                older.toByteArray());

        List<List<Path>> versions = actuals.versions(List.of(second, elsewhere, first, dir.resolve("UP1KYO_x.CSV")));
        Outcome outcome = actuals.create(versions.get(0), dir, NOW);

        assertEquals(List.of(List.of(first, second), List.of(elsewhere)), versions,
                "April's two versions, oldest first; May's apart; a file of no 予定 left out");
        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertEquals(second, outcome.plan());
        assertEquals(2 + 1 + 2, outcome.rows(), "user 1 from the older version, users 2 and 3 from the newer");
        assertEquals(3, outcome.replaced(), "the older rows of user 2");
        assertEquals(1, outcome.otherProviders());
        List<String> insured = CareplanResource.read(dir.resolve(outcome.name()), registry).document().getRecords().stream()
                .map(Record::getInsuredNumber).toList();
        assertEquals(List.of("1000000001", "1000000001", "1000000002", "1000000003", "1000000003"), insured);
    }

    /** A draft says what it would write, and writes only when asked; its text holds no record's contents. */
    @Test
    void aDraftSaysWhatItWouldWriteAndWritesWhenAsked(@TempDir Path dir) throws Exception {
        Path plan = plan(dir, "202208", null, 3, 2, 8);

        ActualFromPlan.Draft draft = actuals.prepare(List.of(plan), NOW);

        assertEquals(Status.READY, draft.outcome().status());
        assertEquals(3, draft.outcome().rows());
        assertEquals(2, draft.outcome().otherProviders());
        assertEquals(1, count(dir), "nothing written yet");
        String insured = CareplanResource.read(plan, registry).document().getRecords().get(0).getInsuredNumber();
        assertFalse(draft.toString().contains(insured), "no record's contents in its text");
        Outcome written = actuals.write(draft, dir, NOW);
        assertEquals(Status.CREATED, written.status());
        assertTrue(Files.isRegularFile(dir.resolve(written.name())));
        // a second try, as after a name that exists, takes the time it is made
        Outcome later = actuals.write(draft, dir, NOW.plusSeconds(2));
        assertEquals(Status.CREATED, later.status());
        assertTrue(later.name().endsWith("_20250502173007.CSV"), later.name());
    }
}
