/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.schedule.PlanActualComparison;
import jp.careplan.model.schedule.PlanActualComparison.Difference;
import jp.careplan.model.schedule.PlanActualComparison.Entry;
import jp.careplan.model.schedule.PlanActualComparison.Summary;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * Two tables over an alignment of 第6表 rows (予実突合, 月途中変更): above, one line per user across the month;
 * below, the selected user's rows aligned by day, service and provider with each difference named. The
 * words (予定/実績, 旧/新, ...) are the caller's.
 */
final class ComparisonTables {

    /** What the two sides and the differences are called. */
    record Words(String left, String right, String matched, String missing, String extra, String shifted,
            String countChanged, String leftTime, String rightTime, String leftCount, String rightCount, String match,
            String allMatch, String summaryLine) {
    }

    private final Words words;
    private final TableViewer summaries;
    private final TableViewer entries;
    private PlanActualComparison comparison;

    ComparisonTables(Composite parent, Words words, String usersId, String rowsId) {
        this.words = words;
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        summaries = table(sash, usersId);
        column(summaries, Messages.PlanActualView_insured, 110, (Summary s) -> s.user().insuredNumber());
        column(summaries, words.left(), 60, (Summary s) -> Integer.toString(s.planned()));
        column(summaries, words.right(), 60, (Summary s) -> Integer.toString(s.delivered()));
        column(summaries, words.matched(), 70, (Summary s) -> Integer.toString(s.matched()));
        column(summaries, words.missing(), 80, (Summary s) -> Integer.toString(s.missing()));
        column(summaries, words.extra(), 80, (Summary s) -> Integer.toString(s.extra()));
        column(summaries, words.shifted(), 80, (Summary s) -> Integer.toString(s.timeShifted()));
        column(summaries, words.countChanged(), 80, (Summary s) -> Integer.toString(s.countChanged()));
        column(summaries, Messages.PlanActualView_verdict, 360, this::summaryLine);
        summaries.addSelectionChangedListener(event -> showEntries());

        entries = table(sash, rowsId);
        column(entries, Messages.PlanActualView_day, 50, (Entry e) -> Integer.toString(e.day().getDayOfMonth()));
        column(entries, Messages.PlanActualView_service, 100, Entry::serviceCode);
        column(entries, Messages.PlanActualView_provider, 100, Entry::providerCode);
        column(entries, words.leftTime(), 100, (Entry e) -> times(e.plan()));
        column(entries, words.rightTime(), 100, (Entry e) -> times(e.actual()));
        column(entries, words.leftCount(), 70, (Entry e) -> e.plan() == null ? "" : e.plan().getServiceCount());
        column(entries, words.rightCount(), 70, (Entry e) -> e.actual() == null ? "" : e.actual().getServiceCount());
        column(entries, Messages.PlanActualView_verdict, 220, this::verdict);
        sash.setWeights(1, 2);
    }

    void show(PlanActualComparison result) {
        comparison = result;
        summaries.setInput(result.summaries());
        if (!result.summaries().isEmpty()) {
            summaries.getTable().setSelection(0);
        }
        showEntries();
    }

    PlanActualComparison comparison() {
        return comparison;
    }

    boolean isDisposed() {
        return summaries.getControl().isDisposed();
    }

    void setFocus() {
        summaries.getControl().setFocus();
    }

    private void showEntries() {
        Object selected = summaries.getStructuredSelection().getFirstElement();
        entries.setInput(selected instanceof Summary summary && comparison != null ? comparison.entries(summary.user())
                : List.of());
    }

    String verdict(Entry entry) {
        if (entry.isMatch()) {
            return words.match();
        }
        Map<Difference, String> texts = new LinkedHashMap<>();
        texts.put(Difference.MISSING, words.missing());
        texts.put(Difference.EXTRA, words.extra());
        texts.put(Difference.TIME_SHIFTED, words.shifted());
        texts.put(Difference.COUNT_CHANGED, words.countChanged());
        return texts.entrySet().stream().filter(text -> entry.differences().contains(text.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining("・"));
    }

    String summaryLine(Summary summary) {
        if (summary.isClean()) {
            return NLS.bind(words.allMatch(), summary.matched());
        }
        return NLS.bind(words.summaryLine(), new Object[] { summary.planned(), summary.delivered(), summary.missing(),
                summary.extra(), summary.timeShifted(), summary.countChanged() });
    }

    private static String times(ServiceUseRow row) {
        return row == null ? "" : clock(row.getStartTime()) + "–" + clock(row.getEndTime());
    }

    private static String clock(String hhmm) {
        return hhmm != null && hhmm.length() == 4 && !"9999".equals(hhmm) ? hhmm.substring(0, 2) + ":" + hhmm.substring(2)
                : String.valueOf(hhmm);
    }

    private static TableViewer table(Composite parent, String id) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = WidgetIds.tag(viewer.getTable(), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
        Columns.add(viewer, title, width, text, element -> differs(element)
                ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null, element -> null);
    }

    private static boolean differs(Object element) {
        return element instanceof Entry entry ? !entry.isMatch() : element instanceof Summary summary && !summary.isClean();
    }
}
