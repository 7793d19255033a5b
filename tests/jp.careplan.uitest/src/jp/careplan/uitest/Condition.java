/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

/**
 * Something a UI test waits for, with the sentence that explains a time-out. {@link #test()} runs on
 * the UI thread, so it may read widgets directly. (The shape of SWTBot's {@code ICondition}.)
 */
public interface Condition {

    /** Whether the awaited state has been reached; called on the UI thread. */
    boolean test();

    /** What was awaited and what was seen instead; called on the UI thread after a time-out. */
    String failureMessage();

    /** A condition from a test and a message. */
    static Condition of(java.util.function.BooleanSupplier test, java.util.function.Supplier<String> failureMessage) {
        return new Condition() {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }

            @Override
            public String failureMessage() {
                return failureMessage.get();
            }
        };
    }
}
