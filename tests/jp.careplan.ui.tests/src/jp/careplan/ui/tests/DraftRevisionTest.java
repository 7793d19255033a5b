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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CsvProblem;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * A draft revision contributed by this test bundle (layouts/draft-revision.layout: 第6表 with one item more, under
 * the new CSVバージョン 202704): the reader, the writer, the validator, the tree editor and the folder view's check
 * handle its files from the layout alone, with no change to a core bundle; its rows are the core's 第6表 rows.
 */
class DraftRevisionTest {

    private static final YearMonth APRIL_2027 = YearMonth.of(2027, 4);

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    @Test
    void aDraftRevisionsFileIsReadCheckedEditedAndWrittenBack(@TempDir Path folder) throws Exception {
        FileLayout draft = LayoutRegistry.getDefault().resolve("UPPLAN", "202704", "202704").layout();
        assertEquals("jp.careplan.ui.tests.draftRevision", draft.getLayoutSet().getId());
        assertEquals(23, draft.getColumns().size(), "3.2's 22 items and the draft's one");
        SyntheticRecords generator = new SyntheticRecords(23);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(generator.values(draft, APRIL_2027, Map.of(23, "草案の値" + i)));
        }
        byte[] bytes = SyntheticRecords.encode(draft, rows);
        Path file = Files.write(folder.resolve("UPPLAN_202704_1370000001_1370000002_20270325090000.CSV"), bytes);

        List<CsvProblem> problems = new ExchangeCheck(LayoutRegistry.getDefault(), RuleRegistry.getDefault()).check(List.of(file))
                .problems();
        // (the check runs headless here; the folder view runs the same check below)
        assertTrue(problems.stream().noneMatch(problem -> problem.severity() == CsvProblem.Severity.ERROR), problems::toString);

        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        org.eclipse.swt.widgets.Table table = page.files().waitForRows(1).widget();
        int check = UiThread.call(() -> java.util.Arrays.stream(table.getColumns()).map(column -> column.getText()).toList()
                .indexOf("検査結果"));
        // (the condition runs on the UI thread: it reads the widget itself)
        Wait.until(Condition.of(() -> {
            String text = table.getItem(0).getText(check);
            return !text.isEmpty() && !text.equals("検査中…") && !text.startsWith("エラー");
        }, () -> "the folder's check of the draft file to find no error; shown: " + table.getItem(0).getText(check)));
        page.files().select(0).focus();
        UiThread.run(((ExchangeView) page.view().part())::openSelectedRaw);
        RecordsEditor editor = EditorPage.active(RecordsEditor.class);
        Record second = UiThread.call(() -> editor.resource().document().getRecords().get(1));
        assertTrue(second instanceof ServiceUseRow, "a draft row is the core's 第6表 row");
        assertEquals("DraftServiceUseRow", second.eClass().getName());

        UiThread.run(() -> {
            editor.selectRecord(second);
            editor.revealItem("草案追加項目");
        });
        PropertySheet sheet = (PropertySheet) bot.view(IPageLayout.ID_PROP_SHEET).part();
        Wait.until(Condition.of(() -> sheet.getCurrentPage().getControl() instanceof Tree properties
                && properties.getSelectionCount() == 1 && properties.getSelection()[0].getText(0).equals("草案追加項目")
                && properties.getSelection()[0].getText(1).equals("草案の値1"),
                () -> "the Properties view to show the draft's item of the second record"));

        // an edit of the draft's item as the Properties view makes it, a command of the editor's domain; then undone
        UiThread.run(() -> editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), second, second.eClass().getEStructuralFeature("draftNote"), "直した値")));
        Wait.until(Condition.of(editor::isDirty, () -> "the edit to make the editor dirty"));
        assertEquals("直した値", UiThread.call(() -> second.eGet(second.eClass().getEStructuralFeature("draftNote"))));
        UiThread.run(() -> editor.commandStack().undo());
        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "the undo to take the edit back"));

        assertArrayEquals(bytes, UiThread.call(() -> {
            try {
                return editor.resource().toBytes(Map.of());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }), "written back byte for byte");
        assertArrayEquals(bytes, Files.readAllBytes(file), "reading never changes the file");
    }
}
