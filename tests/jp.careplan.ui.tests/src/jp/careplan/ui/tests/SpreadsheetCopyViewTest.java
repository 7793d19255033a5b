/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;

/** The folder view's 表計算ソフト用の写し: the selected files copied for viewing, the standard files untouched. */
class SpreadsheetCopyViewTest {

    private final Bot bot = new Bot();

    @Test
    void theSelectedFilesAreCopiedForSpreadsheetsAndLeftAsTheyAre(@TempDir Path folder, @TempDir Path copies) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(5, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(month.size());
        page.waitForCheck(); // its summary would otherwise replace the copy's
        files.select(0, 1).focus();
        List<byte[]> before = List.of(Files.readAllBytes(folder.resolve(files.cell(0, "ファイル名"))),
                Files.readAllBytes(folder.resolve(files.cell(1, "ファイル名"))));
        ExchangeView view = (ExchangeView) bot.view(ExchangeView.ID).part();

        List<Path> written = UiThread.call(() -> view.copyForSpreadsheets(copies));

        assertEquals(2, written.size());
        assertTrue(written.stream().allMatch(path -> path.getFileName().toString().endsWith(".sheet.csv")), written::toString);
        assertArrayEquals(before.get(0), Files.readAllBytes(folder.resolve(files.cell(0, "ファイル名"))));
        assertArrayEquals(before.get(1), Files.readAllBytes(folder.resolve(files.cell(1, "ファイル名"))));
        assertTrue(bot.labelTextWithId(WidgetIds.EXCHANGE_SUMMARY).contains("2 件"), bot.labelTextWithId(WidgetIds.EXCHANGE_SUMMARY));

        // never among the files themselves: a .csv there would be taken for a file of the standard
        long inFolder;
        try (var listed = Files.list(folder)) {
            inFolder = listed.count();
        }
        assertEquals(List.of(), UiThread.call(() -> view.copyForSpreadsheets(folder)));
        assertTrue(bot.labelTextWithId(WidgetIds.EXCHANGE_SUMMARY).startsWith("写しを作りませんでした"),
                bot.labelTextWithId(WidgetIds.EXCHANGE_SUMMARY));
        try (var listed = Files.list(folder)) {
            assertEquals(inFolder, listed.count(), "nothing written into the exchange folder");
        }
    }
}
