/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Waits for {@link Condition}s without sleeping: the condition is evaluated on the UI thread by a
 * display timer every {@value #POLL_MILLIS} ms while the test thread awaits a latch, so the UI keeps
 * running and the wait ends as soon as the state is reached.
 */
public final class Wait {

    /** How long a condition may take unless a test says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final int POLL_MILLIS = 25;

    private Wait() {
    }

    public static void until(Condition condition) {
        until(condition, DEFAULT_TIMEOUT);
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @throws TimeoutException with the condition's failure message when it does not hold in time
     */
    public static void until(Condition condition, Duration timeout) {
        Display display = UiThread.display();
        if (Thread.currentThread() == display.getThread()) {
            throw new IllegalStateException("Wait.until runs on a test thread (useUIThread=false), not on the UI thread");
        }
        CountDownLatch reached = new CountDownLatch(1);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                if (cancelled.get() || display.isDisposed()) {
                    return;
                }
                try {
                    if (condition.test()) {
                        reached.countDown();
                        return;
                    }
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                    reached.countDown();
                    return;
                }
                display.timerExec(POLL_MILLIS, this);
            }
        };
        display.asyncExec(poll);
        boolean done;
        try {
            done = reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        cancelled.set(true);
        if (failure.get() != null) {
            throw new AssertionError("The condition failed while waiting: " + failure.get(), failure.get());
        }
        if (!done) {
            String message = UiThread.call(condition::failureMessage);
            throw new TimeoutException("Timed out after " + timeout.toMillis() + " ms: " + message);
        }
    }

    /** Gives a control the keyboard focus, as a click on it would, and waits until it has it. */
    static void forFocus(Control control, String what) {
        UiThread.run(control::setFocus);
        until(Condition.of(control::isFocusControl,
                () -> what + " to have the keyboard focus; focus is on " + control.getDisplay().getFocusControl()));
    }
}
