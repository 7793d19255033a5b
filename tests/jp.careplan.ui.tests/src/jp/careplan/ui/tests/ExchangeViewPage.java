/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import java.nio.file.Path;

import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Bot.ViewHandle;
import jp.careplan.uitest.CheckBoxHandle;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.TextHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** The データ連携フォルダ view as a user works it: type a folder, press Enter, read the table, press F5. */
public final class ExchangeViewPage {

    private final Bot bot;
    private final ViewHandle view;

    private ExchangeViewPage(Bot bot, ViewHandle view) {
        this.bot = bot;
        this.view = view;
    }

    /** Opens the view (Window › Show View) and makes it the active part. */
    public static ExchangeViewPage open(Bot bot) {
        bot.activateWorkbench();
        return new ExchangeViewPage(bot, bot.showView(ExchangeView.ID).activate());
    }

    public ViewHandle view() {
        return view;
    }

    TextHandle folderField() {
        return bot.textWithId(WidgetIds.EXCHANGE_FOLDER);
    }

    public TableHandle files() {
        return bot.tableWithId(WidgetIds.EXCHANGE_FILES);
    }

    /** The 絞り込み field. */
    TextHandle filterField() {
        return bot.textWithId(WidgetIds.EXCHANGE_FILTER);
    }

    /** The 変更に追従 check box. */
    CheckBoxHandle follow() {
        return bot.checkBoxWithId(WidgetIds.EXCHANGE_FOLLOW);
    }

    String summary() {
        return bot.labelTextWithId(WidgetIds.EXCHANGE_SUMMARY);
    }

    /** Types a folder into the field and confirms with Enter; waits until the view shows it. */
    public ExchangeViewPage openFolder(Path folder) {
        folderField().replaceText(folder.toString()).pressEnter();
        ExchangeView part = (ExchangeView) view.part();
        Wait.until(Condition.of(() -> folder.toAbsolutePath().normalize().equals(part.folder()),
                () -> "the view to show " + folder + "; it shows " + part.folder()));
        return this;
    }

    /** Waits until the background check has filled the 検査結果 column of every listed file. */
    public ExchangeViewPage waitForCheck() {
        TableHandle table = files();
        Wait.until(Condition.of(() -> {
            int column = java.util.Arrays.asList(table.widget().getColumns()).stream().map(c -> c.getText()).toList().indexOf("検査結果");
            return table.widget().getItemCount() > 0 && java.util.Arrays.stream(table.widget().getItems())
                    .noneMatch(item -> item.getText(column).equals("検査中…"));
        }, () -> "the check of the folder to finish; the summary says: " + summary()));
        return this;
    }

    /** The row of the file of that name in the 交換フォルダ table. */
    public int rowOf(String fileName) {
        TableHandle table = files();
        for (int i = 0; i < table.rowCount(); i++) {
            if (table.cell(i, "ファイル名").equals(fileName)) {
                return i;
            }
        }
        throw new AssertionError(fileName + " is not listed");
    }

    /** Presses F5 in the table, as a user refreshing the folder. */
    ExchangeViewPage refreshWithF5() {
        files().focus();
        Keyboard.press(org.eclipse.swt.SWT.F5);
        return this;
    }

    /** Whether the view follows its folder on disk now. */
    boolean following() {
        return UiThread.call(((ExchangeView) view.part())::isFollowing);
    }

    Path shownFolder() {
        return UiThread.call(((ExchangeView) view.part())::folder);
    }
}
