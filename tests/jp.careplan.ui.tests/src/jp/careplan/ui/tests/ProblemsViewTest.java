/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.CarePlanFormEditor;
import jp.careplan.ui.internal.views.ProblemsView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** The 問題 view lists what the check of the folder found; Enter on a problem opens its file at the record and item. */
class ProblemsViewTest {

    private final Bot bot = new Bot();

    @Test
    void aProblemOpensItsFileAtTheRecord(@TempDir Path folder) throws Exception {
        // 第2表 alone: every record lacks its 第1表 (UNIT-PARENT)
        GeneratedFile file = new SyntheticExchange(44, RecordsEditorTest.v3()).write(folder, "UP2KYO", null, "1234567890", null,
                "2345678901", null, "20250310090000");
        bot.resetActivePerspective(); // the README's picture: the window as a user first sees it
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(1);
        page.waitForCheck();

        bot.showView(ProblemsView.ID).activate();
        TableHandle problems = bot.tableWithId(WidgetIds.PROBLEMS);
        Wait.until(Condition.of(() -> problems.widget().getItemCount() > 0, () -> "the 問題 view to list the problems"));
        assertEquals("UNIT-PARENT", problems.cell(0, "規則"));
        assertEquals("エラー", problems.cell(0, "重大度"));
        assertEquals(file.name(), problems.cell(0, "ファイル"));
        assertEquals("居宅サービス計画作成（変更）日", problems.cell(0, "項目"));
        int line = Integer.parseInt(problems.cell(0, "行"));

        problems.select(0).focus();
        Keyboard.pressEnter();

        // a 第2表 opens in the form editor, with the record of the problem selected
        CarePlanFormEditor editor = EditorPage.active(CarePlanFormEditor.class);
        Object selected = UiThread.call(() -> ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement());
        int index = UiThread.call(() -> editor.resource().document().getRecords().indexOf(selected));
        assertTrue(index >= 0, "a record is selected");
        assertSame(editor.resource().document().getRecords().get(index), selected);
        assertEquals(line, (int) UiThread.call(() -> editor.resource().lineOf(index)), "the record of the problem's line");
        // and the item of the problem is selected in the Properties view
        org.eclipse.ui.views.properties.PropertySheet sheet = (org.eclipse.ui.views.properties.PropertySheet) bot
                .view(org.eclipse.ui.IPageLayout.ID_PROP_SHEET).part();
        Wait.until(Condition.of(() -> sheet.getCurrentPage().getControl() instanceof org.eclipse.swt.widgets.Tree tree
                && tree.getSelectionCount() == 1 && tree.getSelection()[0].getText(0).equals("居宅サービス計画作成（変更）日"),
                () -> "the Properties view to select the item 居宅サービス計画作成（変更）日; it selects "
                        + java.util.Arrays.toString(((org.eclipse.swt.widgets.Tree) sheet.getCurrentPage().getControl()).getSelection())));
        jp.careplan.uitest.Screenshots.capture(bot.workbenchShell(),
                jp.careplan.uitest.Screenshots.folder().resolve("problems-view.png"));
        UiThread.run(() -> editor.getSite().getPage().closeEditor(editor, false));
    }
}
