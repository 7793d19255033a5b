/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;

import jp.careplan.ui.internal.editors.ScheduleEditor;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** The 第6表 calendar editor as a user works it: arrows to a day, type a count, Enter, Ctrl+Z, Ctrl+S. */
final class ScheduleEditorPage {

    private final ScheduleEditor editor;

    private ScheduleEditorPage(ScheduleEditor editor) {
        this.editor = editor;
    }

    /** Waits for the active editor to be a calendar editor that has read its file. */
    static ScheduleEditorPage active() {
        return new ScheduleEditorPage(EditorPage.active(ScheduleEditor.class));
    }

    ScheduleEditor editor() {
        return editor;
    }

    NatTable grid() {
        return UiThread.call(editor::grid);
    }

    /** The text of a body cell: a day (0-based column) or 合計 of a line or of 日計. */
    String cell(int column, int row) {
        return UiThread.call(() -> editor.cellText(column, row));
    }

    /** The configuration labels of a body cell: how it is shaded and whether it is editable. */
    java.util.List<String> labels(int column, int row) {
        return UiThread.call(() -> editor.cellLabels(column, row));
    }

    String columnTitle(int column) {
        return UiThread.call(() -> editor.columnTitle(column));
    }

    String lineTitle(int column, int row) {
        return UiThread.call(() -> editor.lineTitle(column, row));
    }

    /** The selected body cell as {@code column,row}. */
    String selectedCell() {
        return UiThread.call(editor::selectedCell);
    }

    /** From the first day of the first line (where the editor opens), moves with the arrow keys. */
    ScheduleEditorPage moveFromStart(int days, int lines) {
        UiThread.run(() -> {
            editor.getSite().getPage().activate(editor);
            editor.grid().setFocus();
        });
        Wait.until(Condition.of(() -> "0,0".equals(editor.selectedCell()) && editor.grid().isFocusControl(),
                () -> "the grid to have the focus on its first cell; selected: " + editor.selectedCell()));
        Keyboard.press(SWT.ARROW_RIGHT, days);
        Keyboard.press(SWT.ARROW_DOWN, lines);
        String expected = days + "," + lines;
        Wait.until(Condition.of(() -> expected.equals(editor.selectedCell()),
                () -> "the arrows to select " + expected + "; selected: " + editor.selectedCell()));
        return this;
    }

    /** Types into the selected cell and confirms with Enter. */
    ScheduleEditorPage typeAndEnter(String text) {
        Keyboard.type(text);
        Keyboard.pressEnter();
        return this;
    }

    boolean dirty() {
        return UiThread.call(editor::isDirty);
    }
}

