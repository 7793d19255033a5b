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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.tais.TaisRules;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.Validation;

/**
 * The 福祉用具 rules of jp.careplan.tais on 4.1 第6表 files: each fires on a generated bad row, at its item,
 * and stays silent on good rows and on 3.2 files (which have no such items).
 */
class TaisRulesTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final String SECRET = "00009-999999";

    private static List<CsvProblem> check(Path dir, List<Consumer<List<String>>> rows) throws Exception {
        return check(dir, rows, true);
    }

    /** The rules' problems; {@code readClean}: the reader itself found nothing to say. */
    private static List<CsvProblem> check(Path dir, List<Consumer<List<String>>> rows, boolean readClean) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        FileLayout layout = registry.resolve("UPPLAN", "202407", "202504").layout();
        SyntheticRecords generator = new SyntheticRecords(rows.size());
        List<List<String>> records = new ArrayList<>();
        for (Consumer<List<String>> row : rows) {
            List<String> values = new ArrayList<>(generator.values(layout, APRIL));
            values.set(2 - 1, "131001");
            values.set(3 - 1, "1234567890");
            values.set(10 - 1, "20250401");
            values.set(8 - 1, "300");
            values.set(16 - 1, null);
            values.set(17 - 1, null);
            values.set(19 - 1, null);
            values.set(20 - 1, "2345678901");
            values.set(15 - 1, "111111");
            values.set(7 - 1, "担当　花子"); // free text without line breaks: record n is line n
            values.set(18 - 1, null);
            values.set(21 - 1, "架空事業所");
            row.accept(values);
            records.add(values);
        }
        Path file = Files.write(dir.resolve("UPPLAN_202504_1234567890_43_2345678901_17_20250401090000.CSV"),
                SyntheticRecords.encode(layout, records));
        CareplanResource resource = CodecRoundTripTest.load(file, registry);
        assertEquals(readClean, resource.problems().isEmpty(), () -> resource.problems().toString());
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        TaisRules.register(rules);
        List<CsvProblem> problems = new Validation(rules, registry).validate(resource);
        for (CsvProblem problem : problems) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                assertFalse(problem.getMessage(locale).contains(SECRET), problem.getMessage(locale));
            }
        }
        return problems;
    }

    private static Consumer<List<String>> rental(String tais, String notified, String detail) {
        return row -> {
            row.set(15 - 1, "171007");
            row.set(16 - 1, tais);
            row.set(17 - 1, notified);
            row.set(19 - 1, detail);
        };
    }

    @Test
    void goodRentalRowsAndOtherRowsAreSilent(@TempDir Path dir) throws Exception {
        List<CsvProblem> problems = check(dir, List.of(row -> { }, rental("00001-000010", null, "1"), rental(null, "00002-000020", "2"),
                rental("00003－000030", null, null)));
        // the third rental has other 単位数 only if made so: here all share code and units, so it is the third of three
        assertEquals(List.of("TAIS-DETAIL"), problems.stream().map(CsvProblem::ruleId).toList(), problems::toString);
        assertEquals(4, problems.get(0).getLine());
    }

    @Test
    void aLoneRentalRowMayLeaveTheDetailNumberEmpty(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), check(dir, List.of(rental("00001-000010", null, null), row -> { })));
    }

    @Test
    void aRentalRowWithoutAnyCodeIsAWarningForWhichRowsAreRentalsIsAReading(@TempDir Path dir) throws Exception {
        List<CsvProblem> problems = check(dir, List.of(rental(null, null, null)));
        assertEquals(1, problems.size(), problems::toString);
        CsvProblem problem = problems.get(0);
        assertEquals("TAIS-RENTAL", problem.ruleId());
        // 17 and 67 are the kinds the text names, read as the first two characters of the サービスコード; a 加算 row of
        // the kind has no product
        assertEquals(CsvProblem.Severity.WARNING, problem.severity());
        assertEquals(15, problem.getColumn(), "at the サービスコード");
        assertTrue(problem.getMessage(Locale.ENGLISH).contains("read as the first two characters of the サービスコード"),
                problem.getMessage(Locale.ENGLISH));
        assertEquals("サービスコード", problem.itemName());
        assertTrue(problem.getMessage(Locale.JAPANESE).contains("TAISコードも福祉用具届出コードも"), problem.getMessage(Locale.JAPANESE));
    }

    @Test
    void aCodeNotInTheExamplesFormIsAWarningForTheFormIsUncertain(@TempDir Path dir) throws Exception {
        Consumer<List<String>> other = rental(null, SECRET.replace("-", "/"), null);
        List<CsvProblem> problems = check(dir, List.of(rental("000010000010", null, null), other.andThen(row -> row.set(8 - 1, "400"))));
        assertEquals(List.of("TAIS-FORMAT", "TAIS-FORMAT"), problems.stream().map(CsvProblem::ruleId).toList(), problems::toString);
        assertTrue(problems.stream().allMatch(problem -> problem.severity() == CsvProblem.Severity.WARNING), problems::toString);
        assertEquals(List.of(16, 17), problems.stream().map(CsvProblem::getColumn).toList());
        assertEquals(List.of(1, 2), problems.stream().map(CsvProblem::getLine).toList());
    }

    @Test
    void theDetailNumberIsEmptyOutsideRentalsAndNumbersRepeatedRentals(@TempDir Path dir) throws Exception {
        List<CsvProblem> problems = check(dir, List.of(row -> row.set(19 - 1, "1"), rental("00001-000010", null, "1"),
                rental("00002-000020", null, "1"), rental("00003-000030", null, null)));
        assertEquals(List.of("TAIS-DETAIL", "TAIS-DETAIL", "TAIS-DETAIL"), problems.stream().map(CsvProblem::ruleId).toList(),
                problems::toString);
        assertEquals(List.of(1, 3, 4), problems.stream().map(CsvProblem::getLine).toList());
        assertTrue(problems.stream().allMatch(problem -> problem.getColumn() == 19));
    }

    @Test
    void theDetailNumberIsOptionalAndNamesOnly17(@TempDir Path dir) throws Exception {
        // 「明細判別コードを利用しない場合は「Null（空）」」: identical rentals all without a number are fine
        assertEquals(List.of(), check(dir, List.of(rental("00001-000010", null, null), rental("00002-000020", null, null))));
        // 67 rows: neither asked for a number nor refused one
        Consumer<List<String>> prevention = row -> row.set(15 - 1, "671007");
        assertEquals(List.of(), check(dir, List.of(rental("00001-000010", null, null).andThen(prevention),
                rental("00002-000020", null, null).andThen(prevention))));
        assertEquals(List.of(), check(dir, List.of(rental("00001-000010", null, "1").andThen(prevention),
                rental("00002-000020", null, "2").andThen(prevention))));
        // a number on some rows of a group only: the others are asked for theirs, without a count of the rows
        List<CsvProblem> partly = check(dir, List.of(rental("00001-000010", null, "1"), rental("00002-000020", null, null)));
        assertEquals(List.of("TAIS-DETAIL 2"), partly.stream().map(p -> p.ruleId() + " " + p.getLine()).toList());
        assertTrue(partly.get(0).getMessage(Locale.ENGLISH).contains(
                "明細判別コード is empty, but other 福祉用具貸与 rows of this user, day, service code and units are numbered"),
                partly.get(0).getMessage(Locale.ENGLISH));
    }

    @Test
    void aDetailNumberTooLongToBeANumberIsOutOfTheNumberingAndEndsNothing(@TempDir Path dir) throws Exception {
        // longer than its length: the reader keeps it beside a CSV-FIELD problem, and the rule must not stumble on it
        List<CsvProblem> problems = check(dir, List.of(rental("00001-000010", null, "1"), rental("00002-000020", null, "99999999999")),
                false);
        assertEquals(List.of("TAIS-DETAIL 2"), problems.stream().filter(p -> p.ruleId().startsWith("TAIS"))
                .map(p -> p.ruleId() + " " + p.getLine()).toList(), problems::toString);
    }

    @Test
    void plainJavaRegistersTheRulesAsPluginXmlContributesThem() throws Exception {
        String pluginXml = Files.readString(Path.of("..", "..", "bundles", "jp.careplan.tais", "plugin.xml"));
        java.util.Map<String, String> contributed = new java.util.TreeMap<>();
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("<rule id=\"([^\"]+)\"[^>]*?severity=\"([^\"]+)\"").matcher(pluginXml);
        while (rule.find()) {
            contributed.put(rule.group(1), rule.group(2).toUpperCase(Locale.ROOT));
        }
        RuleRegistry rules = new RuleRegistry();
        TaisRules.register(rules);
        java.util.Map<String, String> registered = new java.util.TreeMap<>();
        rules.rules().forEach(descriptor -> registered.put(descriptor.id(), descriptor.severity().name()));
        assertEquals(contributed, registered);
        assertEquals("WARNING", registered.get("TAIS-RENTAL"));
    }

    @Test
    void a32FileHasNothingForTheseRules(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        FileLayout v3 = Layouts.layout("UPPLAN");
        List<String> values = new ArrayList<>(new SyntheticRecords(3).values(v3, YearMonth.of(2025, 3)));
        values.set(15 - 1, "171007");
        values.set(16 - 1, "1");
        Path file = Files.write(dir.resolve("UPPLAN_202503_1234567890_2345678901_20250301090000.CSV"),
                SyntheticRecords.encode(v3, List.of(values)));
        CareplanResource resource = CodecRoundTripTest.load(file, registry);
        RuleRegistry rules = new RuleRegistry();
        TaisRules.register(rules);
        assertEquals(List.of(), new Validation(rules, registry).validate(resource));
    }
}
