/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** Any editor of an exchange file, once it is the active editor and has read its file. */
public final class EditorPage {

    private EditorPage() {
    }

    /** Waits for the active editor to be one of the given class that has read its file, and returns it. */
    public static <E extends ModelEditor> E active(Class<E> type) {
        Wait.until(Condition.of(() -> type.isInstance(activeEditor()),
                () -> "a " + type.getSimpleName() + " to be the active editor; it is " + activeEditor()));
        E editor = UiThread.call(() -> type.cast(activeEditor()));
        Wait.until(Condition.of(editor::isLoaded, () -> "the editor to read its file"));
        return editor;
    }

    /** Closes every editor, discarding changes (a test's clean-up). */
    public static void closeAll() {
        UiThread.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
    }

    public static IEditorPart activeEditor() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
    }
}
