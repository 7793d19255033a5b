/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import org.eclipse.swt.widgets.Button;

/**
 * A check box as a user works it: focus it and press the space bar. (The shape of SWTBot's
 * {@code SWTBotCheckBox}: {@code isChecked}, {@code select}, {@code deselect}.)
 */
public final class CheckBoxHandle {

    private final Button button;

    CheckBoxHandle(Button button) {
        this.button = button;
    }

    public Button widget() {
        return button;
    }

    public boolean isChecked() {
        return UiThread.call(button::getSelection);
    }

    /** Checks the box with the keyboard unless it is checked; waits until it is. */
    public CheckBoxHandle select() {
        return toggleTo(true);
    }

    /** Clears the box with the keyboard unless it is clear; waits until it is. */
    public CheckBoxHandle deselect() {
        return toggleTo(false);
    }

    private CheckBoxHandle toggleTo(boolean checked) {
        if (isChecked() != checked) {
            Wait.forFocus(button, "the check box \"" + UiThread.call(button::getText) + "\"");
            Keyboard.press(' ', ' ');
            Wait.until(Condition.of(() -> button.getSelection() == checked,
                    () -> "the check box \"" + button.getText() + "\" to be " + (checked ? "checked" : "clear")));
        }
        return this;
    }
}
