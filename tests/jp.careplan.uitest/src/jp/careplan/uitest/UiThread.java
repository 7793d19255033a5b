/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Runs code on the workbench's UI thread from a test thread and hands back results and failures. */
public final class UiThread {

    private UiThread() {
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** Runs {@code action} on the UI thread and waits for it; its exceptions are rethrown here. */
    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Starts {@code action} on the UI thread without waiting: for what blocks there, such as opening a
     * modal dialog (SWTBot's {@code asyncExec}).
     */
    public static void start(Runnable action) {
        display().asyncExec(action);
    }

    /** Computes a value on the UI thread; its exceptions are rethrown here. */
    public static <T> T call(Supplier<T> computation) {
        Display display = display();
        if (Thread.currentThread() == display.getThread()) {
            return computation.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(computation.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return result.get();
    }
}
