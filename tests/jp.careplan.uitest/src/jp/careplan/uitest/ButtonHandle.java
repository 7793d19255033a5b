/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import org.eclipse.swt.widgets.Button;

/** A push button as a user works it: focus it and press the space bar. (SWTBot's {@code SWTBotButton.click}.) */
public final class ButtonHandle {

    private final Button button;

    ButtonHandle(Button button) {
        this.button = button;
    }

    public Button widget() {
        return button;
    }

    public boolean isEnabled() {
        return UiThread.call(button::isEnabled);
    }

    /** Presses the button with the keyboard. */
    public ButtonHandle click() {
        Wait.forFocus(button, "the button \"" + UiThread.call(button::getText) + "\"");
        Keyboard.press(' ', ' ');
        return this;
    }
}
