/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.careplan.SupplementaryInfo;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * A typical month — a 居宅介護支援事業所 with 150 users and 8 providers: 第1表, 第2表, 第6表, 第7表 and 利用者補足情報
 * to every provider, 実績 coming back — checks clean; then 22 defects seeded into it are each found at
 * their file, line and column, and nothing else is.
 */
class TypicalMonthTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 4); // 30 days
    @TempDir
    static Path folder;
    static List<GeneratedFile> files;

    @BeforeAll
    static void writeMonth() throws Exception {
        files = new SyntheticExchange(150_8L, Layouts.v3(), 150).writeTypicalMonth(folder, MONTH, 8);
    }

    private static List<CsvProblem> check() throws Exception {
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        return new ExchangeCheck(Layouts.registry(), rules).check(files.stream().map(GeneratedFile::path).toList()).problems()
                .stream().filter(problem -> problem.severity() != Severity.INFO).toList();
    }

    /** A defect: which rule, where (file of a kind of a provider, record), what to change, the column expected. */
    private record Defect(String rule, String kind, int provider, int record, int column, BiConsumer<List<Record>, Integer> seed) {
    }

    @Test
    void theCleanMonthChecksCleanAndEverySeededDefectIsFoundWhereItIs() throws Exception {
        assertEquals(56, files.size());
        assertEquals(List.of(), check(), "the generated month is clean");

        List<Defect> defects = List.of(
                new Defect("VAL-TIME", "UPPLAN", 0, 5, 13, (r, i) -> ((ServiceUseRow) r.get(i)).setEndTime("0700")),
                new Defect("VAL-TIME", "UPPLAN", 1, 17, 13, (r, i) -> ((ServiceUseRow) r.get(i)).setEndTime("0700")),
                new Defect("VAL-TIME", "UPJSK", 2, 40, 13, (r, i) -> ((ServiceUseRow) r.get(i)).setEndTime("0700")),
                new Defect("VAL-TIME", "UPPLAN", 3, 90, 13, (r, i) -> {
                    ((ServiceUseRow) r.get(i)).setStartTime("9999");
                    ((ServiceUseRow) r.get(i)).setEndTime("1000");
                }),
                new Defect("VAL-SERVICE-DATE", "UPPLAN", 2, 3, 10, (r, i) -> ((ServiceUseRow) r.get(i)).setServiceDate("20250501")),
                new Defect("VAL-SERVICE-DATE", "UPJSK", 4, 7, 10, (r, i) -> ((ServiceUseRow) r.get(i)).setServiceDate("20250331")),
                new Defect("VAL-SERVICE-DATE", "UPPLAN", 5, 200, 10, (r, i) -> ((ServiceUseRow) r.get(i)).setServiceDate("20240415")),
                new Defect("VAL-DATE", "UPPLAN", 6, 11, 4, (r, i) -> ((ServiceUseRow) r.get(i)).setCreationDate("20250230")),
                new Defect("VAL-DATE", "UP1KYO", 7, 2, 15, (r, i) -> ((CarePlan1) r.get(i)).setFirstPlanDate("20251301")),
                new Defect("VAL-DAY-FLAGS", "UPPLAN", 7, 30, 11, (r, i) -> ((ServiceUseRow) r.get(i)).setProRataDays("1".repeat(31))),
                new Defect("VAL-DAY-FLAGS", "UPJSK", 0, 33, 11, (r, i) -> ((ServiceUseRow) r.get(i))
                        .setProRataDays("0".repeat(30) + "1")),
                new Defect("VAL-ANNEX-SUMMARY", "UPSIKYU", 1, -1, 10, (r, i) -> subtotal(r).setUnits("120")),
                new Defect("VAL-ANNEX-SUMMARY", "UPSIKYU", 2, -1, 11, (r, i) -> subtotal(r).setDiscountRate("90")),
                new Defect("VAL-ANNEX-TOTAL", "UPSIKYU", 3, -2, 9, (r, i) -> r.add(total(r) + 1, EcoreUtil.copy(r.get(total(r))))),
                new Defect("VAL-ANNEX-SUMS", "UPSIKYU", 6, -4, 14, (r, i) -> ((ServiceUseAnnexRow) r.get(total(r) - 0))
                        .setServiceUnitsAmount("1")),
                new Defect("UNIT-ANNEX-COUNT", "UPSIKYU", 5, 0, 13, (r, i) -> ((ServiceUseAnnexRow) r.get(i)).setCountOrDays("98")),
                new Defect("UNIT-PARENT", "UP2KYO", 4, 9, 5, (r, i) -> ((CarePlan2Row) r.get(i)).setPlanDate("20240101")),
                new Defect("UNIT-PARENT", "UPHOSOKU", 5, 12, 63, (r, i) -> ((SupplementaryInfo) r.get(i)).setInsuredNumber("0000000001")),
                new Defect("CSV-FIELD", "UPPLAN", 6, 50, 4, (r, i) -> ((ServiceUseRow) r.get(i)).setCreationDate("2025041")),
                new Defect("CSV-FIELD", "UP1KYO", 0, 8, 21, (r, i) -> ((CarePlan1) r.get(i)).setCareLevel("99")),
                new Defect("CSV-FIELD", "UPJSK", 1, 77, 20, (r, i) -> ((ServiceUseRow) r.get(i)).setOver30Days("2")),
                new Defect("CSV-FIELD", "UPPLAN", 4, 101, 9, (r, i) -> ((ServiceUseRow) r.get(i)).setShortStayDaysBeforeMonth("12a")));

        Set<String> expected = new TreeSet<>();
        for (Defect defect : defects) {
            GeneratedFile file = files.stream().filter(f -> f.kind().equals(defect.kind()) && (defect.kind().equals("UPHOSOKU")
                    ? "202504".equals(f.month()) : true)).skip(defect.provider()).findFirst().orElseThrow();
            CareplanResource resource = CodecRoundTripTest.load(file.path());
            List<Record> records = resource.document().getRecords();
            int index = defect.record() >= 0 ? defect.record() : -1;
            defect.seed().accept(records, index);
            Record target = index >= 0 ? records.get(index)
                    : defect.record() == -1 ? subtotal(records)
                    : defect.record() == -4 ? records.get(total(records)) : records.get(total(records) + 1);
            resource.save(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry()));
            int targetIndex = CodecRoundTripTest.load(file.path()).document().getRecords().size() == records.size()
                    ? records.indexOf(target) : -1;
            int line = CodecRoundTripTest.load(file.path()).lineOf(targetIndex);
            expected.add(defect.rule() + " " + file.name() + " " + line + " " + defect.column());
        }

        Set<String> found = new TreeSet<>();
        Set<String> literals = templateNumbers();
        for (CsvProblem problem : check()) {
            found.add(problem.ruleId() + " " + problem.fileName() + " " + problem.getLine() + " " + problem.getColumn());
            for (java.util.Locale locale : List.of(java.util.Locale.JAPANESE, java.util.Locale.ENGLISH)) {
                String full = problem.getMessage(locale);
                String message = full.substring(full.indexOf("[" + problem.ruleId() + "] "));
                // a value of the file (a month, a day, a code, a count, a sum computed from the cells) is no part of a message
                java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("[0-9]{2,}").matcher(message);
                while (numbers.find()) {
                    assertTrue(literals.contains(numbers.group()), "no value of the file in: " + full);
                }
            }
        }
        assertEquals(expected, found);
    }

    /** The numbers the messages' own texts write (9999, 999999, 30日超…) and the installed CSVバージョン. */
    private static Set<String> templateNumbers() throws java.io.IOException {
        Set<String> numbers = new TreeSet<>(List.of(Layouts.v3().getCsvVersion()));
        for (Class<?> owner : List.of(CsvProblem.class, jp.careplan.validation.Validation.class)) {
            String folder = owner == CsvProblem.class ? "jp/careplan/csv/internal/" : "jp/careplan/validation/internal/";
            for (String file : List.of("messages.properties", "messages_ja.properties")) {
                try (java.io.InputStream in = owner.getClassLoader().getResourceAsStream(folder + file)) {
                    java.util.regex.Matcher literal = java.util.regex.Pattern.compile("(?<![{0-9])[0-9]{2,}(?![0-9}])")
                            .matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    while (literal.find()) {
                        numbers.add(literal.group());
                    }
                }
            }
        }
        return numbers;
    }

    private static ServiceUseAnnexRow subtotal(List<Record> records) {
        return records.stream().map(ServiceUseAnnexRow.class::cast).filter(row -> row.getRowType() == AnnexRowType.TYPE_SUBTOTAL)
                .skip(3).findFirst().orElseThrow();
    }

    /** The index of the 10th 全合計 row. */
    private static int total(List<Record> records) {
        List<Integer> totals = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (((ServiceUseAnnexRow) records.get(i)).getRowType() == AnnexRowType.GRAND_TOTAL) {
                totals.add(i);
            }
        }
        return totals.get(9);
    }
}
