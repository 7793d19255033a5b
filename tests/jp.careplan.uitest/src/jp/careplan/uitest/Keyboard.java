/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Types as a user does: key events posted to the display's event queue ({@code Display.post}),
 * so they go through the platform's input handling to the focused widget.
 */
public final class Keyboard {

    private Keyboard() {
    }

    /** Presses and releases a key: a character, or an SWT key code such as {@code SWT.F5}. */
    public static void press(int keyCode, char character) {
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
    }

    /** Presses a key with Ctrl held, e.g. Ctrl+Z. */
    public static void pressWithCtrl(char key) {
        post(SWT.KeyDown, SWT.CTRL, '\0');
        post(SWT.KeyDown, key, key);
        post(SWT.KeyUp, key, key);
        post(SWT.KeyUp, SWT.CTRL, '\0');
    }

    /** Presses a key with Ctrl and Shift held, e.g. Ctrl+Shift+Z (Redo on GTK). */
    public static void pressWithCtrlShift(char key) {
        post(SWT.KeyDown, SWT.CTRL, '\0');
        post(SWT.KeyDown, SWT.SHIFT, '\0');
        post(SWT.KeyDown, key, key);
        post(SWT.KeyUp, key, key);
        post(SWT.KeyUp, SWT.SHIFT, '\0');
        post(SWT.KeyUp, SWT.CTRL, '\0');
    }

    /** Types characters one key at a time (ASCII letters, digits and punctuation without Shift). */
    public static void type(String text) {
        for (char c : text.toCharArray()) {
            press(c, c);
        }
    }

    /** Presses a key a number of times, e.g. an arrow key to move through a grid. */
    public static void press(int keyCode, int times) {
        for (int i = 0; i < times; i++) {
            press(keyCode);
        }
    }

    public static void pressEnter() {
        press(SWT.CR, '\r');
    }

    public static void press(int keyCode) {
        press(keyCode, '\0');
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        boolean posted = UiThread.call(() -> Boolean.valueOf(UiThread.display().post(event)));
        if (!posted) {
            throw new AssertionError("The display refused a posted key event (keyCode " + keyCode + ")");
        }
    }
}
