/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.CareplanResource;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.MonthOverview;
import jp.careplan.model.schedule.MonthOverview.Pair;
import jp.careplan.model.schedule.PlanActualComparison;
import jp.careplan.ui.internal.CheckResults;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.validation.ExchangeCheck;

/**
 * 月の状況: for a month of the exchange folder, each pair of a 居宅介護支援事業所 and a サービス事業所 (per サービス種類 under
 * 4.x names) with its 予定 and 実績 — 実績未着, 差異あり, 予定なし, 一致 — from the folder's latest check (the records it read;
 * nothing is read again), so that a care manager sees before 給付管理 which providers' 実績 are missing or differ, and a
 * provider's clerk which 実績 are still to be sent. Enter on a pair sets its 予定 against its 実績 in 予実突合.
 */
public final class MonthView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.month";

    private Combo month;
    private Label summary;
    private TableViewer table;
    private List<MonthOverview.File> files = List.of();
    private Map<FileName, Path> paths = new IdentityHashMap<>();
    /** Where the files of the pairs shown are (the check the pairs were made from, not a newer one still compared). */
    private Map<FileName, Path> shownPaths = Map.of();
    private final Consumer<ExchangeCheck.Result> checked = this::show;
    private Job job;
    private int generation;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
        Label label = new Label(parent, SWT.NONE);
        label.setText(Messages.Month_month);
        month = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), WidgetIds.MONTH_MONTH);
        month.addListener(SWT.Selection, event -> showPairs());
        summary = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.MONTH_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(table.getTable(), WidgetIds.MONTH_PAIRS);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Columns.<Pair>add(table, Messages.Month_status, 100, pair -> status(pair.status()), this::colour, pair -> null);
        Columns.<Pair>add(table, Messages.Month_careOffice, 110, Pair::careOffice);
        Columns.<Pair>add(table, Messages.Month_provider, 110, Pair::provider);
        Columns.<Pair>add(table, Messages.Month_providerName, 170, Pair::providerName);
        Columns.<Pair>add(table, Messages.Month_kind, 50, Pair::kind);
        Columns.<Pair>add(table, Messages.Month_plan, 150, pair -> side(pair.plans()));
        Columns.<Pair>add(table, Messages.Month_actual, 150, pair -> pair.actuals().isEmpty() ? Messages.Month_notYet : side(pair.actuals()));
        Columns.<Pair>add(table, Messages.Month_users, 60, pair -> Integer.toString(pair.users()));
        Columns.<Pair>add(table, Messages.Month_differing, 100, pair -> pair.plans().isEmpty() || pair.actuals().isEmpty() ? ""
                : Integer.toString(pair.differingUsers()));
        Columns.<Pair>add(table, Messages.Month_notes, 280, this::notes);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table.getTable());
        // Enter or a double click: the pair's 予定 against its 実績 in 予実突合
        table.addOpenListener(event -> compareSelected());

        CheckResults.getDefault().addListener(checked);
        show(CheckResults.getDefault().latest());
    }

    /** Takes the 予定, 実績 and deletions of the latest check; the months they speak of go into the month's list. */
    private void show(ExchangeCheck.Result result) {
        if (table == null || table.getTable().isDisposed()) {
            return;
        }
        List<MonthOverview.File> read = new ArrayList<>();
        Map<FileName, Path> where = new IdentityHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (result != null) {
            for (ExchangeCheck.FileReport report : result.files()) {
                // a second file of a name (CSV-NAME-COPY, CSV-NAME-TWICE) comes after the first and is not in a unit
                if (report.file() == null || report.file().getName() == null || !seen.add(report.name().toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                FileName name = report.file().getName();
                CareplanResource resource = report.resource();
                read.add(new MonthOverview.File(name, resource != null && resource.isComplete() ? resource.document().getRecords() : null));
                where.put(name, report.path());
            }
        }
        files = read;
        paths = where;
        String chosen = month.getText();
        List<String> months = MonthOverview.months(files);
        month.setItems(months.toArray(String[]::new));
        if (!months.isEmpty()) {
            month.select(Math.max(0, months.indexOf(chosen)));
        }
        showPairs();
    }

    /**
     * The pairs of the month chosen, and their count per status: compared in the background (a folder of many users'
     * months is many comparisons), a newer choice or check cancelling the older.
     */
    private void showPairs() {
        String chosen = month.getText();
        int started = ++generation;
        if (job != null) {
            job.cancel();
        }
        Map<FileName, Path> where = paths;
        if (chosen.isEmpty()) {
            fill(chosen, List.of(), where);
            return;
        }
        List<MonthOverview.File> of = files;
        org.eclipse.swt.widgets.Display display = table.getControl().getDisplay();
        job = Job.create(NLS.bind(Messages.Month_job, chosen), monitor -> {
            List<Pair> pairs = MonthOverview.of(of, chosen);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                if (started == generation && !table.getControl().isDisposed()) {
                    fill(chosen, pairs, where);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Shows the pairs a comparison gave, with the paths of the check they were made from. */
    private void fill(String chosen, List<Pair> pairs, Map<FileName, Path> where) {
        shownPaths = where;
        table.setInput(pairs);
        if (chosen.isEmpty()) {
            summary.setText(CheckResults.getDefault().latest() == null ? Messages.Month_noCheck : Messages.Month_none);
        } else {
            long[] counts = new long[MonthOverview.Status.values().length];
            pairs.forEach(pair -> counts[pair.status().ordinal()]++);
            summary.setText(NLS.bind(Messages.Month_summary, new Object[] { pairs.size(), counts[MonthOverview.Status.NO_ACTUAL.ordinal()],
                    counts[MonthOverview.Status.DIFFERS.ordinal()], counts[MonthOverview.Status.NO_PLAN.ordinal()],
                    counts[MonthOverview.Status.MATCHES.ordinal()], counts[MonthOverview.Status.UNREAD.ordinal()],
                    counts[MonthOverview.Status.WITHDRAWN.ordinal()] }));
        }
        summary.getParent().layout(true);
    }

    /** 予実突合 of the selected pair: its versions of each side, within what its 実績 speaks for. */
    public void compareSelected() {
        if (!(table.getStructuredSelection().getFirstElement() instanceof Pair pair)) {
            return;
        }
        if (java.util.stream.Stream.concat(pair.plans().stream(), pair.actuals().stream()).anyMatch(name -> !shownPaths.containsKey(name))) {
            return;
        }
        try {
            PlanActualView view = (PlanActualView) getSite().getPage().showView(PlanActualView.ID);
            view.compare(pair.plans().stream().map(shownPaths::get).toList(), pair.actuals().stream().map(shownPaths::get).toList(),
                    PlanActualComparison.Scope.of(pair.plans(), pair.actuals()));
        } catch (PartInitException e) {
            ILog.of(MonthView.class).warn("予実突合 could not be shown: " + e.getClass().getName());
        }
    }

    private static String side(List<FileName> versions) {
        if (versions.isEmpty()) {
            return "";
        }
        String newest = String.valueOf(versions.get(versions.size() - 1).getSerial());
        return versions.size() == 1 ? newest : NLS.bind(Messages.Month_versions, versions.size(), newest);
    }

    private String notes(Pair pair) {
        List<String> notes = new ArrayList<>();
        if (pair.comparison().notConcerned() > 0) {
            notes.add(NLS.bind(Messages.Month_notConcerned, pair.comparison().notConcerned()));
        }
        if (pair.deletions() > 0) {
            notes.add(NLS.bind(Messages.Month_deletions, pair.deletions()));
        }
        return String.join("　", notes);
    }

    private static String status(MonthOverview.Status status) {
        return switch (status) {
        case UNREAD -> Messages.Month_status_UNREAD;
        case NO_ACTUAL -> Messages.Month_status_NO_ACTUAL;
        case DIFFERS -> Messages.Month_status_DIFFERS;
        case NO_PLAN -> Messages.Month_status_NO_PLAN;
        case MATCHES -> Messages.Month_status_MATCHES;
        case WITHDRAWN -> Messages.Month_status_WITHDRAWN;
        };
    }

    /** Dark red for what cannot be trusted or differs, dark yellow for what is missing, dark green for agreement, grey withdrawn. */
    private Color colour(Pair pair) {
        int colour = switch (pair.status()) {
        case UNREAD, DIFFERS -> SWT.COLOR_DARK_RED;
        case NO_ACTUAL, NO_PLAN -> SWT.COLOR_DARK_YELLOW;
        case MATCHES -> SWT.COLOR_DARK_GREEN;
        case WITHDRAWN -> SWT.COLOR_DARK_GRAY;
        };
        return table.getControl().getDisplay().getSystemColor(colour);
    }

    /** The pairs shown, for tests. */
    public List<Pair> pairs() {
        return table.getInput() instanceof List<?> list ? list.stream().map(Pair.class::cast).toList() : List.of();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        CheckResults.getDefault().removeListener(checked);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
