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

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.SpreadsheetCopy;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.Validation;

/**
 * Issue 8's spreadsheet safety: free text a spreadsheet would run (beginning with =, +, -, @, a tab or a carriage
 * return) is flagged by VAL-SPREADSHEET at its item, without saying what it was; the standard file reads and writes
 * back byte for byte, untouched; the copy for spreadsheet viewing escapes exactly those items and carries the items'
 * names on its first line, under a name no standard file can have.
 */
class SpreadsheetSafetyTest {

    private static final List<String> RISKY = List.of("=1+1", "+81 3 0000 0000", "-打ち合わせ済", "@SUM(A1)", "\t架空メモ", "\r架空備考");

    @Test
    void formulaLikeTextIsFlaggedAndEscapedOnlyInTheCopy(@TempDir Path dir) throws Exception {
        FileLayout plan = Layouts.layout("UPPLAN");
        SyntheticRecords generator = new SyntheticRecords(88);
        List<List<String>> rows = new ArrayList<>();
        for (String risky : RISKY) {
            rows.add(generator.values(plan, YearMonth.of(2025, 3), Map.of(7, risky, 18, "架空の事業所")));
        }
        rows.add(generator.values(plan, YearMonth.of(2025, 3), Map.of(7, "架空　花子", 18, "架空の事業所")));
        byte[] bytes = SyntheticRecords.encode(plan, rows);
        Path file = Files.write(dir.resolve("UPPLAN_202503_1370000009_1370000008_20250301120000.CSV"), bytes);

        CareplanResource resource = CareplanResource.read(file, Layouts.registry());
        assertEquals(List.of(), resource.problems(), "a conforming file");
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        List<CsvProblem> flagged = new Validation(rules, Layouts.registry()).validate(resource).stream()
                .filter(problem -> problem.ruleId().equals("VAL-SPREADSHEET")).toList();

        assertEquals(Set.of(1, 2, 3, 4, 5, 6), flagged.stream().map(CsvProblem::getLine).collect(Collectors.toSet()));
        for (CsvProblem problem : flagged) {
            assertEquals(CsvProblem.Severity.WARNING, problem.severity());
            assertEquals(7, problem.getColumn());
            assertEquals("プラン担当者名", problem.itemName());
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                String message = problem.getMessage(locale);
                assertTrue(RISKY.stream().noneMatch(value -> message.contains(value.strip())), message);
            }
        }
        // the standard file is what it was, and comes back byte for byte
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertArrayEquals(bytes, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry())));

        Path copy = SpreadsheetCopy.write(file, Files.createDirectories(dir.resolve("view")), Layouts.registry());
        assertEquals("UPPLAN_202503_1370000009_1370000008_20250301120000.sheet.csv", copy.getFileName().toString());
        assertThrows(FileNameException.class, () -> FileNames.of(Layouts.registry()).parse(copy.getFileName().toString()),
                "a copy can never pass for a standard file");
        String text = new String(Files.readAllBytes(copy), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"CSVバージョン\",\"保険者番号\",\"被保険者番号\""), text.substring(0, 40));
        for (String risky : RISKY) {
            assertTrue(text.contains("\"'" + risky + "\""), "escaped: " + risky.strip());
        }
        assertTrue(text.contains("\"架空　花子\""), "other text as it is");
        assertEquals(6, SpreadsheetCopy.of(resource, Layouts.registry()).escaped());
        assertThrows(FileAlreadyExistsException.class, () -> SpreadsheetCopy.write(file, dir.resolve("view"), Layouts.registry()),
                "never over another file");
        assertFalse(SpreadsheetCopy.risky("架空") || SpreadsheetCopy.risky("") || SpreadsheetCopy.risky(null));
    }

    /**
     * A code a spreadsheet would turn into a number keeps its digits in the copy: a leading zero (保険者番号, a time) and
     * a 日割対象日 of 31 digits are written as ="…", which a spreadsheet shows as the text; other digits stay as they are.
     */
    @Test
    void codesASpreadsheetWouldTurnIntoNumbersKeepTheirDigits(@TempDir Path dir) throws Exception {
        FileLayout plan = Layouts.layout("UPPLAN");
        String days = "0" + "1".repeat(14) + "0".repeat(16);
        List<String> row = new SyntheticRecords(89).values(plan, YearMonth.of(2025, 3), Map.of(2, "012345", 11, days));
        Path file = Files.write(dir.resolve("UPPLAN_202503_1370000009_1370000008_20250301120000.CSV"),
                SyntheticRecords.encode(plan, List.of(row)));

        String text = new String(SpreadsheetCopy.of(CareplanResource.read(file, Layouts.registry()), Layouts.registry()).bytes(),
                StandardCharsets.UTF_8);

        assertTrue(text.contains("\"=\"\"012345\"\"\""), "保険者番号 with its leading zero: " + text);
        assertTrue(text.contains("\"=\"\"" + days + "\"\"\""), "日割対象日 as its 31 digits");
        assertTrue(text.startsWith("\uFEFF\"CSVバージョン\""));
        assertTrue(text.contains("\"202208\""), "a code without a leading zero as it is");
        assertTrue(SpreadsheetCopy.numberLike("0930") && !SpreadsheetCopy.numberLike("1234") && !SpreadsheetCopy.numberLike("0")
                && !SpreadsheetCopy.numberLike("H012345678"));
        assertTrue(SpreadsheetCopy.numberLike("1".repeat(31)), "more digits than a number keeps, without a leading zero");
        assertTrue(!SpreadsheetCopy.numberLike("1".repeat(15)), "15 digits a number keeps");
    }
}
