/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static jp.careplan.ui.tests.ScheduleEditorTest.CARE_OFFICE;
import static jp.careplan.ui.tests.ScheduleEditorTest.DAY_CARE_OFFICE;
import static jp.careplan.ui.tests.ScheduleEditorTest.FEBRUARY;
import static jp.careplan.ui.tests.ScheduleEditorTest.HOME_HELP_OFFICE;
import static jp.careplan.ui.tests.ScheduleEditorTest.USER_1;
import static jp.careplan.ui.tests.ScheduleEditorTest.USER_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.fixtures.SyntheticSchedule;
import jp.careplan.fixtures.SyntheticSchedule.Visit;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.Wait;

/** 予実突合 on a generated 予定 and 実績 of February 2025 with one difference of each kind for user 1. */
class PlanActualViewTest {

    private final Bot bot = new Bot();

    /** What was delivered: user 1's plan with a shifted visit, a changed count, a missed day and an extra one. */
    static List<Visit> deliveredVisits() {
        return List.of(new Visit(USER_1, 3, "111111", HOME_HELP_OFFICE, "0900", "1000", "1"),
                new Visit(USER_1, 10, "111111", HOME_HELP_OFFICE, "1030", "1130", "1"),
                new Visit(USER_1, 17, "111111", HOME_HELP_OFFICE, "0900", "1000", "2"),
                new Visit(USER_1, 20, "111111", HOME_HELP_OFFICE, "0900", "1000", "1"),
                new Visit(USER_1, 5, "151111", DAY_CARE_OFFICE, "0930", "1600", "1"),
                new Visit(USER_2, 4, "111111", HOME_HELP_OFFICE, "1400", "1500", "2"),
                new Visit(USER_2, 11, "111111", HOME_HELP_OFFICE, "1400", "1500", "2"));
    }

    private static void writePlan(Path folder, String serial, List<Visit> visits) throws java.io.IOException {
        SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE, serial, visits);
    }

    private static void writeActual(Path folder) throws java.io.IOException {
        SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPJSK"), FEBRUARY, HOME_HELP_OFFICE, CARE_OFFICE,
                "20250303170000", deliveredVisits());
    }

    /** Opens the folder of {@code files} files and selects the file in row {@code row}: 予実突合 follows the selection. */
    private ComparisonViewPage select(Path folder, int files, int row) {
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(files);
        ComparisonViewPage planActual = ComparisonViewPage.planActual(bot);
        page.view().activate();
        page.files().select(row);
        return planActual;
    }

    @Test
    void selectingAPlanShowsEachUsersDifferencesWithTheDeliveredMonth(@TempDir Path folder) throws Exception {
        writePlan(folder, "20250125090000", ScheduleEditorTest.plannedVisits());
        writeActual(folder);
        ComparisonViewPage planActual = select(folder, 2, 0); // the 予定, first in 取込順序

        TableHandle users = planActual.users();
        users.waitForRows(2);
        assertEquals(List.of(USER_1, "5", "5", "2", "1", "1", "1", "1"), users.rows().get(0).subList(0, 8));
        assertEquals("予定 5 件・実績 5 件：予定のみ 1、実績のみ 1、時間変更 1、回数変更 1", users.cell(0, "判定"));
        assertEquals(USER_2, users.cell(1, "被保険者番号"));
        assertEquals("すべて一致（2 件）", users.cell(1, "判定"));

        TableHandle rows = planActual.rows();
        rows.waitForRows(6);
        assertEquals(List.of("3", "5", "10", "12", "17", "20"), planActual.rowColumn("日"));
        assertEquals(List.of("一致", "一致", "時間変更", "予定のみ", "回数変更", "実績のみ"), planActual.rowColumn("判定"));
        assertEquals(List.of("09:00–10:00", "10:30–11:30"), List.of(rows.cell(2, "予定時間"), rows.cell(2, "実績時間")));
        assertEquals(List.of("1", "2"), List.of(rows.cell(4, "予定回数"), rows.cell(4, "実績回数")));
        assertEquals("", rows.cell(3, "実績時間"), "nothing delivered on the 12th");
        assertEquals("", rows.cell(5, "予定時間"), "nothing planned on the 20th");

        users.select(1);
        Wait.until(Condition.of(() -> rows.widget().getItemCount() == 2, () -> "user 2's two rows"));
        users.select(0);
        rows.waitForRows(6);
        bot.withMaximized(planActual.view().part(),
                () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("plan-actual-view.png")));
    }

    /**
     * 月途中変更: a second version of the 予定 speaks of user 1 only. Selecting it, user 2 keeps the rows of the first
     * version — before, the newest file alone was compared and user 2's visits were all 実績のみ.
     */
    @Test
    void theNewestVersionSelectedLeavesTheUsersItDoesNotNameTheirOlderRows(@TempDir Path folder) throws Exception {
        writePlan(folder, "20250125090000", ScheduleEditorTest.plannedVisits());
        writePlan(folder, "20250210090000", ScheduleEditorTest.plannedVisits().stream().filter(visit -> visit.insured().equals(USER_1)).toList());
        writeActual(folder);
        ComparisonViewPage planActual = select(folder, 3, 1); // the second version, in 取込順序 after the first

        TableHandle users = planActual.users();
        users.waitForRows(2);
        org.eclipse.swt.widgets.Label heading = bot.find(org.eclipse.swt.widgets.Label.class, jp.careplan.ui.internal.WidgetIds.PLAN_ACTUAL_FILES);
        Wait.until(Condition.of(() -> heading.getText().contains("20250125090000") && heading.getText().contains("20250210090000"),
                () -> "both versions named; the heading says " + heading.getText()));
        assertEquals("すべて一致（2 件）", users.cell(1, "判定"), "user 2's rows from the first version");
        assertEquals("予定 5 件・実績 5 件：予定のみ 1、実績のみ 1、時間変更 1、回数変更 1", users.cell(0, "判定"));
    }

    /**
     * A 予定 carries every provider's services of its users: set against the home-help office's 実績, the visits another
     * office was to make are not called 予定のみ (that office reports them in its own 実績), and the heading says how many
     * planned rows were left out, and for which office the 実績 speaks.
     */
    @Test
    void anotherProvidersPlannedVisitsAreNotCalledUndelivered(@TempDir Path folder) throws Exception {
        String nursingOffice = "1370000004";
        List<Visit> planned = new java.util.ArrayList<>(ScheduleEditorTest.plannedVisits());
        planned.add(new Visit(USER_2, 6, "131111", nursingOffice, "1000", "1030", "1"));
        planned.add(new Visit(USER_2, 13, "131111", nursingOffice, "1000", "1030", "1"));
        writePlan(folder, "20250125090000", planned);
        writeActual(folder);
        ComparisonViewPage planActual = select(folder, 2, 0);

        TableHandle users = planActual.users();
        users.waitForRows(2);
        jp.careplan.ui.internal.views.PlanActualView view = (jp.careplan.ui.internal.views.PlanActualView) planActual.view().part();
        Wait.until(Condition.of(() -> view.comparison() != null && view.comparison().notConcerned() == 2,
                () -> "the comparison to leave the nursing office's two visits out"));
        assertEquals("すべて一致（2 件）", users.cell(1, "判定"), "user 2's home help, all delivered");
        assertEquals("予定 5 件・実績 5 件：予定のみ 1、実績のみ 1、時間変更 1、回数変更 1", users.cell(0, "判定"));
        assertTrue(planActual.heading().contains("ほかの事業所（または種類）の予定 2 行は突き合わせていません"), planActual.heading());
        assertTrue(planActual.heading().contains("この実績: " + HOME_HELP_OFFICE + ", " + DAY_CARE_OFFICE), planActual.heading());
    }
}
