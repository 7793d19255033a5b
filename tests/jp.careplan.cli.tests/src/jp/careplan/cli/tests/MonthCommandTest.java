/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/**
 * {@code careplan month}: the month's pairs of offices with their 予定 and 実績 — one provider's 実績 made from its
 * 予定 agrees, the other provider's has not come — as text and JSON, exit 1 until every pair agrees; usage errors.
 */
class MonthCommandTest {

    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8);

    private int run(Locale locale, String... args) {
        text.reset();
        return Careplan.run(List.of(args), stream, stream, locale);
    }

    private String said() {
        return text.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachPairSaysWhetherItsActualHasComeAndAgrees(@TempDir Path generated, @TempDir Path folder) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(61, CheckCommandTest.v3());
        List<GeneratedFile> month = exchange.writeMonth(generated, YearMonth.of(2025, 3), false);
        List<GeneratedFile> plans = month.stream().filter(file -> file.kind().equals("UPPLAN")).toList();
        for (GeneratedFile plan : plans) {
            Files.copy(plan.path(), folder.resolve(plan.name()));
        }
        GeneratedFile answered = plans.get(0);
        GeneratedFile waiting = plans.get(1);
        // the first provider's 実績, begun from its 予定 and not yet corrected: it agrees with the plan
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "actual", "--out", folder.toString(), "--office", answered.receiverOffice(),
                folder.toString()), said());

        int status = run(Locale.ENGLISH, "month", folder.toString());

        String report = said();
        assertEquals(Careplan.EXIT_PROBLEMS, status, report);
        assertTrue(report.startsWith("202503" + System.lineSeparator()), report);
        assertTrue(report.contains("  agrees: " + answered.senderOffice() + " → " + answered.receiverOffice() + " "), report);
        assertTrue(report.contains("  実績 not yet: " + waiting.senderOffice() + " → " + waiting.receiverOffice() + " "), report);
        assertTrue(report.contains("予定 " + waiting.serial() + ", 実績 not yet"), report);
        assertTrue(report.contains("  2 pair(s) of offices: 実績 not yet 1, differing 0, no 予定 0, agreeing 1, a file not readable 0"), report);

        assertEquals(Careplan.EXIT_PROBLEMS, run(Locale.ENGLISH, "month", "--format", "json", folder.toString()));
        String json = said().strip();
        assertTrue(json.startsWith("{\"months\":[{\"month\":\"202503\",\"pairs\":[{\"status\":"), json);
        assertTrue(json.contains("\"status\":\"MATCHES\",\"careOffice\":\"" + answered.senderOffice() + "\",\"provider\":\""
                + answered.receiverOffice() + "\",\"serviceType\":null"), json);
        assertTrue(json.contains("\"status\":\"NO_ACTUAL\""), json);
        assertTrue(json.contains("\"plans\":[\"" + waiting.serial() + "\"],\"actuals\":[]"), json);

        // in Japanese, and once the other provider's 予定 is left out, every pair agrees
        Files.delete(folder.resolve(waiting.name()));
        assertEquals(Careplan.EXIT_OK, run(Locale.JAPANESE, "month", "--month", "202503", folder.toString()), said());
        assertTrue(said().contains("  一致: " + answered.senderOffice() + " → " + answered.receiverOffice()), said());
        assertTrue(said().contains("事業所の組 1：実績未着 0、差異あり 0、予定なし 0、一致 1、読めないファイルあり 0"), said());
        for (String insured : exchange.insuredNumbers()) {
            assertFalse(said().contains(insured), "no user's number");
        }
    }

    /** A 実績 whose 予定 is not among the paths: 予定なし, the 予定's side a dash, JSON's differingUsers null. */
    @Test
    void anActualWithoutItsPlanIsSaidSo(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(63, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile actual = month.stream().filter(file -> file.kind().equals("UPJSK")).findFirst().orElseThrow();

        assertEquals(Careplan.EXIT_PROBLEMS, run(Locale.ENGLISH, "month", actual.path().toString()), said());
        assertTrue(said().contains("  no 予定: " + actual.receiverOffice() + " → " + actual.senderOffice() + " "), said());
        assertTrue(said().contains("予定 -, 実績 " + actual.serial() + ", "), said());
        assertTrue(said().contains("agreeing 0, a file not readable 0"), said());
        assertEquals(Careplan.EXIT_PROBLEMS, run(Locale.ENGLISH, "month", "--format", "json", actual.path().toString()));
        assertTrue(said().contains("\"status\":\"NO_PLAN\""), said());
        assertTrue(said().contains("\"plans\":[],\"actuals\":[\"" + actual.serial() + "\"],\"users\":"), said());
        assertTrue(said().contains("\"differingUsers\":null"), said());
    }

    @Test
    void withoutAScheduleOrWithAWrongMonthItIsAUsageError(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(62, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile carePlan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();

        String usage = "careplan month [--month YYYYMM] [--format text|json] PATH...";
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "month"));
        assertTrue(said().contains(usage), said());
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "month", "--month", "2025-03", folder.toString()));
        assertTrue(said().contains(usage), said());
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "month", "--format", "xml", folder.toString()));
        assertTrue(said().contains(usage), said());
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "month", "--month", "202504", folder.toString()));
        assertTrue(said().contains("no 第6表 予定 or 実績 of 202504 among the paths"), said());
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "month", carePlan.path().toString()));
        assertTrue(said().contains("no 第6表 予定 (UPPLAN) or 実績 (UPJSK) among the paths"), said());
    }
}
