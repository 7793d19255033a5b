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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.Ledger;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/** {@code careplan ledger} lists and filters an exchange folder's ledger; {@code ledger verify} catches an edited entry. */
class LedgerCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Careplan.run(List.of(args), stream, stream, Locale.ENGLISH);
    }

    @Test
    void theLedgerIsListedFilteredAndVerified(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        List<GeneratedFile> month = new SyntheticExchange(12, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        Ledger ledger = Ledger.of(folder);
        for (GeneratedFile file : month.subList(0, 4)) {
            ledger.append(Ledger.Action.IMPORT, file.path(), List.of());
        }
        ledger.append(Ledger.Action.EXPORT, month.get(4).path(), List.of());

        assertEquals(Careplan.EXIT_OK, run("ledger", folder.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("5 entr(ies)"), out.toString(StandardCharsets.UTF_8));
        assertEquals(Careplan.EXIT_OK, run("ledger", folder.toString(), "--filter", "export"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 entr(ies)"), out.toString(StandardCharsets.UTF_8));
        assertEquals(Careplan.EXIT_OK, run("ledger", "verify", folder.toString()));

        // the month's report for an inspector, as PDF (the month the entries were made in)
        Path report = dir.resolve("report.pdf");
        String thisMonth = YearMonth.now().toString().replace("-", "");
        assertEquals(Careplan.EXIT_OK, run("ledger", "report", folder.toString(), "--month", thisMonth, "--out", report.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("the ledger is whole"), out.toString(StandardCharsets.UTF_8));
        assertEquals("%PDF-", new String(Files.readAllBytes(report), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(Careplan.EXIT_USAGE, run("ledger", "report", folder.toString(), "--out", report.toString()), "no month");
        assertEquals(Careplan.EXIT_USAGE, run("ledger", "report", folder.toString(), "--month", "2025-03", "--out", report.toString()));

        List<String> lines = new ArrayList<>(Files.readAllLines(ledger.file(), StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("\tIMPORT\t", "\tEXPORT\t"));
        Files.writeString(ledger.file(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        assertEquals(Careplan.EXIT_PROBLEMS, run("ledger", "verify", folder.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("line 2: entry 2 was edited"), out.toString(StandardCharsets.UTF_8));
        // the report is still written, and says the ledger was changed (exit 1, as verify)
        assertEquals(Careplan.EXIT_PROBLEMS, run("ledger", "report", folder.toString(), "--month", thisMonth, "--out", report.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("changed after it was written"), out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The workbench and the command line keep a ledger's head in one place ({@link Ledger#headsFolder()}, here the
     * build's folder the test run names), so {@code ledger verify} finds the end of a ledger the workbench wrote cut
     * short.
     */
    @Test
    void verifyFindsALedgerCutShortByTheHeadEveryoneKeeps(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        List<GeneratedFile> month = new SyntheticExchange(13, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        Ledger ledger = Ledger.of(folder);
        assertTrue(ledger.file().startsWith(dir));
        assertTrue(Ledger.headsFolder().toString().contains("target"), "the build keeps the heads of its tests: " + Ledger.headsFolder());
        for (GeneratedFile file : month.subList(0, 3)) {
            ledger.append(Ledger.Action.SAVE, file.path(), List.of());
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(ledger.file(), StandardCharsets.UTF_8));
        Files.writeString(ledger.file(), String.join("\n", lines.subList(0, 2)) + "\n", StandardCharsets.UTF_8);

        assertEquals(Careplan.EXIT_PROBLEMS, run("ledger", "verify", folder.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("the ledger ends before entry 3, which the user's own record"),
                out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A ledger written by another user (its head is in their folder, not this user's) is not called whole: nothing was
     * found edited, removed or reordered, but its end cannot be vouched for here. Exit 0: nothing was found.
     */
    @Test
    void aLedgerWhoseEndThisUserHasNoRecordOfIsNotCalledWhole(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        List<GeneratedFile> month = new SyntheticExchange(13, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        Ledger theirs = Ledger.at(Ledger.of(folder).file(), dir.resolve("another-user/head"));
        for (GeneratedFile file : month.subList(0, 3)) {
            theirs.append(Ledger.Action.IMPORT, file.path(), List.of());
        }

        assertEquals(Careplan.EXIT_OK, run("ledger", "verify", folder.toString()));

        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("3 entries, none edited, removed or reordered") && said.contains("cannot be detected"), said);
        assertTrue(!said.contains("whole"), said);
    }
}
