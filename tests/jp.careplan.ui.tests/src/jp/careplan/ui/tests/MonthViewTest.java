/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static jp.careplan.ui.tests.ScheduleEditorTest.CARE_OFFICE;
import static jp.careplan.ui.tests.ScheduleEditorTest.DAY_CARE_OFFICE;
import static jp.careplan.ui.tests.ScheduleEditorTest.FEBRUARY;
import static jp.careplan.ui.tests.ScheduleEditorTest.HOME_HELP_OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.fixtures.SyntheticSchedule;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.MonthView;
import jp.careplan.ui.internal.views.PlanActualView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * 月の状況: the care office sent February's 予定 to a home-help and a day-care office; the home-help office's 実績 came
 * back with differences, the day-care office's has not come. The view lists both pairs with their status, and Enter on a
 * pair sets its 予定 against its 実績 in 予実突合.
 */
class MonthViewTest {

    private final Bot bot = new Bot();

    @Test
    void eachPairOfOfficesSaysWhetherItsActualHasComeAndEnterComparesIt(@TempDir Path folder) throws Exception {
        SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE,
                "20250125090000", ScheduleEditorTest.plannedVisits());
        SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPPLAN"), FEBRUARY, CARE_OFFICE, DAY_CARE_OFFICE,
                "20250125090100", ScheduleEditorTest.plannedVisits());
        Path actual = SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPJSK"), FEBRUARY, HOME_HELP_OFFICE, CARE_OFFICE,
                "20250303170000", PlanActualViewTest.deliveredVisits());
        // the same 実績 once more as .csv (CSV-NAME-COPY, a warning): one file of the pair, not a file not read
        String name = actual.getFileName().toString();
        java.nio.file.Files.copy(actual, folder.resolve(name.substring(0, name.length() - 4) + ".csv"));
        ExchangeViewPage.open(bot).openFolder(folder).waitForCheck();

        MonthView view = (MonthView) bot.showView(MonthView.ID).activate().part();
        TableHandle pairs = bot.tableWithId(WidgetIds.MONTH_PAIRS).waitForRows(2);

        assertEquals(List.of("202502"), bot.comboWithId(WidgetIds.MONTH_MONTH).items());
        assertEquals(List.of("差異あり", "実績未着"), List.of(pairs.cell(0, "状態"), pairs.cell(1, "状態")));
        assertEquals(List.of(HOME_HELP_OFFICE, DAY_CARE_OFFICE), List.of(pairs.cell(0, "サービス事業所"), pairs.cell(1, "サービス事業所")));
        assertEquals(List.of(CARE_OFFICE, CARE_OFFICE), List.of(pairs.cell(0, "居宅介護支援事業所"), pairs.cell(1, "居宅介護支援事業所")));
        assertEquals(List.of("20250125090000", "20250303170000", "2", "1"),
                List.of(pairs.cell(0, "予定（ファイル連番）"), pairs.cell(0, "実績（ファイル連番）"), pairs.cell(0, "利用者"), pairs.cell(0, "差異のある利用者")));
        assertEquals("未着", pairs.cell(1, "実績（ファイル連番）"));
        assertEquals("事業所の組 2：実績未着 1、差異あり 1、予定なし 0、一致 0、読めないファイルあり 0、取り下げ済み 0", bot.labelTextWithId(WidgetIds.MONTH_SUMMARY));
        // the day-care office's 予定 speaks of the home-help visits too: not that office's to report
        assertTrue(pairs.cell(1, "備考").startsWith("ほかの事業所・種類の予定 5 行は対象外"), pairs.cell(1, "備考"));
        bot.withMaximized(view, () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("month-view.png")));

        pairs.select(0).focus();
        Keyboard.pressEnter();
        PlanActualView planActual = (PlanActualView) bot.view(PlanActualView.ID).part();
        Wait.until(Condition.of(() -> planActual.comparison() != null && planActual.comparison().summaries().size() == 2
                && !planActual.comparison().summaries().get(0).isClean(), () -> "予実突合 of the home-help pair"));
        assertEquals(1, UiThread.call(() -> planActual.comparison().summaries().stream().filter(s -> !s.isClean()).count()).intValue());
    }
}
