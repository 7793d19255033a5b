/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import org.eclipse.swt.widgets.Text;

/** A text field: focus it, replace its text, confirm with Enter (a posted key event). */
public final class TextHandle {

    private final Text text;

    TextHandle(Text text) {
        this.text = text;
    }

    public Text widget() {
        return text;
    }

    public String text() {
        return UiThread.call(text::getText);
    }

    /** Gives the field the keyboard focus and waits until it has it. */
    public TextHandle focus() {
        Wait.forFocus(text, "the text field");
        return this;
    }

    /**
     * Replaces the text, as a paste over a selection would (the content changes through the widget,
     * so Modify listeners run), leaving the caret at the end.
     */
    public TextHandle replaceText(String value) {
        UiThread.run(() -> {
            text.selectAll();
            text.insert(value);
        });
        return this;
    }

    /** Focuses the field and presses Enter, as a user confirming what was typed. */
    public TextHandle pressEnter() {
        focus();
        Keyboard.pressEnter();
        return this;
    }
}
