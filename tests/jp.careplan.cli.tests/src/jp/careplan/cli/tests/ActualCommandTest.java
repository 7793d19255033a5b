/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.Careplan;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/**
 * {@code careplan actual}: the 実績 of the office a 予定 was sent to, begun from it, in the output folder; it checks
 * clean; the 予定 is untouched; paths without a 予定 are a usage error.
 */
class ActualCommandTest {

    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return Careplan.run(List.of(args), stream, stream, Locale.ENGLISH);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void thePlanSentToTheOfficeGivesItsActualWhichChecksClean(@TempDir Path folder, @TempDir Path out) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(41, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        List<GeneratedFile> plans = month.stream().filter(file -> file.kind().equals("UPPLAN")).toList();
        GeneratedFile plan = plans.get(0);
        assertTrue(plans.stream().anyMatch(other -> !other.receiverOffice().equals(plan.receiverOffice())),
                "the folder holds a 予定 to another provider, which --office leaves alone");
        byte[] before = Files.readAllBytes(plan.path());
        // a second version of the month's 予定 (月途中変更): one 実績 of both
        String newer = plan.name().replace("_" + plan.serial() + ".", "_20250310120000.");
        Files.copy(plan.path(), folder.resolve(newer));

        int status = run("actual", "--out", out.toString(), "--office", plan.receiverOffice(), folder.toString());

        String said = text.toString(StandardCharsets.UTF_8);
        assertEquals(Careplan.EXIT_OK, status, said);
        List<Path> written = list(out);
        assertEquals(1, written.size(), said);
        String name = written.get(0).getFileName().toString();
        assertTrue(name.startsWith("UPJSK_202503_" + plan.receiverOffice() + "_" + plan.senderOffice() + "_"), name);
        assertTrue(said.contains(newer + ": made the 実績 " + name), said);
        assertTrue(said.contains(name + ": from the month's 2 versions of the 予定 (" + plan.name() + ", " + newer + ")"), said);
        assertTrue(said.contains("1 実績 made; 0 month(s) of 予定 gave none (" + (month.size() - 1) + " file(s)"), said);
        assertArrayEquals(before, Files.readAllBytes(plan.path()), "the 予定 untouched");
        List<jp.careplan.csv.Ledger.Entry> recorded = jp.careplan.csv.Ledger.of(out).entries();
        assertEquals(List.of(jp.careplan.csv.Ledger.Action.CREATE), recorded.stream().map(jp.careplan.csv.Ledger.Entry::action).toList());
        assertEquals(name, recorded.get(0).file());
        assertEquals(Careplan.EXIT_OK, run("check", out.toString()), text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pathsWithoutAPlanOrWithoutAnOutputFolderAreUsageErrors(@TempDir Path folder, @TempDir Path out) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(42, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile carePlan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();

        assertEquals(Careplan.EXIT_USAGE, run("actual", "--out", out.toString(), carePlan.path().toString()));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("no 第6表 予定 (UPPLAN) file among the paths"));
        assertEquals(Careplan.EXIT_USAGE, run("actual", folder.toString()));
        assertEquals(Careplan.EXIT_USAGE, run("actual", "--out", out.toString(), "--office", "12345", folder.toString()));
        assertEquals(Careplan.EXIT_USAGE, run("actual", "--out", out.toString(), "--office", "0000000000", folder.toString()));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("no 第6表 予定 (UPPLAN) file sent to 0000000000"));
        assertEquals(0, list(out).size());
    }
}
