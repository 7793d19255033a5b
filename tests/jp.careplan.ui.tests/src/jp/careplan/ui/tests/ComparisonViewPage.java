/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import java.util.List;
import java.util.stream.IntStream;

import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.PlanActualView;
import jp.careplan.ui.internal.views.RevisionView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.TableHandle;

/** The 予実突合 and 月途中変更 views as a user reads them: a heading, a line per user, the user's aligned rows. */
final class ComparisonViewPage {

    private final Bot bot;
    private final Bot.ViewHandle view;
    private final String headingId;
    private final String usersId;
    private final String rowsId;

    private ComparisonViewPage(Bot bot, Bot.ViewHandle view, String headingId, String usersId, String rowsId) {
        this.bot = bot;
        this.view = view;
        this.headingId = headingId;
        this.usersId = usersId;
        this.rowsId = rowsId;
    }

    /** Opens 予実突合 (Window › Show View). */
    static ComparisonViewPage planActual(Bot bot) {
        return new ComparisonViewPage(bot, bot.showView(PlanActualView.ID), WidgetIds.PLAN_ACTUAL_FILES,
                WidgetIds.PLAN_ACTUAL_USERS, WidgetIds.PLAN_ACTUAL_ROWS);
    }

    /** Opens 月途中変更 (Window › Show View). */
    static ComparisonViewPage revision(Bot bot) {
        return new ComparisonViewPage(bot, bot.showView(RevisionView.ID), WidgetIds.REVISION_FILES, WidgetIds.REVISION_USERS,
                WidgetIds.REVISION_ROWS);
    }

    Bot.ViewHandle view() {
        return view;
    }

    /** The line per user: 被保険者番号, counts, 判定. */
    TableHandle users() {
        return bot.tableWithId(usersId);
    }

    /** The selected user's rows, aligned by day, service and provider. */
    TableHandle rows() {
        return bot.tableWithId(rowsId);
    }

    /** Which files are compared (and which version is current). */
    String heading() {
        return bot.labelTextWithId(headingId);
    }

    /** A column of the rows, top to bottom. */
    List<String> rowColumn(String title) {
        TableHandle rows = rows();
        return IntStream.range(0, rows.rowCount()).mapToObj(row -> rows.cell(row, title)).toList();
    }
}
