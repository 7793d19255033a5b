/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.Careplan;
import jp.careplan.kit.SyntheticExchange;

/**
 * A mistake in a command's arguments is said as what it is, by the command it was given to: a missing path by the
 * command's own name, a value an option does not take as such (not as a value missing), a month that is none, a
 * --one name outside the --out folder, and a spreadsheet copy that would land among the files it copies. Exit 2.
 */
class CommandUsageTest {

    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8);
        return Careplan.run(List.of(args), stream, stream, Locale.ENGLISH);
    }

    private String said() {
        return text.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingPathIsSaidByTheCommandGivenIt(@TempDir Path out) {
        assertEquals(Careplan.EXIT_USAGE, run("convert", "--to", "4.1", "--out", out.toString(), out.resolve("nothing.CSV").toString()));
        assertTrue(said().contains("careplan convert: no such file or folder"), said());
    }

    @Test
    void aValueAnOptionDoesNotTakeIsSaidSo(@TempDir Path folder) {
        assertEquals(Careplan.EXIT_USAGE, run("check", "--format", "xml", folder.toString()));
        assertTrue(said().contains("--format does not take \"xml\""), said());
    }

    @Test
    void aMonthThatIsNoneIsRefused(@TempDir Path folder) {
        assertEquals(Careplan.EXIT_USAGE, run("ledger", folder.toString(), "--month", "202513"));
        assertTrue(said().contains("--month takes a month as YYYYMM, such as 202506 (given: 202513)"), said());
        assertEquals(Careplan.EXIT_USAGE, run("ledger", "report", folder.toString(), "--month", "2025-06", "--out",
                folder.resolve("r.pdf").toString()));
        assertTrue(said().contains("(given: 2025-06)"), said());
    }

    @Test
    void renderWritesOneDocumentOnlyInsideItsFolder(@TempDir Path folder) throws Exception {
        new SyntheticExchange(5, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        Path out = folder.resolve("out");

        assertEquals(Careplan.EXIT_USAGE, run("render", "--out", out.toString(), "--one", "../escape.pdf", folder.toString()));

        assertTrue(said().contains("--one takes the name of a file in the --out folder"), said());
        assertTrue(Files.notExists(folder.resolve("escape.pdf")));
        assertTrue(Files.notExists(out), "refused before anything is made");
    }

    @Test
    void aSpreadsheetCopyIsNotWrittenAmongTheFilesItCopies(@TempDir Path folder) throws Exception {
        new SyntheticExchange(6, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        long before;
        try (var files = Files.list(folder)) {
            before = files.count();
        }

        assertEquals(Careplan.EXIT_USAGE, run("sheet", "--out", folder.toString(), folder.toString()));

        assertTrue(said().contains("would be taken for a file of the standard"), said());
        try (var files = Files.list(folder)) {
            assertEquals(before, files.count(), "nothing written");
        }
    }

    /** A send unit converted in part is said to be incomplete in the output folder, not left unremarked. */
    @Test
    void aSendUnitConvertedInPartIsSaidIncomplete(@TempDir Path folder, @TempDir Path out) throws Exception {
        List<Path> unit = new SyntheticExchange(7, CheckCommandTest.v3(), 3).writeTypicalMonth(folder, YearMonth.of(2025, 3), 1).stream()
                .map(jp.careplan.kit.GeneratedFile::path).filter(path -> path.getFileName().toString().matches("(UPPLAN|UPHOSOKU)_202503_.*"))
                .toList();
        Path supplement = unit.stream().filter(path -> path.getFileName().toString().startsWith("UPHOSOKU")).findFirst().orElseThrow();
        Files.write(supplement, "202208,1\r\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        String serial = supplement.getFileName().toString().replaceAll(".*_(\\d{14})\\.CSV", "$1");

        // (the plug-in tests install 3.2 alone: its own version, written anew)
        int status = run("convert", "--to", "3.2", "--out", out.toString(), unit.get(0).toString(), unit.get(1).toString());

        assertEquals(Careplan.EXIT_PROBLEMS, status, said());
        assertTrue(said().contains("send unit " + serial + ": 1 of its 2 file(s) given were written"), said());
    }
}
