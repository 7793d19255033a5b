/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;

import jp.careplan.csv.FileNames;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.PlanActualComparison;
import jp.careplan.ui.internal.ExchangeFiles;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 予実突合: select a 第6表 予定 (UPPLAN) or 実績 (UPJSK) in the exchange folder and this view sets the plan
 * against what was delivered in the same month between the same two offices (every version of each side, each
 * user's rows from the newest that speaks of the user, or exactly the files selected when both sides are). Above, one line per user
 * across the month; below, that user's rows aligned by day, service and provider with each difference
 * named: 予定のみ (not delivered), 実績のみ (not planned), 時間変更, 回数変更. Only what the 実績 speaks for is compared
 * (its sender and the providers its rows name; under 4.x names its サービス種類): a 予定 carries every provider's visits
 * of its users, and the planned rows of the others are counted in the heading, not called 予定のみ
 * ({@link PlanActualComparison.Scope}). Files are read in the background.
 */
public final class PlanActualView extends ComparisonView {

    public static final String ID = "jp.careplan.ui.views.planActual";

    @Override
    protected String[] ids() {
        return new String[] { WidgetIds.PLAN_ACTUAL_FILES, WidgetIds.PLAN_ACTUAL_USERS, WidgetIds.PLAN_ACTUAL_ROWS };
    }

    @Override
    protected String hint() {
        return Messages.PlanActualView_hint;
    }

    @Override
    protected ComparisonTables.Words words() {
        return new ComparisonTables.Words(Messages.PlanActualView_planned, Messages.PlanActualView_delivered,
                Messages.PlanActualView_matched, Messages.PlanActualView_missing, Messages.PlanActualView_extra,
                Messages.PlanActualView_shifted, Messages.PlanActualView_countChanged, Messages.PlanActualView_planTime,
                Messages.PlanActualView_actualTime, Messages.PlanActualView_planCount, Messages.PlanActualView_actualCount,
                Messages.PlanActualView_match, Messages.PlanActualView_allMatch, Messages.PlanActualView_summaryLine);
    }

    @Override
    protected void selected(ISelection selection) {
        ExchangeView exchange = exchange();
        if (!(selection instanceof IStructuredSelection structured) || exchange == null) {
            return;
        }
        List<ExchangeView.Row> chosen = structured.stream().filter(ExchangeView.Row.class::isInstance)
                .map(ExchangeView.Row.class::cast).filter(row -> row.standard() && isSchedule(row)).toList();
        if (!chosen.isEmpty()) {
            // both sides selected: exactly those files; else the month's versions of each side
            boolean exactly = chosen.stream().map(row -> name(row).getKind()).distinct().count() == 2;
            List<ExchangeView.Row> plans = sides(chosen, exchange.rows(), "UPPLAN", "UPJSK", exactly);
            List<ExchangeView.Row> actuals = sides(chosen, exchange.rows(), "UPJSK", "UPPLAN", exactly);
            compare(paths(plans), paths(actuals), PlanActualComparison.Scope.of(names(plans), names(actuals)));
        }
    }

    private static List<Path> paths(List<ExchangeView.Row> rows) {
        return rows.stream().map(ExchangeView.Row::path).toList();
    }

    private static List<FileName> names(List<ExchangeView.Row> rows) {
        return rows.stream().map(PlanActualView::name).toList();
    }

    /**
     * The files of one side, oldest first (by ファイル連番): with both sides selected, those selected; else every version
     * (月途中変更) of the kind for the month between the offices of the first selected file — of this side, or of the
     * other the way back — so that a user the newest version does not name keeps the rows of an older one.
     */
    private static List<ExchangeView.Row> sides(List<ExchangeView.Row> chosen, List<ExchangeView.Row> all, String kind, String other,
            boolean exactly) {
        List<ExchangeView.Row> selected = chosen.stream().filter(row -> kind.equals(name(row).getKind())).toList();
        if (!exactly) {
            FileName pattern = name(chosen.get(0));
            boolean reversed = other.equals(pattern.getKind());
            selected = all.stream().filter(row -> row.standard() && kind.equals(name(row).getKind()))
                    .filter(row -> FileNames.sameMonthAndOffices(name(row), pattern, reversed)).toList();
        }
        return selected.stream().sorted(Comparator.comparing(row -> String.valueOf(name(row).getSerial()))).toList();
    }

    private static FileName name(ExchangeView.Row row) {
        return row.file().getName();
    }

    private static boolean isSchedule(ExchangeView.Row row) {
        String kind = name(row).getKind();
        return "UPPLAN".equals(kind) || "UPJSK".equals(kind);
    }

    /**
     * Reads the files in the background and shows their comparison within what the 実績 speaks for: the planned rows
     * of other providers (or kinds) are left out, and the heading says how many. The files of a side are its versions,
     * oldest first: each user's rows come from the newest that speaks of the user (月途中変更).
     */
    public void compare(List<Path> plans, List<Path> actuals, PlanActualComparison.Scope scope) {
        String files = NLS.bind(Messages.PlanActualView_files, fileNames(plans), fileNames(actuals));
        compare(files, () -> PlanActualComparison.of(ExchangeFiles.current(plans), ExchangeFiles.current(actuals), scope),
                result -> result, result -> {
                    if (result.notConcerned() > 0) {
                        heading().setText(files + "\n" + NLS.bind(actuals.isEmpty() ? Messages.PlanActualView_notConcernedNoActual
                                : Messages.PlanActualView_notConcerned, result.notConcerned(), String.join(", ", result.providers())));
                        heading().getParent().layout(true);
                    }
                });
    }

    private static String fileNames(List<Path> paths) {
        return paths.isEmpty() ? Messages.PlanActualView_none
                : paths.stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", "));
    }
}
