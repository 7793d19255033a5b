/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.ScheduleRevision;
import jp.careplan.ui.internal.ExchangeFiles;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 月途中変更: select a 第6表 (予定 or 実績) of which the folder holds another version — same kind, month, sender
 * and receiver, another ファイル連番 — and this view shows what the newer version changes for each of its
 * users (days, services, providers, times, counts: 削除, 追加, 時間変更, 回数変更) and which version is current
 * (the highest 連番; a user the newer version does not speak of keeps the older rows).
 */
public final class RevisionView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.revision";

    private Label files;
    private ComparisonTables tables;
    private Job job;
    private int generation;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        files = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.REVISION_FILES);
        files.setText(Messages.RevisionView_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(files);
        tables = new ComparisonTables(parent, new ComparisonTables.Words(Messages.RevisionView_older, Messages.RevisionView_newer,
                Messages.RevisionView_unchanged, Messages.RevisionView_removed, Messages.RevisionView_added,
                Messages.PlanActualView_shifted, Messages.PlanActualView_countChanged, Messages.RevisionView_olderTime,
                Messages.RevisionView_newerTime, Messages.RevisionView_olderCount, Messages.RevisionView_newerCount,
                Messages.RevisionView_unchanged, Messages.RevisionView_allUnchanged, Messages.RevisionView_summaryLine),
                WidgetIds.REVISION_USERS, WidgetIds.REVISION_ROWS);
        getSite().getPage().addSelectionListener(selectionListener);
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof ExchangeView.Row row) || row.file() == null) {
            return;
        }
        ExchangeView exchange = (ExchangeView) getSite().getPage().findView(ExchangeView.ID);
        FileName name = row.file().getName();
        if (exchange == null || !("UPPLAN".equals(name.getKind()) || "UPJSK".equals(name.getKind()))) {
            return;
        }
        List<ExchangeView.Row> versions = exchange.rows().stream().filter(other -> other.file() != null)
                .filter(other -> sameSchedule(name, other.file().getName()))
                .sorted(Comparator.comparing((ExchangeView.Row other) -> other.file().getName().getSerial())).toList();
        int index = versions.indexOf(row);
        if (versions.size() < 2 || index < 0) {
            generation++;
            files.setText(Messages.RevisionView_single);
            tables.show(jp.careplan.model.schedule.PlanActualComparison.of(List.of(), List.of()));
            return;
        }
        ExchangeView.Row older = index > 0 ? versions.get(index - 1) : row;
        ExchangeView.Row newer = index > 0 ? row : versions.get(1);
        compare(older, newer, versions.get(versions.size() - 1));
    }

    private static boolean sameSchedule(FileName a, FileName b) {
        return Objects.equals(a.getKind(), b.getKind()) && Objects.equals(a.getMonth(), b.getMonth())
                && Objects.equals(a.getSenderOffice(), b.getSenderOffice())
                && Objects.equals(a.getReceiverOffice(), b.getReceiverOffice());
    }

    private void compare(ExchangeView.Row older, ExchangeView.Row newer, ExchangeView.Row current) {
        int started = ++generation;
        if (job != null) {
            job.cancel();
        }
        String heading = NLS.bind(Messages.RevisionView_files, new Object[] { older.path().getFileName(),
                newer.path().getFileName(), current.file().getName().getSerial() });
        files.setText(heading);
        job = Job.create(Messages.PlanActualView_reading, monitor -> {
            List<Record> before = ExchangeFiles.read(List.of(older.path()));
            List<Record> after = ExchangeFiles.read(List.of(newer.path()));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            ScheduleRevision revision = ScheduleRevision.of(before, after);
            files.getDisplay().asyncExec(() -> {
                if (started == generation && !tables.isDisposed()) {
                    files.setText(revision.untouched().isEmpty() ? heading
                            : heading + NLS.bind(Messages.RevisionView_untouched, revision.untouched().size()));
                    files.getParent().layout(true);
                    tables.show(revision.changes());
                }
            });
            return (IStatus) Status.OK_STATUS;
        });
        job.schedule();
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
