/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import org.eclipse.core.runtime.SubMonitor;

import jp.careplan.validation.ExchangeCheck;

/** A check's progress shown by a job's monitor: each file read is a step named by the file, and Cancel stops it. */
public final class CheckProgress implements ExchangeCheck.Progress {

    private final SubMonitor monitor;

    public CheckProgress(SubMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void reading(String fileName) {
        monitor.subTask(fileName);
        monitor.worked(1);
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
