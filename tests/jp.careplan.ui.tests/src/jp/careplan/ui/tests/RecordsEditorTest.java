/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.edit.ui.ItemPropertySourceProvider;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** A file opened from the exchange folder as raw records (生データで開く), edited through its properties, undone with Ctrl+Z. */
class RecordsEditorTest {

    private final Bot bot = new Bot();

    static LayoutSet v3() {
        return LayoutRegistry.getDefault().layoutSets().stream().filter(set -> set.getId().equals("jp.careplan.spec.v3"))
                .findFirst().orElseThrow();
    }

    @Test
    void theRawViewShowsTheRecordsUnderTheStandardsNamesAndCtrlZUndoesAnEdit(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(31, v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        bot.resetActivePerspective(); // the README's picture: the window as a user first sees it
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(month.size());

        page.files().select(0).focus();
        UiThread.run(((jp.careplan.ui.internal.views.ExchangeView) page.view().part())::openSelectedRaw); // 生データで開く

        RecordsEditor editor = EditorPage.active(RecordsEditor.class);
        assertEquals(plan.name(), UiThread.call(editor::getPartName));
        int records = UiThread.call(() -> editor.resource().document().getRecords().size());
        Tree tree = bot.find(Tree.class, WidgetIds.RECORDS_TREE);
        assertEquals(records, (int) UiThread.call(() -> tree.getItem(0).getItemCount()), "one tree item a record");
        assertTrue(UiThread.call(() -> tree.getItem(0).getItem(0).getText()).startsWith("居宅サービス計画1表"),
                "records are labelled with the standard's names");

        CarePlan1 first = UiThread.call(() -> (CarePlan1) editor.resource().document().getRecords().get(0));
        String before = first.getPlannerName();
        IPropertySource properties = new ItemPropertySourceProvider(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE)).getPropertySource(first);
        IPropertyDescriptor planner = UiThread.call(() -> java.util.Arrays.stream(properties.getPropertyDescriptors())
                .filter(descriptor -> descriptor.getDisplayName().equals("居宅サービス計画作成者氏名")).findFirst().orElseThrow());
        UiThread.run(() -> properties.setPropertyValue(planner.getId(), "見本　花子"));
        Wait.until(Condition.of(editor::isDirty, () -> "the editor to be dirty after an edit; can undo: "
                + editor.commandStack().canUndo()));
        assertEquals("見本　花子", first.getPlannerName());

        bot.activateWorkbench();
        UiThread.run(() -> {
            editor.getSite().getPage().activate(editor);
            tree.setFocus();
        });
        Keyboard.pressWithCtrl('z');

        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "Ctrl+Z to undo the edit; the editor is still dirty"));
        assertEquals(before, first.getPlannerName());
        // as a user: the file's node, then ↓ to its first record
        UiThread.run(() -> {
            tree.setSelection(tree.getItem(0));
            tree.setFocus();
        });
        Keyboard.press(org.eclipse.swt.SWT.ARROW_DOWN);
        // the record chosen is the workbench's selection: its items are in the Properties view (and in the picture)
        org.eclipse.ui.views.properties.PropertySheet sheet = (org.eclipse.ui.views.properties.PropertySheet) bot
                .view(org.eclipse.ui.IPageLayout.ID_PROP_SHEET).part();
        Wait.until(Condition.of(() -> sheet.getCurrentPage().getControl() instanceof Tree items && java.util.Arrays
                .stream(items.getItems()).anyMatch(item -> item.getText(0).equals("居宅サービス計画作成者氏名")),
                () -> "the Properties view to list the items of the record chosen with ↓ (the workbench hears the editor's"
                        + " selection: its viewer is made after the file is read); it shows " + (sheet.getCurrentPage()
                                .getControl() instanceof Tree items ? items.getItemCount() + " items" : "no tree")));
        // in the standard's order (its item No.), as the forms and the layouts have them, not sorted by name
        List<String> shown = UiThread.call(() -> java.util.Arrays.stream(((Tree) sheet.getCurrentPage().getControl()).getItems())
                .map(item -> item.getText(0)).toList());
        List<String> numbered = v3().getFileLayouts().stream().filter(layout -> layout.getKind().equals("UP1KYO")).findFirst()
                .orElseThrow().getColumns().stream().map(jp.careplan.layout.Column::getName).filter(shown::contains).toList();
        assertEquals(numbered, shown);
        assertEquals("CSVバージョン", shown.get(0));
        jp.careplan.uitest.Screenshots.capture(bot.workbenchShell(),
                jp.careplan.uitest.Screenshots.folder().resolve("records-editor.png"));
        UiThread.run(() -> editor.getSite().getPage().closeEditor(editor, false));
    }
}
