/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.r6.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.table3.ui.internal.WeeklyPlanEditor;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;
import jp.careplan.ui.tests.EditorPage;
import jp.careplan.ui.tests.ExchangeViewPage;

/**
 * 第3表 in the weekly editor the extension bundle jp.careplan.table3.ui contributes for UP3KYO: one user's week laid
 * out as the form (services in the hours they cover, 主な日常生活上の活動, entries without a time, 週単位以外のサービス),
 * worked with the keyboard: the focused cell's entries are the selection, Insert adds an entry there, Delete removes
 * the cell's entries, Ctrl+Z undoes; the file is written back as read.
 */
class WeeklyPlanEditorTest {

    /** The row of entries without a time, after the 24 hours. */
    private static final int UNTIMED = 24;

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    private static List<String> row(String insured, String day, String start, String end, String content, String activity,
            String activityStart, String activityEnd, String other) {
        return new ArrayList<>(Arrays.asList("202407", "131001", insured, "20250401", "20250325", content, day, start, end, activity,
                activityStart, activityEnd, other));
    }

    @Test
    void theWeekIsLaidOutAsTheFormAndEditedWithTheKeyboard(@TempDir Path folder) throws Exception {
        FileLayout layout = LayoutRegistry.getDefault().resolve("UP3KYO", "202407", null).layout();
        byte[] bytes = SyntheticRecords.encode(layout, List.of(
                row("1000000001", "1", "0900", "1000", "訪問介護（身体介護）", null, null, null, null),
                row("1000000001", "3", "1330", "1500", "通所介護", null, null, null, null),
                row("1000000001", null, null, null, null, "起床・朝食", "0700", "0730", null),
                row("1000000001", "5", null, null, "訪問看護", null, null, null, null),
                row("1000000001", null, null, null, null, null, null, null, "福祉用具貸与（車いす）"),
                row("1000000002", "2", "1000", "1100", "訪問入浴介護", null, null, null, null)));
        Path file = Files.write(folder.resolve("UP3KYO_1370000001_43_1370000002_11_20250401090000.CSV"), bytes);
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(1);
        page.files().select(0).focus();
        Keyboard.pressEnter();

        ModelEditor editor = EditorPage.active(ModelEditor.class);
        assertEquals(WeeklyPlanEditor.ID, UiThread.call(() -> editor.getSite().getId()),
                "the editor jp.careplan.table3.ui names for UP3KYO");
        Table grid = bot.find(Table.class, "weekly.grid");
        Wait.until(Condition.of(() -> cell(grid, 9, "月").equals("9:00–10:00 訪問介護（身体介護）"),
                () -> "the first user's Monday service at 9:00; shown: " + cell(grid, 9, "月")));
        assertEquals("13:30–15:00 通所介護", cell(grid, 13, "水"));
        assertEquals("〃 通所介護", cell(grid, 14, "水"));
        assertEquals("", cell(grid, 15, "水"), "it ends at 15:00");
        assertEquals("7:00–7:30 起床・朝食", cell(grid, 7, "主な日常生活上の活動"));
        assertEquals("訪問看護", cell(grid, UNTIMED, "金"), "an entry without a time keeps its row");
        assertEquals("", cell(grid, 10, "火"), "the other user's plan is not mixed in");
        org.eclipse.swt.widgets.List others = bot.find(org.eclipse.swt.widgets.List.class, "weekly.nonWeekly");
        assertEquals(List.of("福祉用具貸与（車いす）"), UiThread.call(() -> List.of(others.getItems())));
        bot.withMaximized(editor, () -> {
            UiThread.run(() -> grid.setTopIndex(6));
            Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("weekly-editor.png"));
        });

        // to 月 9:00 with the arrow keys: its entry is the selection
        UiThread.run(() -> {
            grid.setFocus();
            grid.setSelection(9);
        });
        Keyboard.press(SWT.ARROW_RIGHT, '\0');
        Wait.until(Condition.of(() -> selected(editor).size() == 1
                && "訪問介護（身体介護）".equals(value(selected(editor).get(0), "serviceContent")),
                () -> "the Monday 9:00 entry to be the selection; selected: " + selected(editor).size()));

        // Insert on 火 9:00 adds an entry there; Ctrl+Z takes it back
        Keyboard.press(SWT.ARROW_RIGHT, '\0');
        Keyboard.press(SWT.INSERT, '\0');
        Wait.until(Condition.of(() -> cell(grid, 9, "火").startsWith("9:00–10:00 "), () -> "a new entry on Tuesday at 9:00"));
        assertTrue(UiThread.call(editor::isDirty));
        assertEquals(7, (int) UiThread.call(() -> editor.resource().document().getRecords().size()));
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> cell(grid, 9, "火").isEmpty() && !editor.isDirty(), () -> "Ctrl+Z to take the entry back"));

        // Delete on 月 9:00 removes its entry; Ctrl+Z brings it back
        Keyboard.press(SWT.ARROW_LEFT, '\0');
        Keyboard.press(SWT.DEL, '\0');
        Wait.until(Condition.of(() -> cell(grid, 9, "月").isEmpty(), () -> "Delete to remove the Monday entry"));
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> cell(grid, 9, "月").equals("9:00–10:00 訪問介護（身体介護）") && !editor.isDirty(),
                () -> "Ctrl+Z to bring the Monday entry back"));

        // 週単位以外のサービス: its line is the selection; Insert adds a line, Ctrl+Z takes it back
        UiThread.run(() -> {
            others.setFocus();
            others.setSelection(0);
        });
        Keyboard.press(SWT.ARROW_DOWN, '\0'); // (stays on the one line; makes the keyboard's selection event)
        Wait.until(Condition.of(() -> selected(editor).size() == 1
                && "福祉用具貸与（車いす）".equals(value(selected(editor).get(0), "nonWeeklyService")),
                () -> "the 週単位以外のサービス line to be the selection"));
        Keyboard.press(SWT.INSERT, '\0');
        Wait.until(Condition.of(() -> others.getItemCount() == 2, () -> "a new 週単位以外のサービス line"));
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> others.getItemCount() == 1 && !editor.isDirty(), () -> "Ctrl+Z to take the line back"));

        assertArrayEquals(bytes, UiThread.call(() -> {
            try {
                return editor.resource().toBytes(java.util.Map.of());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }), "written back byte for byte");
        assertArrayEquals(bytes, Files.readAllBytes(file), "reading never changes the file");
    }

    private static String cell(Table grid, int row, String column) {
        return UiThread.call(() -> {
            int index = Arrays.stream(grid.getColumns()).map(c -> c.getText()).toList().indexOf(column);
            return grid.getItem(row).getText(index);
        });
    }

    private static List<Record> selected(ModelEditor editor) {
        return UiThread.call(() -> ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList().stream()
                .map(Record.class::cast).toList());
    }

    private static String value(Record record, String feature) {
        return String.valueOf(record.eGet(record.eClass().getEStructuralFeature(feature)));
    }
}
