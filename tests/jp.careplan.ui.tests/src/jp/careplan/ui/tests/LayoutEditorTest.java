/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.PlainLayouts;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutDiff.Change;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.LayoutEditor;
import jp.careplan.ui.internal.views.DraftLayoutsView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * The layout editor on a spec author's draft of 3.2, from the keyboard: an item renamed in place (F2, type, Enter), an
 * item added after it with the numbering renewed, a length the type fixes broken and the layout's own check naming it
 * until Ctrl+Z takes it back; Ctrl+S writes the table, and the レイアウト草案 view, which uses the draft, lists the
 * rename and the added item.
 */
class LayoutEditorTest {

    private final Bot bot = new Bot();

    @AfterEach
    void cleanUp() {
        EditorPage.closeAll();
        for (LayoutSet set : LayoutRegistry.getDefault().layoutSets()) {
            if (set.getId().startsWith("draft.")) {
                LayoutRegistry.getDefault().unregister(set);
            }
        }
    }

    @Test
    void aDraftIsEditedFromTheKeyboardCheckedAsItChangesAndSavedForTheView(@TempDir Path dir) throws Exception {
        LayoutSet v3 = RecordsEditorTest.v3();
        StringWriter exported = new StringWriter();
        PlainLayouts.write("3.2", v3.getCsvVersion(), v3.getValidFrom(), v3.getFileNameRule(), v3.getFileLayouts(), exported);
        String text = exported.toString().replace("CSVバージョン,202208\r\n適用開始年月,202301", "CSVバージョン,202604\r\n適用開始年月,202604");
        Path draft = Files.writeString(dir.resolve("draft-edit.csv"), text, StandardCharsets.UTF_8);
        DraftLayoutsView view = (DraftLayoutsView) bot.showView(DraftLayoutsView.ID).part();
        UiThread.run(() -> view.loadDraft(draft));
        Wait.until(Condition.of(() -> view.differences().size() == 1, () -> "only the version to differ: " + view.differences()));

        bot.buttonWithId(WidgetIds.DRAFTS_EDIT).click();
        Wait.until(Condition.of(() -> EditorPage.activeEditor() instanceof LayoutEditor, () -> "the layout editor to open"));
        LayoutEditor editor = UiThread.call(() -> (LayoutEditor) EditorPage.activeEditor());
        assertEquals(List.of(), UiThread.call(editor::problems), "3.2 as exported reads and checks clean");

        UiThread.run(() -> editor.selectKind("UPPLAN"));
        TableHandle items = bot.tableWithId(WidgetIds.LAYOUT_EDITOR_ITEMS).waitForRows(22);
        assertEquals("プラン担当者名", items.cell(6, "項目名"));
        items.select(6).focus();
        Keyboard.press(SWT.ARROW_RIGHT, 1); // the focus cell moves from No. (not editable) to 項目名
        Keyboard.press(SWT.F2);
        Keyboard.pressWithCtrl('a');
        Keyboard.type("tantou"); // posted key events carry ASCII only (an IME cannot be driven)
        Keyboard.pressEnter();
        Wait.until(Condition.of(() -> "tantou".equals(items.widget().getItem(6).getText(1)),
                () -> "the item renamed in place; shown: " + items.widget().getItem(6).getText(1)));
        assertTrue(UiThread.call(editor::isDirty));

        bot.buttonWithId(WidgetIds.LAYOUT_EDITOR_ADD).click();
        Keyboard.pressWithCtrl('a');
        Keyboard.type("draftitem");
        Keyboard.pressEnter();
        items.waitForRows(23);
        Wait.until(Condition.of(() -> "draftitem".equals(items.widget().getItem(7).getText(1)),
                () -> "the new item named, after the selected one; shown: " + items.widget().getItem(7).getText(1)));
        assertEquals("8", items.cell(7, "No."));
        assertEquals("単位数", items.cell(8, "項目名"));
        assertEquals("9", items.cell(8, "No."), "the items after it are numbered on");
        assertEquals(List.of(), UiThread.call(editor::problems));

        // 作成年月日 is a YYYYMMDD: its type fixes the length at 8; the layout's own check says so at the item
        UiThread.run(() -> editor.setCell("UPPLAN", 4, 5, "7"));
        List<LayoutEditor.Problem> problems = UiThread.call(editor::problems);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("UPPLAN", problems.get(0).kind());
        assertEquals(4, problems.get(0).number());
        assertTrue(bot.labelTextWithId(WidgetIds.LAYOUT_EDITOR_SUMMARY).contains("1 件"));
        items.focus();
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> "8".equals(items.widget().getItem(3).getText(4)), () -> "Ctrl+Z to take the length back"));
        assertEquals(List.of(), UiThread.call(editor::problems));

        Keyboard.pressWithCtrl('s');
        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "Ctrl+S to save"));
        LayoutSet saved = PlainLayouts.read(draft, LayoutRegistry.getDefault());
        FileLayout plan = saved.getFileLayouts().stream().filter(layout -> layout.getKind().equals("UPPLAN")).findFirst().orElseThrow();
        assertEquals(23, plan.getColumns().size());
        assertEquals("tantou", plan.getColumns().get(6).getName());
        assertEquals("draftitem", plan.getColumns().get(7).getName());
        Wait.until(Condition.of(() -> view.differences().size() == 3, () -> "the view to read the saved draft: " + view.differences()));
        Set<Change> changes = UiThread.call(() -> view.differences().stream().map(d -> d.change()).collect(Collectors.toSet()));
        assertTrue(changes.contains(Change.ITEM_RENAMED) && changes.contains(Change.ITEM_ADDED), changes::toString);
    }

    /**
     * Nothing is repaired behind the author's back: a draft with a gap in its numbering keeps the gap through an edit
     * (the check names it), the items after an added one are numbered on from their own numbers, and the 備考 column
     * and the line ends the author keeps are written back with the edit.
     */
    @Test
    void aGapAndTheAuthorsOwnColumnSurviveAnEdit(@TempDir Path dir) throws Exception {
        LayoutSet v3 = RecordsEditorTest.v3();
        StringWriter exported = new StringWriter();
        PlainLayouts.write("3.2", v3.getCsvVersion(), v3.getValidFrom(), v3.getFileNameRule(), v3.getFileLayouts(), exported);
        String text = exported.toString().replace("\r\n", "\n")
                .replace("ファイル種類,No.,項目名,必須,属性,桁数,書式,コード\n", "ファイル種類,No.,項目名,必須,属性,桁数,書式,コード,備考\n")
                .replace("UPPLAN,7,プラン担当者名,,フリーテキスト,,,\n", "UPPLAN,7,プラン担当者名,,フリーテキスト,,,,要確認\n")
                .replace("UPPLAN,22,識別子,", "UPPLAN,23,識別子,");
        Path draft = Files.writeString(dir.resolve("draft-gap.csv"), text, StandardCharsets.UTF_8);
        DraftLayoutsView view = (DraftLayoutsView) bot.showView(DraftLayoutsView.ID).part();
        UiThread.run(() -> view.edit(draft));
        Wait.until(Condition.of(() -> EditorPage.activeEditor() instanceof LayoutEditor, () -> "the layout editor to open"));
        LayoutEditor editor = UiThread.call(() -> (LayoutEditor) EditorPage.activeEditor());
        List<LayoutEditor.Problem> before = UiThread.call(editor::problems);
        assertEquals(1, before.size(), before::toString);
        assertEquals("UPPLAN", before.get(0).kind());

        UiThread.run(() -> editor.selectKind("UPPLAN"));
        TableHandle items = bot.tableWithId(WidgetIds.LAYOUT_EDITOR_ITEMS).waitForRows(22);
        items.select(2).focus();
        Keyboard.press(SWT.INSERT);
        Keyboard.pressEnter(); // keeps the new item's name
        items.waitForRows(23);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
                "19", "20", "21", "22", "24"), UiThread.call(() -> java.util.Arrays.stream(items.widget().getItems())
                        .map(item -> item.getText(0)).toList()), "the gap before the last item stays");
        assertEquals(1, UiThread.call(editor::problems).size(), "and the check still names it");

        // a table of the draft's own: a new kind begins with the items every record has, and reads clean
        UiThread.run(() -> editor.addKind("UPDRAFTNEW"));
        assertEquals(3, bot.tableWithId(WidgetIds.LAYOUT_EDITOR_ITEMS).waitForRows(3).rowCount());
        assertEquals(1, UiThread.call(editor::problems).size(), () -> "only the gap: " + UiThread.call(editor::problems));

        Keyboard.pressWithCtrl('s');
        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "Ctrl+S to save"));
        String saved = Files.readString(draft, StandardCharsets.UTF_8);
        assertTrue(saved.endsWith("UPDRAFTNEW,3,被保険者番号,○,被保険者番号,10,,\n"), saved.substring(saved.length() - 200));
        assertTrue(saved.contains("ファイル種類,No.,項目名,必須,属性,桁数,書式,コード,備考\n"), "the author's column");
        assertTrue(saved.contains("UPPLAN,8,プラン担当者名,,フリーテキスト,,,,要確認\n"), "its cell, with the item (now No.8)");
        assertTrue(saved.contains("UPPLAN,4,新しい項目,,フリーテキスト,,,\n"), saved.lines().filter(l -> l.startsWith("UPPLAN,4")).toList().toString());
        assertTrue(!saved.contains("\r"), "LF line ends, as written");
    }
}
