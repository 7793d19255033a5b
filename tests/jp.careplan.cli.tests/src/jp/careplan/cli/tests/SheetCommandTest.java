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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.Careplan;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/** {@code careplan sheet}: copies for spreadsheet viewing, the standard files untouched, no copy written twice. */
class SheetCommandTest {

    @Test
    void eachFileGetsACopyForSpreadsheetsAndNoneIsOverwritten(@TempDir Path folder, @TempDir Path out) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(9, CheckCommandTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        byte[] before = Files.readAllBytes(month.get(0).path());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8);

        int status = Careplan.run(List.of("sheet", "--out", out.toString(), folder.toString()), stream, stream, Locale.ENGLISH);

        assertEquals(Careplan.EXIT_OK, status, text.toString(StandardCharsets.UTF_8));
        try (var copies = Files.list(out)) {
            assertEquals(month.size(), copies.filter(path -> path.toString().endsWith(".sheet.csv")).count());
        }
        assertArrayEquals(before, Files.readAllBytes(month.get(0).path()), "the standard file untouched");
        int again = Careplan.run(List.of("sheet", "--out", out.toString(), month.get(0).path().toString()), stream, stream,
                Locale.ENGLISH);
        assertEquals(Careplan.EXIT_PROBLEMS, again);
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("it is never overwritten"));
    }
}
