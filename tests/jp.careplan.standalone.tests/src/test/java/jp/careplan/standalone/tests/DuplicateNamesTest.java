/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.ExchangeFolder.Listing;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * One name twice among the files checked — two folders given, a folder and a file in it, a copy whose extension is in
 * lower case — never makes a send unit hold a file twice (which had made the 第7表's counts disagree with a doubled
 * 第6表): a path given twice is one file; a copy with the same bytes is checked once and said so (CSV-NAME-COPY, a
 * warning); another file under the name is not checked and is an error (CSV-NAME-TWICE).
 */
class DuplicateNamesTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 4);
    @TempDir
    static Path month;
    static List<Path> files;

    @BeforeAll
    static void writeMonth() throws Exception {
        files = new SyntheticExchange(77L, Layouts.v3(), 12).writeTypicalMonth(month, MONTH, 2).stream().map(GeneratedFile::path)
                .toList();
    }

    private static ExchangeCheck.Result check(List<Path> paths) throws Exception {
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        return new ExchangeCheck(Layouts.registry(), rules).check(paths);
    }

    private static List<String> findings(ExchangeCheck.Result result) {
        return result.problems().stream().filter(problem -> problem.severity() != Severity.INFO)
                .map(problem -> problem.severity() + " " + problem.ruleId() + " " + problem.fileName()).toList();
    }

    private static Path schedule() {
        return files.stream().filter(path -> path.getFileName().toString().startsWith("UPPLAN_")).findFirst().orElseThrow();
    }

    private static List<Path> with(Path extra) {
        List<Path> paths = new ArrayList<>(files);
        paths.add(extra);
        return paths;
    }

    @Test
    void theMonthChecksCleanAndAPathGivenTwiceIsOneFile() throws Exception {
        ExchangeCheck.Result once = check(files);
        List<Path> twice = new ArrayList<>(files);
        twice.addAll(files);
        twice.add(month.resolve(".").resolve(schedule().getFileName()));

        ExchangeCheck.Result again = check(twice);

        assertEquals(List.of(), findings(once));
        assertEquals(List.of(), findings(again));
        assertEquals(once.files().size(), again.files().size());
        assertEquals(once.units(), again.units());
    }

    @Test
    void aCopyInAnotherFolderIsCheckedOnceAndSaidSo(@TempDir Path other) throws Exception {
        Path copy = Files.copy(schedule(), other.resolve(schedule().getFileName()));

        ExchangeCheck.Result result = check(with(copy));

        assertEquals(List.of("WARNING CSV-NAME-COPY " + copy.getFileName()), findings(result),
                "the copy is not counted twice in its send unit (no UNIT-ANNEX-COUNT)");
        ExchangeCheck.FileReport report = result.files().stream().filter(file -> file.path().equals(copy)).findFirst().orElseThrow();
        assertEquals("UPPLAN", report.file().getName().getKind(), "listed by what its name says");
        assertNull(report.resource(), "not read again");
        assertEquals(files.size() + 1, result.files().size());
    }

    @Test
    void anotherFileUnderTheNameIsNotCheckedAndIsAnError(@TempDir Path other) throws Exception {
        byte[] bytes = Files.readAllBytes(schedule());
        bytes[bytes.length - 3] = (byte) (bytes[bytes.length - 3] == '0' ? '1' : '0');
        Path changed = Files.write(other.resolve(schedule().getFileName()), bytes);

        ExchangeCheck.Result result = check(with(changed));

        assertEquals(List.of("ERROR CSV-NAME-TWICE " + changed.getFileName()), findings(result));
        CsvProblem problem = result.problems().stream().filter(p -> p.ruleId().equals("CSV-NAME-TWICE")).findFirst().orElseThrow();
        assertEquals(changed.getFileName() + " [CSV-NAME-TWICE] another file of this name is among the files given (in another "
                + "folder, or with its extension in another case), with other content: a send unit cannot hold two files of one "
                + "name, so this one was not checked. Check the folders one at a time.", problem.getMessage(java.util.Locale.ENGLISH));
    }

    @Test
    void aLowerCaseExtensionBesideTheNameInOneFolderIsASecondFileOfIt(@TempDir Path folder) throws Exception {
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        String name = schedule().getFileName().toString();
        Path lowerName = folder.resolve(name.substring(0, name.length() - 4) + ".csv");
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(lowerName), "a file system that tells the cases apart");
        Path lower = Files.copy(schedule(), lowerName);

        Listing listing = new ExchangeFolder(FileNames.of(Layouts.registry())).scan(folder);
        List<Path> scanned;
        try (Stream<Path> entries = Files.list(folder)) {
            scanned = entries.sorted().toList();
        }

        assertEquals(1, listing.duplicates().size());
        assertEquals(lower, listing.duplicates().get(0).path());
        assertEquals(folder.resolve(name), listing.duplicates().get(0).first(), "upper case sorts first: the name as written");
        assertEquals(files.size(), listing.files().size());
        assertEquals(List.of("WARNING CSV-NAME-COPY " + lower.getFileName()), findings(check(scanned)));
    }
}
