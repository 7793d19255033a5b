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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.Withdrawal;
import jp.careplan.csv.Withdrawal.Outcome;
import jp.careplan.csv.Withdrawal.Status;
import jp.careplan.csv.Withdrawal.Target;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * 取り下げ: the deletion file of what a file sent, for the users chosen — DLTPLAN for a 予定, DLTJSK per サービス種類 for
 * a 実績, DLT1KYO for a 第1表, and a 4.x 介護予防 file's deletion by its layout — going the way the file went, and a
 * check of the folder then lists what it removes. The file read is never changed and nothing is written over a file.
 */
class WithdrawalTest {

    private static final String CARE_OFFICE = "1234567890";
    private static final String PROVIDER = "2345678901";
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 4, 12, 9, 15, 30);

    private final LayoutRegistry registry = PreventionFilesTest.registry();
    private final Withdrawal withdrawal = new Withdrawal(registry);

    private FileLayout layout(String kind, String csvVersion) {
        return registry.resolve(kind, csvVersion, csvVersion.equals("202208") ? "202503" : "202504").layout();
    }

    private static int number(FileLayout layout, String feature) {
        return layout.getColumns().stream().filter(column -> feature.equals(column.getFeature())).findFirst().orElseThrow()
                .getNumber();
    }

    /** Records of the kind for two users: the first {@code first} records, the second {@code second}. */
    private static byte[] twoUsers(FileLayout layout, int first, int second, long seed, Map<String, String> fixedByFeature) {
        SyntheticRecords records = new SyntheticRecords(seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String[] user : new String[][] { { "131001", "1000000001", Integer.toString(first) },
                { "131001", "1000000002", Integer.toString(second) } }) {
            Map<Integer, String> fixed = new java.util.HashMap<>();
            fixed.put(number(layout, "insurerNumber"), user[0]);
            fixed.put(number(layout, "insuredNumber"), user[1]);
            fixedByFeature.forEach((feature, value) -> fixed.put(number(layout, feature), value));
            // 3.2 for March 2025, 4.1 from April, as VAL-VERSION-MONTH asks
            bytes.writeBytes(records.file(layout, layout.getLayoutSet().getCsvVersion().equals("202208") ? MARCH : APRIL,
                    Integer.parseInt(user[2]), fixed));
        }
        return bytes.toByteArray();
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aPlanIsWithdrawnForTheUserChosenAndTheCheckListsWhatTheDeletionRemoves(@TempDir Path dir) throws Exception {
        FileLayout schedule = layout("UPPLAN", "202208");
        Path plan = Files.write(dir.resolve("UPPLAN_202503_" + CARE_OFFICE + "_" + PROVIDER + "_20250225090000.CSV"),
                twoUsers(schedule, 3, 2, 1, Map.of()));
        byte[] before = Files.readAllBytes(plan);

        Withdrawal.Targets targets = withdrawal.targets(plan);

        assertEquals(Status.READY, targets.outcome().status());
        assertEquals("DLTPLAN", targets.outcome().kind());
        assertEquals(2, targets.targets().size(), "each user once");
        assertEquals(List.of(3, 2), targets.targets().stream().map(Target::rows).toList());
        assertEquals(List.of("削除対象年月"), targets.columns().stream().map(column -> column.getName()).toList());
        assertEquals(Map.of("deletionTargetMonth", "202503"), targets.targets().get(1).items());
        assertFalse(targets.targets().get(1).toString().contains("1000000002"), "a target's text holds no value");

        Outcome outcome = withdrawal.create(plan, List.of(targets.targets().get(1)), dir, NOW);

        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertEquals("DLTPLAN_202503_" + CARE_OFFICE + "_" + PROVIDER + "_20250412091530.CSV", outcome.name());
        assertEquals("202208,131001,1000000002,202503\r\n",
                new String(Files.readAllBytes(dir.resolve(outcome.name())), StandardCharsets.US_ASCII));
        assertArrayEquals(before, Files.readAllBytes(plan), "the 予定 is not changed");
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        List<CsvProblem> problems = new ExchangeCheck(registry, rules).check(List.of(plan, dir.resolve(outcome.name()))).problems();
        assertTrue(problems.stream().noneMatch(problem -> problem.severity() != Severity.INFO), problems::toString);
        assertTrue(problems.stream().anyMatch(problem -> problem.ruleId().equals("UNIT-CASCADE") && problem.fileName().equals(outcome.name())
                && problem.getMessage(Locale.ENGLISH).contains("removes 第6表（サービス利用票）, 第7表（サービス利用票別表） held")),
                problems::toString);
    }

    /**
     * 「削除はサービス種類毎に行う」: a 実績's targets are per user, provider and サービス種類, and the deletion goes back as the
     * 実績 went; under a 4.x name, for the サービス種類 the name carries.
     */
    @Test
    void anActualIsWithdrawnPerServiceKind(@TempDir Path dir) throws Exception {
        FileLayout actual = layout("UPJSK", "202407");
        SyntheticRecords records = new SyntheticRecords(2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String code : new String[] { "111111", "112222", "131111" }) {
            bytes.writeBytes(records.file(actual, APRIL, 1, Map.of(2, "131001", 3, "1000000001", number(actual, "serviceCode"), code,
                    number(actual, "providerCode"), PROVIDER)));
        }
        Path file = Files.write(dir.resolve("UPJSK_202504_" + PROVIDER + "_11_" + CARE_OFFICE + "_43_20250502090000.CSV"),
                bytes.toByteArray());

        Withdrawal.Targets targets = withdrawal.targets(file);
        Outcome both = withdrawal.create(file, targets.targets(), dir, NOW);
        Outcome outcome = withdrawal.create(file, targets.targets().subList(0, 1), dir, NOW);

        assertEquals(List.of("11", "13"), targets.targets().stream().map(target -> target.items().get("serviceType")).toList());
        assertEquals(List.of(2, 1), targets.targets().stream().map(Target::rows).toList());
        assertEquals(List.of("削除対象年月", "サービス事業者コード", "サービス種類コード"),
                targets.columns().stream().map(column -> column.getName()).toList());
        assertEquals(Status.OTHER_KIND, both.status(), "a 4.x name carries one サービス種類: 13 is not withdrawn under _11_");
        assertEquals("11", both.item());
        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertEquals("DLTJSK_202504_" + PROVIDER + "_11_" + CARE_OFFICE + "_43_20250412091530.CSV", outcome.name());
        CareplanResource written = CareplanResource.read(dir.resolve(outcome.name()), registry);
        assertTrue(written.problems().isEmpty(), () -> written.problems().toString());
        assertEquals(1, written.document().getRecords().size());
        assertEquals("202407", written.document().getRecords().get(0).getCsvVersion());
    }

    /** A 第1表 is withdrawn by its 居宅サービス計画作成（変更）日, under a name without a month. */
    @Test
    void aCarePlanIsWithdrawnByItsPlanDate(@TempDir Path dir) throws Exception {
        FileLayout carePlan = layout("UP1KYO", "202208");
        Path file = Files.write(dir.resolve("UP1KYO_" + CARE_OFFICE + "_" + PROVIDER + "_20250201090000.CSV"),
                twoUsers(carePlan, 1, 1, 3, Map.of("planDate", "20250301")));

        Withdrawal.Targets targets = withdrawal.targets(file);
        Outcome outcome = withdrawal.create(file, targets.targets().subList(0, 1), dir, NOW);

        assertEquals(List.of("居宅サービス計画作成（変更）日"), targets.columns().stream().map(column -> column.getName()).toList());
        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertEquals("DLT1KYO_" + CARE_OFFICE + "_" + PROVIDER + "_20250412091530.CSV", outcome.name());
        assertEquals("202208,131001,1000000001,20250301\r\n",
                new String(Files.readAllBytes(dir.resolve(outcome.name())), StandardCharsets.US_ASCII));
    }

    /** A 4.x 介護予防 file is withdrawn by the deletion its layout declares, with the key item the layouts name. */
    @Test
    void aPreventionFileIsWithdrawnByTheDeletionItsLayoutDeclares(@TempDir Path dir) throws Exception {
        FileLayout basic = layout("UPKIHON", "202407");
        Path file = Files.write(dir.resolve("UPKIHON_" + CARE_OFFICE + "_46_" + PROVIDER + "_A2_20250301090000.CSV"),
                twoUsers(basic, 1, 1, 4, Map.of("consultationDate", "20250220")));

        Withdrawal.Targets targets = withdrawal.targets(file);
        Outcome outcome = withdrawal.create(file, targets.targets(), dir, NOW);

        assertEquals("DLTKIHON", targets.outcome().kind());
        assertEquals(Status.CREATED, outcome.status(), outcome::toString);
        assertEquals("DLTKIHON_" + CARE_OFFICE + "_46_" + PROVIDER + "_A2_20250412091530.CSV", outcome.name());
        CareplanResource written = CareplanResource.read(dir.resolve(outcome.name()), registry);
        assertTrue(written.problems().isEmpty(), () -> written.problems().toString());
        List<String> dates = written.document().getRecords().stream()
                .map(record -> (String) record.eGet(record.eClass().getEStructuralFeature("consultationDate"))).toList();
        assertEquals(List.of("20250220", "20250220"), dates);
    }

    /**
     * A deletion never names less than it must (「項目は全て必須項目とする」). The installed layouts make every key item a
     * deletion takes required where it comes from, so the reader refuses a file that leaves one empty or malformed; a
     * layout that does not (a vendor's, or a draft: here 相談日 made optional in 利用者基本情報) gets no deletion with the
     * item empty either, and the item is named.
     */
    @Test
    void aDeletionIsNotWrittenWithAKeyItemEmptyOrMalformed(@TempDir Path dir) throws Exception {
        FileLayout actual = layout("UPJSK", "202407");
        Path malformed = Files.write(dir.resolve("UPJSK_202504_" + PROVIDER + "_" + CARE_OFFICE + "_20250502090000.CSV"),
                new SyntheticRecords(7).file(actual, APRIL, 1, Map.of(number(actual, "serviceCode"), "1")));
        String name = "UPKIHON_" + CARE_OFFICE + "_46_" + PROVIDER + "_A2_20250301090000.CSV";
        Path empty = Files.write(dir.resolve(name), twoUsers(layout("UPKIHON", "202407"), 1, 1, 8, Map.of("consultationDate", "")));
        LayoutRegistry optional = PreventionFilesTest.registry();
        optional.resolve("UPKIHON", "202407", null).layout().getColumns().stream()
                .filter(column -> column.getFeature().equals("consultationDate")).findFirst().orElseThrow().setRequired(false);
        Withdrawal lenient = new Withdrawal(optional);
        Path out = Files.createDirectories(dir.resolve("out"));

        Withdrawal.Targets read = lenient.targets(empty);
        Outcome outcome = lenient.create(empty, read.targets(), out, NOW);

        assertEquals(Status.HAS_ERRORS, withdrawal.targets(malformed).outcome().status(), "a 1-character サービスコード");
        assertEquals(Status.HAS_ERRORS, withdrawal.targets(empty).outcome().status(), "相談日 empty");
        assertEquals(Status.READY, read.outcome().status(), "read where 相談日 is optional");
        assertEquals(Status.INVALID_ITEM, outcome.status());
        assertEquals("相談日", outcome.item());
        assertEquals(0, count(out));
    }

    @Test
    void nothingIsWrittenForAKindWithoutDeletionForErrorsForNoChoiceNorOverAFile(@TempDir Path dir) throws Exception {
        Path annexOfPlan = Files.write(dir.resolve("UP2KYO_" + CARE_OFFICE + "_" + PROVIDER + "_20250301090000.CSV"),
                new SyntheticRecords(5).file(layout("UP2KYO", "202208"), MARCH, 2));
        Path plan = Files.write(dir.resolve("UPPLAN_202503_" + CARE_OFFICE + "_" + PROVIDER + "_20250225090000.CSV"),
                twoUsers(layout("UPPLAN", "202208"), 1, 1, 6, Map.of()));
        Path broken = Files.write(Files.createDirectories(dir.resolve("broken")).resolve(plan.getFileName()),
                (new String(Files.readAllBytes(plan), StandardCharsets.ISO_8859_1) + "1,2\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Target> targets = withdrawal.targets(plan).targets();

        assertEquals(Status.NO_DELETION, withdrawal.targets(annexOfPlan).outcome().status(), "a 第2表 goes with its 第1表");
        assertEquals(Status.HAS_ERRORS, withdrawal.targets(broken).outcome().status());
        assertEquals(Status.NOTHING_CHOSEN, withdrawal.create(plan, List.of(), out, NOW).status());
        assertEquals(0, count(out));
        Outcome made = withdrawal.create(plan, targets, out, NOW);
        assertEquals(Status.CREATED, made.status());
        Outcome again = withdrawal.create(plan, targets.subList(0, 1), out, NOW);
        assertEquals(Status.EXISTS, again.status());
        assertEquals(1, count(out));
        List<Record> kept = CareplanResource.read(out.resolve(made.name()), registry).document().getRecords();
        assertEquals(2, kept.size(), "the first deletion, of both users, is not replaced");
    }
}
