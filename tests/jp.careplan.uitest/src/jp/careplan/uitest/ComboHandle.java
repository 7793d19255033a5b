/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/**
 * A drop-down list as a user works it: focus it and move through its items with the arrow keys. (The shape of
 * SWTBot's {@code SWTBotCombo}: {@code items}, {@code selection}, {@code setSelection}.)
 */
public final class ComboHandle {

    private final Combo combo;

    ComboHandle(Combo combo) {
        this.combo = combo;
    }

    public Combo widget() {
        return combo;
    }

    public List<String> items() {
        return UiThread.call(() -> Arrays.asList(combo.getItems()));
    }

    public String selection() {
        return UiThread.call(combo::getText);
    }

    /** Chooses the item of the given text with the arrow keys; waits until it is chosen. */
    public ComboHandle setSelection(String item) {
        int target = items().indexOf(item);
        if (target < 0) {
            throw new IllegalArgumentException("no item \"" + item + "\" in " + items());
        }
        Wait.forFocus(combo, "the drop-down list");
        int current = UiThread.call(combo::getSelectionIndex);
        while (current != target) {
            int before = current;
            Keyboard.press(current < target ? SWT.ARROW_DOWN : SWT.ARROW_UP, '\0');
            Wait.until(Condition.of(() -> combo.getSelectionIndex() != before,
                    () -> "the drop-down list to move from item " + before));
            current = UiThread.call(combo::getSelectionIndex);
        }
        return this;
    }
}
