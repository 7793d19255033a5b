/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CodeListImport;
import jp.careplan.layout.CodeListRegistry;
import jp.careplan.layout.CodeListRegistry.Contribution;
import jp.careplan.layout.CodeListRegistry.Entry;
import jp.careplan.ui.internal.UserCodeLists;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.prefs.CodeListsPreferencePage;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * Window › Preferences › careplan › コード一覧: a bundle's list is shown with the one in use; the office's own list,
 * a CSV file another program wrote, is imported over it and used, and removed again; a file with a repeated code
 * is refused, naming its line.
 */
class CodeListsPreferenceTest {

    private static final Contribution SAMPLE = new Contribution("jp.careplan.ui.tests.products", "テスト用 商品一覧",
            Set.of("サービスコード"), 0, "jp.careplan.ui.tests", () -> List.of(new Entry("991234", "見本Ａ"), new Entry("992345", "見本Ｂ")));

    private final Bot bot = new Bot();
    private PreferenceDialog dialog;

    @AfterEach
    void cleanUp() throws Exception {
        UserCodeLists.imports().remove(SAMPLE, CodeListRegistry.getDefault());
        CodeListRegistry.getDefault().unregister(SAMPLE.id(), SAMPLE.contributor());
        if (dialog != null) {
            UiThread.run(dialog::close);
        }
    }

    @Test
    void theOfficesListIsImportedOverTheSampleAndRemovedAgain(@TempDir Path dir) throws Exception {
        CodeListRegistry.getDefault().register(SAMPLE);
        Path good = Files.write(dir.resolve("products.csv"),
                "コード,商品名\r\n991234,\"架空Ａ, 改\"\r\n993456,架空Ｃ\r\n997777,架空Ｄ\r\n".getBytes(Charset.forName("windows-31j")));
        Path bad = Files.write(dir.resolve("broken.csv"), "991234,一\n991234,二\n".getBytes(Charset.forName("windows-31j")));
        UiThread.run(() -> {
            dialog = PreferencesUtil.createPreferenceDialogOn(bot.workbenchShell(), "jp.careplan.ui.preferences.codeLists", null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
        TableHandle lists = bot.tableWithId(WidgetIds.CODE_LISTS);
        int row = rowOf(lists);
        assertEquals("jp.careplan.ui.tests（2 件）", lists.cell(row, "使用中"));
        CodeListsPreferencePage page = UiThread.call(() -> (CodeListsPreferencePage) dialog.getSelectedPage());

        UiThread.run(() -> page.importFile(SAMPLE, bad));
        assertTrue(UiThread.call(page::getErrorMessage).contains("2 行目"), () -> UiThread.call(page::getErrorMessage));
        UiThread.run(() -> page.importFile(SAMPLE, good));

        Wait.until(Condition.of(() -> lists.cell(rowOf(lists), "使用中").equals("取り込んだ一覧（3 件）"),
                () -> "the imported list to be in use; shown: " + lists.rows()));
        CodeListRegistry.Resolution used = CodeListRegistry.getDefault().forItem("サービスコード").orElseThrow();
        assertTrue(CodeListImport.isImported(used.chosen()));
        assertEquals("架空Ａ, 改", used.find("991234").orElseThrow().label());

        bot.buttonWithId(WidgetIds.CODE_LISTS_REMOVE).click();
        Wait.until(Condition.of(() -> lists.cell(rowOf(lists), "使用中").equals("jp.careplan.ui.tests（2 件）"),
                () -> "the bundle's list to be in use again; shown: " + lists.rows()));
    }

    private static int rowOf(TableHandle lists) {
        List<List<String>> rows = lists.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals("テスト用 商品一覧")) {
                return i;
            }
        }
        throw new AssertionError("the list is not shown: " + rows);
    }
}
