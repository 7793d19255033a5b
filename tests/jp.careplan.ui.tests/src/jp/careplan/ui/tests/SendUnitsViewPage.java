/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.SendUnitsView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.UiThread;

/** The 送信単位 view as a user reads it: a line per unit, expanded with the Right arrow to its files. */
final class SendUnitsViewPage {

    private final Bot.ViewHandle view;
    private final Tree tree;

    private SendUnitsViewPage(Bot.ViewHandle view, Tree tree) {
        this.view = view;
        this.tree = tree;
    }

    /** Opens the view (Window › Show View) and makes it the active part. */
    static SendUnitsViewPage open(Bot bot) {
        Bot.ViewHandle view = bot.showView(SendUnitsView.ID).activate();
        return new SendUnitsViewPage(view, bot.find(Tree.class, WidgetIds.UNITS_TREE));
    }

    Bot.ViewHandle view() {
        return view;
    }

    Tree tree() {
        return tree;
    }

    /** Each unit's cells: 連番, 内容, 年月, 送信元 → 送信先, 利用者, 状態. */
    List<List<String>> units() {
        return UiThread.call(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < tree.getColumnCount(); column++) {
                    cells.add(item.getText(column));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    /** Selects a unit and expands it with the Right arrow, as in any tree. */
    SendUnitsViewPage expand(int unit) {
        view.activate();
        UiThread.run(() -> {
            tree.setFocus();
            tree.setSelection(tree.getItem(unit));
        });
        Keyboard.press(SWT.ARROW_RIGHT);
        return this;
    }
}
