/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.Validation;

/** Each built-in rule fires on a generated bad file, at the right record and item, and is silent on good ones. */
class ValidationRulesTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 2); // 28 days
    private static final String SECRET = "秘密の内容";

    private static List<CsvProblem> validate(Path file) {
        CareplanResource resource = CodecRoundTripTest.load(file);
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        return new Validation(rules, Layouts.registry()).validate(resource);
    }

    /** A 第6表 file of good records, with a change made to the record at {@code index}. */
    private static Path serviceUse(Path dir, int index, Consumer<List<String>> change) throws Exception {
        FileLayout layout = Layouts.layout("UPPLAN");
        SyntheticRecords generator = new SyntheticRecords(31);
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<String> values = new ArrayList<>(generator.values(layout, MONTH));
            values.set(5 - 1, "202502"); // 対象年月
            values.set(10 - 1, "202502" + String.format("%02d", 1 + i)); // サービス利用日
            values.set(11 - 1, null); // 日割対象日
            values.set(12 - 1, "0900");
            values.set(13 - 1, "1000");
            values.set(18 - 1, SECRET);
            records.add(values);
        }
        change.accept(records.get(index));
        return Files.write(dir.resolve(CodecRoundTripTest.fileName("UPPLAN", MONTH)), SyntheticRecords.encode(layout, records));
    }

    private static CsvProblem only(List<CsvProblem> problems, String ruleId) {
        List<CsvProblem> found = problems.stream().filter(problem -> problem.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), () -> ruleId + " once in " + problems);
        CsvProblem problem = found.get(0);
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertFalse(problem.getMessage(locale).contains(SECRET), "no cell content");
        }
        return problem;
    }

    @Test
    void goodFilesOfEveryKindAreSilent(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), validate(serviceUse(dir, 0, record -> { })));
        Path annex = Files.write(dir.resolve(CodecRoundTripTest.fileName("UPSIKYU", MONTH)),
                new SyntheticRecords(5).annexFile(Layouts.layout("UPSIKYU"), MONTH, 4));
        assertEquals(List.of(), validate(annex).stream().filter(p -> p.ruleId().startsWith("VAL-ANNEX")).toList());
    }

    @Test
    void anEndTimeBeforeTheStartIsReportedOnTheEndTime(@TempDir Path dir) throws Exception {
        Path file = serviceUse(dir, 2, record -> record.set(13 - 1, "0845"));
        CsvProblem problem = only(validate(file), "VAL-TIME");
        assertEquals(CodecRoundTripTest.load(file).lineOf(2), problem.getLine());
        assertEquals(13, problem.getColumn());
        assertEquals("サービス終了時刻", problem.itemName());
        assertEquals(CsvProblem.Severity.ERROR, problem.severity());
        assertTrue(problem.getMessage(Locale.JAPANESE).contains("サービス開始時刻より後ではありません"), problem.getMessage(Locale.JAPANESE));
    }

    @Test
    void aTimeThatIsNoTimeOfDayAndAHalf9999AreReported(@TempDir Path dir) throws Exception {
        CsvProblem notATime = only(validate(serviceUse(dir, 1, record -> record.set(12 - 1, "2460"))), "VAL-TIME");
        assertEquals(12, notATime.getColumn());
        // HHMM is certain in 3.2 too: only some ※ notes of サービス開始時刻 may be 4.x's, and no rule rests on them
        assertEquals(CsvProblem.Severity.ERROR, notATime.severity());
        CsvProblem half = only(validate(serviceUse(dir, 0, record -> record.set(12 - 1, "9999"))), "VAL-TIME");
        assertEquals(13, half.getColumn(), "the item that is not 9999 is named");
    }

    /**
     * A time not written as 4 digits (9:30) is said once, by the reader (CSV-FIELD: a time HHMM), not again by VAL-TIME;
     * and a date too long for its 8 digits (2025/02/21) is said as a date YYYYMMDD, not as "longer than 8".
     */
    @Test
    void aValueOfTheWrongShapeIsSaidOnceAsWhatItShouldLookLike(@TempDir Path dir) throws Exception {
        Path file = serviceUse(dir, 1, record -> {
            record.set(12 - 1, "9:30");
            record.set(4 - 1, "2025/02/21"); // 作成年月日
        });
        CareplanResource resource = CodecRoundTripTest.load(file);

        List<CsvProblem> fields = resource.problems().stream().filter(p -> p.ruleId().equals("CSV-FIELD")).toList();

        assertEquals(List.of(4, 12), fields.stream().map(CsvProblem::getColumn).sorted().toList(), fields::toString);
        CsvProblem date = fields.stream().filter(p -> p.getColumn() == 4).findFirst().orElseThrow();
        assertTrue(date.getMessage(Locale.ENGLISH).contains("YYYYMMDD") && !date.getMessage(Locale.ENGLISH).contains("longer"),
                date.getMessage(Locale.ENGLISH));
        assertEquals(List.of(), validate(file).stream().filter(p -> p.ruleId().equals("VAL-TIME")).toList(),
                "the shape is the reader's to say");
    }

    @Test
    void aServiceDateOutsideItsMonthIsReported(@TempDir Path dir) throws Exception {
        Path file = serviceUse(dir, 3, record -> record.set(10 - 1, "20250301"));
        CsvProblem problem = only(validate(file), "VAL-SERVICE-DATE");
        assertEquals(CodecRoundTripTest.load(file).lineOf(3), problem.getLine(), "the line the 4th record starts on");
        assertEquals("サービス利用日", problem.itemName());
        // the month is the file's: named by the item, never by its value
        assertTrue(problem.getMessage(Locale.ENGLISH).endsWith("] サービス利用日 is not in the 対象年月."), problem.getMessage(Locale.ENGLISH));
        assertTrue(problem.getMessage(Locale.JAPANESE).endsWith("] サービス利用日が対象年月に含まれません。"), problem.getMessage(Locale.JAPANESE));
    }

    @Test
    void anImpossibleDateIsReported(@TempDir Path dir) throws Exception {
        Path file = serviceUse(dir, 1, record -> record.set(4 - 1, "20250230"));
        CsvProblem problem = only(validate(file), "VAL-DATE");
        assertEquals(CodecRoundTripTest.load(file).lineOf(1), problem.getLine());
        assertEquals("作成年月日", problem.itemName());
    }

    @Test
    void aProRataDayPastTheMonthsEndIsReported(@TempDir Path dir) throws Exception {
        String flags = "1".repeat(28) + "100";
        CsvProblem problem = only(validate(serviceUse(dir, 0, record -> record.set(11 - 1, flags))), "VAL-DAY-FLAGS");
        assertEquals("日割対象日", problem.itemName());
        String english = problem.getMessage(Locale.ENGLISH);
        assertTrue(english.contains("] 日割対象日 marks a day after the last day of the 対象年月"), english);
        String message = english.substring(english.indexOf("] "));
        assertFalse(message.contains("29") || message.contains("28"), "no day of the cell, nor the month's length: " + english);
        assertTrue(problem.getMessage(Locale.JAPANESE).contains("] 日割対象日が対象年月の末日より後の日を指定しています"),
                problem.getMessage(Locale.JAPANESE));
        assertEquals(List.of(), validate(serviceUse(dir, 0, record -> record.set(11 - 1, "1".repeat(28) + "000"))));
    }

    @Test
    void annexSummaryRowsAndTotalsAreChecked(@TempDir Path dir) throws Exception {
        byte[] good = new SyntheticRecords(8).annexFile(Layouts.layout("UPSIKYU"), MONTH, 2);
        String text = new String(good, SyntheticRecords.MS932);
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n")));
        // the first user's 全合計 row is the line whose サービスコード is 999999: drop it
        int total = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(",999999,")) {
                total = i;
                break;
            }
        }
        lines.remove(total);
        Path file = Files.write(dir.resolve(CodecRoundTripTest.fileName("UPSIKYU", MONTH)),
                (String.join("\r\n", lines) + "\r\n").getBytes(SyntheticRecords.MS932));

        List<CsvProblem> problems = validate(file);

        CsvProblem missing = only(problems, "VAL-ANNEX-TOTAL");
        assertEquals(total, missing.getLine(), "reported on the user's last row");
        assertEquals("サービスコード", missing.itemName());
    }

    @Test
    void aNegativeWholeNumberIsAnIntegerAsA減算RowWritesIt(@TempDir Path dir) throws Exception {
        // 単位数 (No.8) of a 減算 row: 「減算の単位数を設定し」
        CareplanResource negative = CodecRoundTripTest.load(serviceUse(dir, 1, record -> record.set(8 - 1, "-47")));
        assertEquals(List.of(), negative.problems());
        assertEquals(List.of(), validate(serviceUse(dir, 1, record -> record.set(8 - 1, "-47"))));
        for (String notANumber : List.of("4-7", "-", "--47", "+47")) {
            CareplanResource bad = CodecRoundTripTest.load(serviceUse(dir, 1, record -> record.set(8 - 1, notANumber)));
            assertEquals(List.of("CSV-FIELD 8"), bad.problems().stream().map(p -> p.ruleId() + " " + p.getColumn()).toList(), notANumber);
        }
    }

    /**
     * A generated 第7表 of three users, read: its first 区分支給対象種類別小計 (AAAA) row, the detail rows of that kind before
     * it, and the user's 全合計 after it; {@link #problems(String)} validates it as it now is.
     */
    private record Annex(CareplanResource resource, List<ServiceUseAnnexRow> rows, ServiceUseAnnexRow subtotal,
            List<ServiceUseAnnexRow> details, ServiceUseAnnexRow total) {

        static Annex generated(Path dir) throws Exception {
            Path file = Files.write(dir.resolve(CodecRoundTripTest.fileName("UPSIKYU", MONTH)),
                    new SyntheticRecords(8).annexFile(Layouts.layout("UPSIKYU"), MONTH, 3));
            CareplanResource resource = CodecRoundTripTest.load(file);
            List<ServiceUseAnnexRow> rows = resource.document().getRecords().stream().map(ServiceUseAnnexRow.class::cast).toList();
            ServiceUseAnnexRow subtotal = rows.stream().filter(row -> row.getRowType() == AnnexRowType.TYPE_SUBTOTAL).findFirst()
                    .orElseThrow();
            int at = rows.indexOf(subtotal);
            String type = subtotal.getServiceCode().substring(0, 2);
            List<ServiceUseAnnexRow> details = rows.subList(0, at).stream()
                    .filter(row -> row.getRowType() == AnnexRowType.DETAIL && row.getServiceCode().startsWith(type)).toList();
            assertTrue(details.size() > 1, "the generator writes several detail rows of a kind");
            ServiceUseAnnexRow total = rows.subList(at, rows.size()).stream().filter(row -> row.getRowType() == AnnexRowType.GRAND_TOTAL)
                    .findFirst().orElseThrow();
            return new Annex(resource, rows, subtotal, details, total);
        }

        String type() {
            return subtotal.getServiceCode().substring(0, 2);
        }

        List<CsvProblem> problems(String ruleId) {
            RuleRegistry rules = new RuleRegistry();
            BuiltInRules.register(rules);
            return new Validation(rules, Layouts.registry()).validate(resource).stream().filter(p -> p.ruleId().equals(ruleId)).toList();
        }
    }

    @Test
    void aKindWithSeveralRowsInsideTheLimitNeedsItsAaaaSubtotalAndOneOutsideItDoesNot(@TempDir Path dir) throws Exception {
        Annex annex = Annex.generated(dir);
        annex.details().forEach(row -> row.setBenefitManagedUnits("100"));
        // the kind's subtotal is written as 区分支給対象外 (EEEE) instead: its 区分支給対象 (AAAA) one is missing
        annex.subtotal().setServiceCode(annex.type() + "EEEE");

        CsvProblem missing = only(annex.problems("VAL-ANNEX-TOTAL"), "VAL-ANNEX-TOTAL");

        ServiceUseAnnexRow last = annex.details().get(annex.details().size() - 1);
        assertEquals(annex.resource().lineOf(annex.rows().indexOf(last)), missing.getLine(), "on the kind's last detail row");
        assertEquals(9, missing.getColumn());
        assertTrue(missing.getMessage(Locale.ENGLISH).endsWith("] the user has more than one detail row of this row's サービス種類 inside "
                + "the 区分支給限度 (with a 給付管理単位数) but no 区分支給対象種類別小計 row (the サービス種類 and AAAA), which is then required."),
                missing.getMessage(Locale.ENGLISH));

        // rows outside the 区分支給限度 (給付管理単位数 「Null（空） 固定」) need no 区分支給対象 subtotal
        annex.details().forEach(row -> row.setBenefitManagedUnits(null));
        assertEquals(List.of(), annex.problems("VAL-ANNEX-TOTAL"));
        annex.details().get(0).setBenefitManagedUnits("100");
        assertEquals(List.of(), annex.problems("VAL-ANNEX-TOTAL"), "one row inside the limit is no several");
    }

    @Test
    void aSubtotalMaySumTheRowsInsideTheLimitOnly(@TempDir Path dir) throws Exception {
        Annex annex = Annex.generated(dir);
        // the last detail is outside the 区分支給限度 (a 処遇改善加算, say): no 給付管理単位数
        annex.details().forEach(row -> row.setBenefitManagedUnits("100"));
        ServiceUseAnnexRow outside = annex.details().get(annex.details().size() - 1);
        outside.setBenefitManagedUnits(null);
        long inside = annex.details().stream().filter(row -> row != outside).mapToLong(row -> Long.parseLong(row.getServiceUnitsAmount()))
                .sum();
        assertEquals(List.of(), annex.problems("VAL-ANNEX-SUMS"), "the generator's subtotal sums all the kind's rows");

        annex.subtotal().setServiceUnitsAmount(Long.toString(inside));
        assertEquals(List.of(), annex.problems("VAL-ANNEX-SUMS"), "a subtotal of the rows inside the limit only");

        annex.subtotal().setServiceUnitsAmount(Long.toString(inside + 1));
        CsvProblem neither = only(annex.problems("VAL-ANNEX-SUMS"), "VAL-ANNEX-SUMS");
        assertTrue(neither.getMessage(Locale.ENGLISH).contains("is neither the sum of its detail rows nor that of those inside the 区分支給限度"),
                neither.getMessage(Locale.ENGLISH));
    }

    @Test
    void aNegativeDetailRowCountsInTheAnnexSums(@TempDir Path dir) throws Exception {
        Annex annex = Annex.generated(dir);
        ServiceUseAnnexRow detail = annex.details().stream()
                .filter(row -> row.getServiceUnitsAmount() != null && !"0".equals(row.getServiceUnitsAmount())).reduce((a, b) -> b).orElseThrow();
        long amount = Long.parseLong(detail.getServiceUnitsAmount());
        // the detail becomes a 減算 of the same size: its type's subtotal and the user's total go down twice that
        detail.setServiceUnitsAmount("-" + amount);
        ServiceUseAnnexRow subtotal = annex.subtotal();
        subtotal.setServiceUnitsAmount(Long.toString(Long.parseLong(subtotal.getServiceUnitsAmount()) - 2 * amount));
        annex.total().setServiceUnitsAmount(Long.toString(Long.parseLong(annex.total().getServiceUnitsAmount()) - 2 * amount));
        assertEquals(List.of(), annex.problems("VAL-ANNEX-SUMS"));

        // and it is checked, not skipped: a subtotal one off is found
        subtotal.setServiceUnitsAmount(Long.toString(Long.parseLong(subtotal.getServiceUnitsAmount()) + 1));
        CsvProblem off = only(annex.problems("VAL-ANNEX-SUMS"), "VAL-ANNEX-SUMS");
        assertEquals(annex.resource().lineOf(annex.rows().indexOf(subtotal)), off.getLine());
    }

    @Test
    void theVersionMustBeTheOneOfTheServiceMonth(@TempDir Path dir) throws Exception {
        Path file = serviceUse(dir, 0, record -> { });
        // a later version of the same layouts, applying from 2025-02: the file's 202208 is then out of date
        LayoutRegistry layouts = Layouts.registry();
        LayoutSet later = EcoreUtil.copy(Layouts.v3());
        later.setId("later");
        later.setCsvVersion("202407");
        later.setValidFrom("202502");
        layouts.register(later);
        CareplanResource resource = CodecRoundTripTest.load(file, layouts);
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);

        CsvProblem problem = only(new Validation(rules, layouts).validate(resource), "VAL-VERSION-MONTH");

        assertEquals(1, problem.getColumn());
        assertEquals("CSVバージョン", problem.itemName());
        // the version that applies comes from the installed layouts; the record's month is not repeated
        assertTrue(problem.getMessage(Locale.ENGLISH).endsWith(
                "] CSVバージョン is not the version for the record's service month: the version that applies then is 202407."),
                problem.getMessage(Locale.ENGLISH));
        String japanese = problem.getMessage(Locale.JAPANESE);
        assertFalse(japanese.substring(japanese.indexOf("] ")).contains("202502"), "the file's name has the month, the message not: " + japanese);
    }

    @Test
    void aRuleThatFailsIsAnErrorOfTheFileAndTheOtherRulesStillRun(@TempDir Path dir) throws Exception {
        Path file = serviceUse(dir, 2, record -> record.set(13 - 1, "0845"));
        RuleRegistry rules = new RuleRegistry();
        // a vendor's rule that throws with a cell in its message, registered before the built-in ones
        rules.register(new RuleRegistry.Descriptor("ACME-BROKEN", java.util.Set.of(), CsvProblem.Severity.WARNING, () -> context -> {
            throw new IllegalStateException("For input string: \"" + SECRET + "\"");
        }, jp.careplan.validation.internal.RuleMessages.SOURCE, "a vendor"));
        BuiltInRules.register(rules);

        List<CsvProblem> problems = new Validation(rules, Layouts.registry()).validate(CodecRoundTripTest.load(file));

        assertEquals(List.of("VAL-RULE-FAILED", "VAL-TIME"), problems.stream().map(CsvProblem::ruleId).toList(), problems::toString);
        CsvProblem failed = problems.get(0);
        assertEquals(CsvProblem.Severity.ERROR, failed.severity(), "the file is not known to be clean");
        assertTrue(failed.getMessage(Locale.ENGLISH).endsWith("[VAL-RULE-FAILED] the rule ACME-BROKEN failed on this file "
                + "(java.lang.IllegalStateException) and its findings are missing; the other rules ran. Report it to whoever provides the rule."),
                failed.getMessage(Locale.ENGLISH));
        only(problems, "VAL-RULE-FAILED"); // and no cell content, in either language
    }

    @Test
    void theRulesRunThroughEmfsDiagnostician(@TempDir Path dir) throws Exception {
        CareplanResource resource = CodecRoundTripTest.load(serviceUse(dir, 2, record -> record.set(13 - 1, "0845")));
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);

        Diagnostic diagnostic = new Validation(rules, Layouts.registry()).diagnose(resource);

        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertEquals(1, diagnostic.getChildren().size());
        assertEquals(resource.document().getRecords().get(2), diagnostic.getChildren().get(0).getData().get(0),
                "the diagnostic points at the record, for editors");
    }
}
