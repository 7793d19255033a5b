/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

/** A {@link Condition} that did not hold in time; the message is the condition's own. */
public final class TimeoutException extends AssertionError {

    private static final long serialVersionUID = 1L;

    public TimeoutException(String message) {
        super(message);
    }
}
