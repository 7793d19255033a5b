/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.ButtonHandle;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Finder;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.TextHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** The import and export wizards as a user works them: fields, the list they show, the Finish button. */
public final class WizardPage {

    private final Bot bot;
    private final String finishId;

    private WizardPage(Bot bot, String finishId) {
        this.bot = bot;
        this.finishId = finishId;
    }

    /** Waits for the wizard of the given title, opened from the folder view's menu. */
    static WizardPage waitFor(Bot bot, String title, String finishId) {
        Wait.until(Condition.of(() -> Stream.of(UiThread.display().getShells())
                .anyMatch(shell -> shell.isVisible() && title.equals(shell.getText())), () -> "the wizard " + title + " to open"));
        return new WizardPage(bot, finishId);
    }

    /** 送信単位の書き出し, once open. */
    static WizardPage export(Bot bot) {
        return waitFor(bot, "送信単位の書き出し", WidgetIds.EXPORT_FINISH);
    }

    /** ファイルの取り込み, once open. */
    static WizardPage importFiles(Bot bot) {
        return waitFor(bot, "ファイルの取り込み", WidgetIds.IMPORT_FINISH);
    }

    /** 標準仕様の別の版に変換, once open. */
    public static WizardPage convert(Bot bot) {
        return waitFor(bot, "標準仕様の別の版に変換", WidgetIds.CONVERT_FINISH);
    }

    public TextHandle text(String id) {
        return bot.textWithId(id);
    }

    public TableHandle table(String id) {
        return bot.tableWithId(id);
    }

    public Shell shell() {
        Button finish = bot.find(Button.class, finishId);
        return UiThread.call(finish::getShell);
    }

    /**
     * Whether the wizard shows the text — in its message area or on its page — as a user reads it: any label or text
     * field of its shell that contains it. Looks without waiting, so that a {@link Condition} may ask it.
     */
    public boolean shows(String fragment) {
        return UiThread.call(() -> Finder.findAll(null, Button.class, Finder.withId(finishId)).stream()
                .map(Button::getShell).distinct().anyMatch(shell -> !Finder.findAll(shell, Control.class,
                        control -> text(control).contains(fragment)).isEmpty()));
    }

    private static String text(Control control) {
        if (control instanceof Label label) {
            return label.getText();
        }
        if (control instanceof Text text) {
            return text.getText();
        }
        if (control instanceof CLabel label) {
            return label.getText() == null ? "" : label.getText();
        }
        return "";
    }

    /** Presses the wizard's Finish (書き出す, 取り込む) with the keyboard. */
    public void finish() {
        bot.buttonWithId(finishId).click();
    }

    ButtonHandle finishButton() {
        return bot.buttonWithId(finishId);
    }

    /** Closes any wizard still open once it has finished its work (for a test's clean-up). */
    public static void closeAll(Bot bot) {
        List<Button> finishes = UiThread.call(() -> Stream.of(WidgetIds.EXPORT_FINISH, WidgetIds.IMPORT_FINISH, WidgetIds.CONVERT_FINISH)
                .flatMap(id -> Finder.findAll(null, Button.class, Finder.withId(id)).stream()).toList());
        for (Button button : finishes) {
            // a wizard still working cannot be closed: wait until its buttons are back
            Wait.until(Condition.of(() -> button.isDisposed() || button.isEnabled() || !button.getShell().isVisible(),
                    () -> "the wizard to finish its work"));
        }
        UiThread.run(() -> {
            for (Shell shell : UiThread.display().getShells()) {
                if (shell != bot.workbenchShell() && shell.isVisible()) {
                    shell.close();
                }
            }
        });
    }
}
