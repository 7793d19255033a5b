/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.CareplanResource;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.PlanActualComparison;
import jp.careplan.model.schedule.PlanActualComparison.Difference;
import jp.careplan.model.schedule.PlanActualComparison.Entry;
import jp.careplan.model.schedule.PlanActualComparison.Summary;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 予実突合: select a 第6表 予定 (UPPLAN) or 実績 (UPJSK) in the exchange folder and this view sets the plan
 * against what was delivered in the same month between the same two offices (the newest file of each
 * side by ファイル連番, or exactly the files selected when both sides are). Above, one line per user
 * across the month; below, that user's rows aligned by day, service and provider with each difference
 * named: 予定のみ (not delivered), 実績のみ (not planned), 時間変更, 回数変更. Files are read in the background.
 */
public final class PlanActualView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.planActual";

    private Label files;
    private TableViewer summaries;
    private TableViewer entries;
    private PlanActualComparison comparison;
    private Job job;
    private int generation;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        files = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.PLAN_ACTUAL_FILES);
        files.setText(Messages.PlanActualView_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(files);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        summaries = table(sash, WidgetIds.PLAN_ACTUAL_USERS);
        column(summaries, Messages.PlanActualView_insured, 110, (Summary s) -> s.user().insuredNumber());
        column(summaries, Messages.PlanActualView_planned, 60, (Summary s) -> Integer.toString(s.planned()));
        column(summaries, Messages.PlanActualView_delivered, 60, (Summary s) -> Integer.toString(s.delivered()));
        column(summaries, Messages.PlanActualView_matched, 60, (Summary s) -> Integer.toString(s.matched()));
        column(summaries, Messages.PlanActualView_missing, 80, (Summary s) -> Integer.toString(s.missing()));
        column(summaries, Messages.PlanActualView_extra, 80, (Summary s) -> Integer.toString(s.extra()));
        column(summaries, Messages.PlanActualView_shifted, 80, (Summary s) -> Integer.toString(s.timeShifted()));
        column(summaries, Messages.PlanActualView_countChanged, 80, (Summary s) -> Integer.toString(s.countChanged()));
        column(summaries, Messages.PlanActualView_verdict, 320, PlanActualView::summaryLine);
        summaries.addSelectionChangedListener(event -> showEntries());

        entries = table(sash, WidgetIds.PLAN_ACTUAL_ROWS);
        column(entries, Messages.PlanActualView_day, 50, (Entry e) -> Integer.toString(e.day().getDayOfMonth()));
        column(entries, Messages.PlanActualView_service, 100, Entry::serviceCode);
        column(entries, Messages.PlanActualView_provider, 100, Entry::providerCode);
        column(entries, Messages.PlanActualView_planTime, 100, (Entry e) -> times(e.plan()));
        column(entries, Messages.PlanActualView_actualTime, 100, (Entry e) -> times(e.actual()));
        column(entries, Messages.PlanActualView_planCount, 60, (Entry e) -> e.plan() == null ? "" : e.plan().getServiceCount());
        column(entries, Messages.PlanActualView_actualCount, 60, (Entry e) -> e.actual() == null ? "" : e.actual().getServiceCount());
        column(entries, Messages.PlanActualView_verdict, 220, PlanActualView::verdict);
        sash.setWeights(1, 2);

        getSite().getPage().addSelectionListener(ExchangeView.ID, selectionListener);
        ISelection current = getSite().getPage().getSelection(ExchangeView.ID);
        if (current != null) {
            selectionChanged(null, current);
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        ExchangeView exchange = (ExchangeView) getSite().getPage().findView(ExchangeView.ID);
        List<ExchangeView.Row> chosen = structured.stream().filter(ExchangeView.Row.class::isInstance)
                .map(ExchangeView.Row.class::cast).filter(row -> row.file() != null && isSchedule(row)).toList();
        if (chosen.isEmpty() || exchange == null) {
            return;
        }
        List<Path> plans = sides(chosen, exchange.rows(), "UPPLAN", "UPJSK");
        List<Path> actuals = sides(chosen, exchange.rows(), "UPJSK", "UPPLAN");
        compare(plans, actuals);
    }

    /**
     * The files of one side: those selected, else the newest (by ファイル連番) of the kind for the same month
     * between the same offices as the first selected file of the other side.
     */
    private static List<Path> sides(List<ExchangeView.Row> chosen, List<ExchangeView.Row> all, String kind, String other) {
        List<Path> selected = chosen.stream().filter(row -> kind.equals(name(row).getKind())).map(ExchangeView.Row::path).toList();
        if (!selected.isEmpty()) {
            return selected;
        }
        FileName pattern = chosen.stream().map(PlanActualView::name).filter(n -> other.equals(n.getKind())).findFirst()
                .orElseThrow();
        return all.stream().filter(row -> row.file() != null && kind.equals(name(row).getKind()))
                .filter(row -> Objects.equals(name(row).getMonth(), pattern.getMonth())
                        && Objects.equals(name(row).getSenderOffice(), pattern.getReceiverOffice())
                        && Objects.equals(name(row).getReceiverOffice(), pattern.getSenderOffice()))
                .max(Comparator.comparing(row -> name(row).getSerial())).map(ExchangeView.Row::path).stream().toList();
    }

    private static FileName name(ExchangeView.Row row) {
        return row.file().getName();
    }

    private static boolean isSchedule(ExchangeView.Row row) {
        String kind = name(row).getKind();
        return "UPPLAN".equals(kind) || "UPJSK".equals(kind);
    }

    /** Reads the files in the background and shows their comparison. */
    public void compare(List<Path> plans, List<Path> actuals) {
        int started = ++generation;
        if (job != null) {
            job.cancel();
        }
        files.setText(NLS.bind(Messages.PlanActualView_files, fileNames(plans), fileNames(actuals)));
        files.getParent().layout(true);
        job = Job.create(Messages.PlanActualView_reading, monitor -> {
            List<Record> planned = read(plans);
            List<Record> delivered = read(actuals);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            PlanActualComparison result = PlanActualComparison.of(planned, delivered);
            files.getDisplay().asyncExec(() -> {
                if (started == generation && !summaries.getControl().isDisposed()) {
                    show(result);
                }
            });
            return (IStatus) Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule();
    }

    private static List<Record> read(List<Path> paths) {
        List<Record> records = new ArrayList<>();
        for (Path path : paths) {
            try {
                CareplanResource resource = (CareplanResource) new ResourceSetImpl()
                        .getResource(URI.createFileURI(path.toString()), true);
                records.addAll(resource.document().getRecords());
            } catch (RuntimeException e) {
                // an unreadable file adds nothing here; the exchange view's check reports why
            }
        }
        return records;
    }

    private void show(PlanActualComparison result) {
        comparison = result;
        summaries.setInput(result.summaries());
        if (!result.summaries().isEmpty()) {
            summaries.getTable().setSelection(0);
        }
        showEntries();
    }

    private void showEntries() {
        Object selected = summaries.getStructuredSelection().getFirstElement();
        entries.setInput(selected instanceof Summary summary && comparison != null ? comparison.entries(summary.user())
                : List.of());
    }

    /** The comparison shown, for tests. */
    public PlanActualComparison comparison() {
        return comparison;
    }

    private static String fileNames(List<Path> paths) {
        return paths.isEmpty() ? Messages.PlanActualView_none
                : paths.stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", "));
    }

    private static String times(ServiceUseRow row) {
        if (row == null) {
            return "";
        }
        return clock(row.getStartTime()) + "–" + clock(row.getEndTime());
    }

    private static String clock(String hhmm) {
        return hhmm != null && hhmm.length() == 4 && !"9999".equals(hhmm) ? hhmm.substring(0, 2) + ":" + hhmm.substring(2)
                : String.valueOf(hhmm);
    }

    static String verdict(Entry entry) {
        if (entry.isMatch()) {
            return Messages.PlanActualView_match;
        }
        Map<Difference, String> texts = new LinkedHashMap<>();
        texts.put(Difference.MISSING, Messages.PlanActualView_missing);
        texts.put(Difference.EXTRA, Messages.PlanActualView_extra);
        texts.put(Difference.TIME_SHIFTED, Messages.PlanActualView_shifted);
        texts.put(Difference.COUNT_CHANGED, Messages.PlanActualView_countChanged);
        return texts.entrySet().stream().filter(text -> entry.differences().contains(text.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining("・"));
    }

    static String summaryLine(Summary summary) {
        if (summary.isClean()) {
            return NLS.bind(Messages.PlanActualView_allMatch, summary.matched());
        }
        return NLS.bind(Messages.PlanActualView_summaryLine, new Object[] { summary.planned(), summary.delivered(),
                summary.missing(), summary.extra(), summary.timeShifted(), summary.countChanged() });
    }

    private static TableViewer table(Composite parent, String id) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = WidgetIds.tag(viewer.getTable(), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    @SuppressWarnings("unchecked")
    private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((T) element);
            }

            @Override
            public Color getForeground(Object element) {
                boolean differs = element instanceof Entry entry ? !entry.isMatch()
                        : element instanceof Summary summary && !summary.isClean();
                return differs ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    @Override
    public void setFocus() {
        summaries.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(ExchangeView.ID, selectionListener);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
