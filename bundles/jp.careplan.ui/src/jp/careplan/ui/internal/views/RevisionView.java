/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;

import jp.careplan.csv.FileNames;
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
public final class RevisionView extends ComparisonView {

    public static final String ID = "jp.careplan.ui.views.revision";

    @Override
    protected String[] ids() {
        return new String[] { WidgetIds.REVISION_FILES, WidgetIds.REVISION_USERS, WidgetIds.REVISION_ROWS };
    }

    @Override
    protected String hint() {
        return Messages.RevisionView_hint;
    }

    @Override
    protected ComparisonTables.Words words() {
        return new ComparisonTables.Words(Messages.RevisionView_older, Messages.RevisionView_newer,
                Messages.RevisionView_unchanged, Messages.RevisionView_removed, Messages.RevisionView_added,
                Messages.PlanActualView_shifted, Messages.PlanActualView_countChanged, Messages.RevisionView_olderTime,
                Messages.RevisionView_newerTime, Messages.RevisionView_olderCount, Messages.RevisionView_newerCount,
                Messages.RevisionView_unchanged, Messages.RevisionView_allUnchanged, Messages.RevisionView_summaryLine);
    }

    @Override
    protected void selected(ISelection selection) {
        ExchangeView exchange = exchange();
        if (!(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof ExchangeView.Row row) || !row.standard() || exchange == null) {
            return;
        }
        FileName name = row.file().getName();
        if (!("UPPLAN".equals(name.getKind()) || "UPJSK".equals(name.getKind()))) {
            return;
        }
        List<ExchangeView.Row> versions = exchange.rows().stream().filter(ExchangeView.Row::standard)
                .filter(other -> sameSchedule(name, other.file().getName()))
                .sorted(Comparator.comparing((ExchangeView.Row other) -> other.file().getName().getSerial())).toList();
        int index = versions.indexOf(row);
        if (versions.size() < 2 || index < 0) {
            nothing(Messages.RevisionView_single);
            return;
        }
        ExchangeView.Row older = index > 0 ? versions.get(index - 1) : row;
        ExchangeView.Row newer = index > 0 ? row : versions.get(1);
        String heading = NLS.bind(Messages.RevisionView_files, new Object[] { older.path().getFileName(),
                newer.path().getFileName(), versions.get(versions.size() - 1).file().getName().getSerial() });
        compare(heading, () -> ScheduleRevision.of(ExchangeFiles.read(List.of(older.path())), ExchangeFiles.read(List.of(newer.path()))),
                ScheduleRevision::changes, revision -> {
                    if (!revision.untouched().isEmpty()) {
                        heading().setText(heading + NLS.bind(Messages.RevisionView_untouched, revision.untouched().size()));
                        heading().getParent().layout(true);
                    }
                });
    }

    /** Versions of one month's 第6表: the same kind, month, offices and サービス種類コード (a 4.x name's). */
    private static boolean sameSchedule(FileName a, FileName b) {
        return Objects.equals(a.getKind(), b.getKind()) && FileNames.sameMonthAndOffices(a, b, false);
    }
}
