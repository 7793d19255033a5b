/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.SyntheticExchange;
import jp.careplan.fixtures.SyntheticCarePlan2;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.CarePlanFormEditor;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TextHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** 第1表 and 第2表 in the form editor: laid out as the paper forms, edited with one undo history. */
class CarePlanFormEditorTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    private CarePlanFormEditor open(Path folder) {
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(1);
        page.files().select(0).focus();
        Keyboard.pressEnter();
        CarePlanFormEditor editor = EditorPage.active(CarePlanFormEditor.class);
        return editor;
    }

    @Test
    void the2ndTableShowsNeedsGoalsAndSupportsAsThePaperForm(@TempDir Path folder) throws Exception {
        FileLayout layout = ScheduleEditorTest.layout("UP2KYO");
        SyntheticRecords generator = new SyntheticRecords(91);
        Files.write(folder.resolve("UP2KYO_1370000001_1370000002_20250201090000.CSV"), SyntheticRecords.encode(layout, List.of(
                SyntheticCarePlan2.row(generator, layout, "1", "自宅で入浴したい", "1", "一人で入浴できる", "浴槽をまたげる", "1", "入浴介助"),
                SyntheticCarePlan2.row(generator, layout, "1", "", "1", "", "", "2", "福祉用具の選定"),
                SyntheticCarePlan2.row(generator, layout, "2", "食事を楽しみたい", "1", "栄養状態を保つ", "", "1", "配食"))));

        CarePlanFormEditor editor = open(folder);

        Tree tree = bot.find(Tree.class, WidgetIds.FORM_TREE);
        List<String> lines = UiThread.call(() -> {
            List<String> texts = new ArrayList<>();
            collect(tree.getItems(), 0, texts);
            return texts;
        });
        assertEquals(List.of("0:0000012345　20250201", "1:自宅で入浴したい", "2:/一人で入浴できる/浴槽をまたげる", "3://入浴介助",
                "3://福祉用具の選定", "1:食事を楽しみたい", "2:/栄養状態を保つ/", "3://配食"), lines);
        assertTrue(UiThread.call(() -> tree.getColumn(0).getText()).contains("課題"), "columns carry the standard's item names");
        bot.withMaximized(editor, () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("care-plan-2.png")));
    }

    /** Depth, then the texts of 課題 or 長期目標/短期目標 or サービス内容, as the form prints them. */
    private static void collect(TreeItem[] items, int depth, List<String> out) {
        for (TreeItem item : items) {
            String text = switch (depth) {
            case 0, 1 -> item.getText(0);
            case 2 -> "/" + item.getText(1) + "/" + item.getText(3);
            default -> "//" + item.getText(5);
            };
            out.add(depth + ":" + text);
            collect(item.getItems(), depth + 1, out);
        }
    }

    @Test
    void textTypedButNotYetConfirmedMakesTheEditorDirtyAndIsSaved(@TempDir Path folder) throws Exception {
        new SyntheticExchange(93, RecordsEditorTest.v3()).write(folder, "UP1KYO", null, "1370000001", null, "1370000002", null,
                "20250201090000");
        CarePlanFormEditor editor = open(folder);
        CarePlan1 plan = UiThread.call(() -> (CarePlan1) editor.resource().document().getRecords().get(0));
        TextHandle policy = bot.textWithId(WidgetIds.FORM_FIELD_PREFIX + "overallPolicy");

        policy.focus().replaceText("夜間の見守りを加える");
        Wait.until(Condition.of(editor::isDirty, () -> "the editor to be dirty while the text is typed"));
        Keyboard.pressWithCtrl('s'); // still in the field

        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "Ctrl+S to save what was typed"));
        assertEquals("夜間の見守りを加える", plan.getOverallPolicy());
        java.nio.file.Path file = UiThread.call(() -> ((jp.careplan.ui.internal.editors.RecordsEditorInput) editor.getEditorInput()).path());
        assertTrue(new String(Files.readAllBytes(file), java.nio.charset.Charset.forName("windows-31j")).contains("夜間の見守りを加える"),
                "the text is in the saved file");
    }

    @Test
    void aParagraphOfThe1stTableIsEditedAsOneUndoableChange(@TempDir Path folder) throws Exception {
        new SyntheticExchange(92, RecordsEditorTest.v3()).write(folder, "UP1KYO", null, "1370000001", null, "1370000002", null,
                "20250201090000");
        CarePlanFormEditor editor = open(folder);
        CarePlan1 plan = UiThread.call(() -> (CarePlan1) editor.resource().document().getRecords().get(0));
        String before = plan.getOverallPolicy();
        TextHandle policy = bot.textWithId(WidgetIds.FORM_FIELD_PREFIX + "overallPolicy");
        assertEquals(before == null ? "" : before, policy.text(), "the field shows the record's 総合的な援助の方針");

        policy.focus().replaceText("週２回の訪問介護で入浴を支える");
        bot.tableWithId(WidgetIds.FORM_PLANS).focus(); // leaving the field keeps the text

        Wait.until(Condition.of(() -> "週２回の訪問介護で入浴を支える".equals(plan.getOverallPolicy()), () -> "the text to reach the record"));
        assertTrue(UiThread.call(editor::isDirty));
        bot.withMaximized(editor, () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("care-plan-1.png")));
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> java.util.Objects.equals(before, plan.getOverallPolicy()), () -> "Ctrl+Z to undo the change"));
        Wait.until(Condition.of(() -> policy.widget().getText().equals(before == null ? "" : before), () -> "the field to follow"));
    }
}
