/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.model.schedule.PlanActualComparison;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * What 予実突合 and 月途中変更 share: a heading naming the files compared, the two {@link ComparisonTables}, the
 * workbench selection followed (the folder and 送信単位 views), and the files read and aligned in a job — one at
 * a time, a newer selection cancelling the older.
 */
abstract class ComparisonView extends ViewPart {

    private Label heading;
    private ComparisonTables tables;
    private Job job;
    private int generation;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (part != this) {
            selected(selection);
        }
    };

    /** The id of the heading, the hint it shows first, and the ids of the two tables. */
    protected abstract String[] ids();

    protected abstract String hint();

    protected abstract ComparisonTables.Words words();

    /** Compares what the selection points at, if it points at a 第6表 (see {@link #compare}). */
    protected abstract void selected(ISelection selection);

    @Override
    public final void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        heading = WidgetIds.tag(new Label(parent, SWT.WRAP), ids()[0]);
        heading.setText(hint());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        tables = new ComparisonTables(parent, words(), ids()[1], ids()[2]);
        getSite().getPage().addSelectionListener(selectionListener);
        ISelection current = getSite().getPage().getSelection(ExchangeView.ID);
        if (current != null) {
            selected(current);
        }
    }

    /**
     * Shows {@code title} and, once {@code work} has run in the background, its comparison; {@code done} then
     * sees the result on the UI thread (to complete the heading, say). An earlier comparison still running is
     * cancelled and its result ignored.
     */
    protected <R> void compare(String title, Supplier<R> work, java.util.function.Function<R, PlanActualComparison> shown,
            Consumer<R> done) {
        int started = ++generation;
        if (job != null) {
            job.cancel();
        }
        heading.setText(title);
        heading.getParent().layout(true);
        org.eclipse.swt.widgets.Display display = heading.getDisplay();
        job = Job.create(Messages.PlanActualView_reading, monitor -> {
            R result = work.get();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                if (started == generation && !tables.isDisposed()) {
                    done.accept(result);
                    tables.show(shown.apply(result));
                }
            });
            return (IStatus) Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Shows a message instead of a comparison (nothing to compare). */
    protected void nothing(String message) {
        generation++;
        heading.setText(message);
        tables.show(PlanActualComparison.of(java.util.List.of(), java.util.List.of()));
    }

    protected Label heading() {
        return heading;
    }

    /** The comparison shown, for tests. */
    public PlanActualComparison comparison() {
        return tables.comparison();
    }

    /** The folder view, whose files a selection is found among; {@code null} when it is closed. */
    protected ExchangeView exchange() {
        return getSite().getPage().findView(ExchangeView.ID) instanceof ExchangeView view ? view : null;
    }

    @Override
    public void setFocus() {
        tables.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
