/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** ファイルの取り込み: a download folder's files copied into the exchange folder, never over another file. */
class ImportWizardTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeTheWizard() {
        WizardPage.closeAll(bot);
    }

    @Test
    void receivedFilesAreCopiedAsTheyAreAndAConflictIsLeftAlone(@TempDir Path download, @TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(111, RecordsEditorTest.v3()).writeMonth(download, YearMonth.of(2025, 3));
        GeneratedFile clash = month.get(0);
        Files.write(folder.resolve(clash.name()), new byte[] { 'x' }); // another file of that name is there
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(1);

        UiThread.start(((ExchangeView) page.view().part())::importFiles); // ファイルを取り込む…
        WizardPage wizard = WizardPage.importFiles(bot);
        wizard.text(WidgetIds.IMPORT_SOURCE).replaceText(download.toString()).pressEnter();

        TableHandle files = wizard.table(WidgetIds.IMPORT_FILES).waitForRows(month.size());
        List<String> actions = IntStream.range(0, month.size()).mapToObj(row -> files.cell(row, "取り込み")).toList();
        assertEquals(month.size() - 2, actions.stream().filter("取り込む"::equals).count());
        assertEquals(1, actions.stream().filter(a -> a.startsWith("同名の別ファイルあり")).count());
        assertEquals(1, actions.stream().filter(a -> a.startsWith("名前が規約外")).count(), "the month's one broken name");
        Screenshots.capture(wizard.shell(), Screenshots.folder().resolve("import-wizard.png"));
        wizard.finish();

        TableHandle listed = page.files().waitForRows(month.size() - 1); // the copies and the file that was there
        // the files brought in are the selection, to be looked at or opened at once
        Wait.until(Condition.of(() -> UiThread.call(() -> listed.widget().getSelectionCount()) == month.size() - 2,
                () -> "the imported files to be selected; selected: " + UiThread.call(() -> listed.widget().getSelectionCount())));
        assertArrayEquals(new byte[] { 'x' }, Files.readAllBytes(folder.resolve(clash.name())), "never overwritten");
        for (GeneratedFile file : month.subList(1, month.size())) {
            if (file.conforming()) {
                assertArrayEquals(Files.readAllBytes(file.path()), Files.readAllBytes(folder.resolve(file.name())), file.name());
            }
        }
    }
}
