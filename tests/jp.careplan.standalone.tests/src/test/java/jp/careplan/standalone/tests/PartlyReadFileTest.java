/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * A file read only in part — an empty line at its end, lines of the wrong length — says what is wrong with it, and
 * does not make the files that depend on it wrong: its records read are the parents they are, and what might rest on
 * the part not read (a missing parent, the 第7表's counts) is not claimed but said once per file (UNIT-UNCHECKED).
 */
class PartlyReadFileTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 4);

    private static List<Path> month(Path folder) throws Exception {
        return new SyntheticExchange(91L, Layouts.v3(), 12).writeTypicalMonth(folder, MONTH, 2).stream().map(GeneratedFile::path).toList();
    }

    private static List<CsvProblem> check(List<Path> files) throws Exception {
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        return new ExchangeCheck(Layouts.registry(), rules).check(files).problems();
    }

    private static Path schedule(List<Path> files) {
        return files.stream().filter(path -> path.getFileName().toString().startsWith("UPPLAN_")).findFirst().orElseThrow();
    }

    private static List<String> notInfo(List<CsvProblem> problems) {
        return problems.stream().filter(problem -> problem.severity() != Severity.INFO)
                .map(problem -> problem.ruleId() + " " + problem.fileName() + " " + problem.getLine()).distinct().toList();
    }

    @Test
    void anEmptyLineAtTheEndIsSaidAsSuchAndTheUnitStaysWhole(@TempDir Path folder) throws Exception {
        List<Path> files = month(folder);
        assertEquals(List.of(), notInfo(check(files)), "the month is clean");
        Path plan = schedule(files);
        long lines = Files.readString(plan, StandardCharsets.ISO_8859_1).lines().count();
        Files.write(plan, "\r\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);

        List<CsvProblem> problems = check(files);

        assertEquals(List.of("CSV-BLANK-LINE " + plan.getFileName() + " " + (lines + 1)), notInfo(problems),
                "no unknown CSVバージョン, and its 第7表 and 利用者補足情報 still find their 第6表");
        assertFalse(problems.stream().anyMatch(p -> p.ruleId().equals("UNIT-UNCHECKED")),
                () -> "every record of the 第6表 was read: its dependants are checked against it, not spared: " + problems);
        CsvProblem blank = problems.stream().filter(p -> p.ruleId().equals("CSV-BLANK-LINE")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, blank.severity());
        assertTrue(blank.getMessage(Locale.JAPANESE).contains("レコードがあるべき行が空行です"), blank.getMessage(Locale.JAPANESE));
    }

    @Test
    void whatRestsOnThePartNotReadIsNotClaimedButSaidOnce(@TempDir Path folder) throws Exception {
        List<Path> files = month(folder);
        Path plan = schedule(files);
        // every line one item too many: no record of the 第6表 is read
        byte[] bytes = Files.readAllBytes(plan);
        Files.write(plan, new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", ",\r\n").getBytes(StandardCharsets.ISO_8859_1));
        String unit = plan.getFileName().toString().substring("UPPLAN_202504_".length());

        List<CsvProblem> problems = check(files);

        assertFalse(notInfo(problems).isEmpty());
        assertTrue(notInfo(problems).stream().allMatch(found -> found.startsWith("CSV-FIELD-COUNT " + plan.getFileName())),
                () -> "only the 第6表's own errors: " + notInfo(problems));
        List<String> unchecked = problems.stream().filter(p -> p.ruleId().equals("UNIT-UNCHECKED")).map(CsvProblem::fileName).toList();
        assertEquals(2, unchecked.size(), unchecked::toString);
        assertEquals(java.util.Set.of("UPSIKYU_202504_" + unit, "UPHOSOKU_202504_" + unit), java.util.Set.copyOf(unchecked),
                "each file that would have lacked its parent is told once, as information");
        assertFalse(problems.stream().anyMatch(p -> p.ruleId().equals("UNIT-PARENT")));
    }

    /**
     * Only what rests on the file read in part is spared: a 利用者補足情報 with an empty line leaves the 第7表 of its
     * unit, whose 第6表 is missing, with every UNIT-PARENT it has.
     */
    @Test
    void aPartFileOfAnotherKindSparesNothing(@TempDir Path folder) throws Exception {
        List<Path> files = month(folder);
        Path plan = schedule(files);
        String unit = plan.getFileName().toString().substring("UPPLAN_202504_".length());
        Path supplement = folder.resolve("UPHOSOKU_202504_" + unit);
        Path annex = folder.resolve("UPSIKYU_202504_" + unit);
        List<Path> withoutPlan = files.stream().filter(path -> !path.equals(plan)).toList();
        List<String> whole = check(withoutPlan).stream().filter(p -> p.ruleId().equals("UNIT-PARENT") && p.fileName().equals(annex.getFileName()
                .toString())).map(p -> p.getLine() + " " + p.getColumn()).toList();
        Files.write(supplement, "\r\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);

        List<CsvProblem> problems = check(withoutPlan);

        assertTrue(whole.size() > 5, whole::toString);
        assertEquals(whole, problems.stream().filter(p -> p.ruleId().equals("UNIT-PARENT") && p.fileName().equals(annex.getFileName()
                .toString())).map(p -> p.getLine() + " " + p.getColumn()).toList(), "the 第7表 rows lacking their 第6表 are all still said");
        assertTrue(problems.stream().anyMatch(p -> p.ruleId().equals("CSV-BLANK-LINE") && p.fileName().equals(supplement.getFileName().toString())));
        assertFalse(problems.stream().anyMatch(p -> p.ruleId().equals("UNIT-UNCHECKED")), problems::toString);
    }

    /**
     * A file that cannot be read at all (CSV-IO: here a folder under a 第6表's name, which no test user can fail to read
     * as a file otherwise) is in its unit as one read in part: its dependants are told UNIT-UNCHECKED, not UNIT-PARENT.
     */
    @Test
    void aFileThatCannotBeReadSparesWhatRestsOnIt(@TempDir Path folder) throws Exception {
        List<Path> files = month(folder);
        Path plan = schedule(files);
        String unit = plan.getFileName().toString().substring("UPPLAN_202504_".length());
        Files.delete(plan);
        Files.createDirectory(plan);

        List<CsvProblem> problems = check(files);

        assertEquals(List.of("CSV-IO " + plan.getFileName() + " 0"), notInfo(problems), "only that the 第6表 could not be read");
        assertEquals(java.util.Set.of("UPSIKYU_202504_" + unit, "UPHOSOKU_202504_" + unit), problems.stream()
                .filter(p -> p.ruleId().equals("UNIT-UNCHECKED")).map(CsvProblem::fileName).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * A link to nothing under a standard file's name in a folder is listed and said unreadable (CSV-IO), not passed
     * over: before, the folder's listing left it out and the check came out clean.
     */
    @Test
    void aLinkToNothingInAFolderIsSaidUnreadable(@TempDir Path folder) throws Exception {
        List<Path> files = month(folder);
        Path plan = schedule(files);
        Files.delete(plan);
        Files.createSymbolicLink(plan, folder.resolve("gone.CSV"));
        List<Path> listed = new jp.careplan.csv.ExchangeFolder(jp.careplan.csv.FileNames.of(Layouts.registry())).filesToCheckIn(folder);

        List<CsvProblem> problems = check(listed);

        assertTrue(listed.contains(plan), listed::toString);
        assertFalse(new jp.careplan.csv.ExchangeFolder(jp.careplan.csv.FileNames.of(Layouts.registry())).filesIn(folder).contains(plan),
                "what an import or an editor lists: files it can read");
        assertEquals(List.of("CSV-IO " + plan.getFileName() + " 0"), notInfo(problems));
    }

    /**
     * A deletion read in part still deletes the targets of the records read (each is whole): a later unit no longer
     * knows them. Before, the file was skipped, and a second deletion of the same month was told its target was known.
     */
    @Test
    void aDeletionReadInPartDeletesWhatItRead(@TempDir Path folder) throws Exception {
        List<Path> files = month(folder);
        Path plan = schedule(files);
        String[] first = new String(Files.readAllBytes(plan), StandardCharsets.ISO_8859_1).split("\r\n")[0].split(",", -1);
        String deletion = first[0] + "," + first[1] + "," + first[2] + ",202504\r\n";
        String unit = plan.getFileName().toString().substring("UPPLAN_202504_".length(), plan.getFileName().toString().length()
                - "YYYYMMDDHHMMSS.CSV".length());
        Path partial = Files.write(folder.resolve("DLTPLAN_202504_" + unit + "20250501090000.CSV"),
                (deletion + "\r\n").getBytes(StandardCharsets.US_ASCII)); // an empty line at its end: read in part
        Path again = Files.write(folder.resolve("DLTPLAN_202504_" + unit + "20250502090000.CSV"),
                deletion.getBytes(StandardCharsets.US_ASCII));
        List<Path> all = new java.util.ArrayList<>(files);
        all.add(partial);
        all.add(again);

        List<CsvProblem> problems = check(all);

        assertEquals(List.of("CSV-BLANK-LINE " + partial.getFileName() + " 2"), notInfo(problems));
        assertEquals(List.of("第6表（サービス利用票）, 第7表（サービス利用票別表）"), cascades(problems, partial), "its target was known");
        assertEquals(List.of("-"), cascades(problems, again), "deleted by the file before: not known any more");
    }

    /** What each UNIT-CASCADE of a file says it removes (the message's last part), "-" for a target not known. */
    private static List<String> cascades(List<CsvProblem> problems, Path file) {
        return problems.stream().filter(p -> p.ruleId().equals("UNIT-CASCADE") && p.fileName().equals(file.getFileName().toString()))
                .map(p -> p.getMessage(Locale.ENGLISH)).map(message -> message.substring(message.indexOf("it also removes ")
                        + "it also removes ".length(), message.indexOf(" held by"))).toList();
    }
}
