/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.fixtures.SyntheticSchedule;
import jp.careplan.fixtures.SyntheticSchedule.Visit;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** The 第6表 calendar editor on a generated 予定 of February 2025 (2 Feb Sunday, 11 and 23 holidays, 24 振替休日). */
class ScheduleEditorTest {

    static final YearMonth FEBRUARY = YearMonth.of(2025, 2);
    static final String CARE_OFFICE = "1370000001";
    static final String HOME_HELP_OFFICE = "1370000002";
    static final String DAY_CARE_OFFICE = "1370000003";
    static final String USER_1 = "0000000011";
    static final String USER_2 = "0000000012";

    /** Line 0: user 1's home help at 09:00 on the 3rd, 10th and 17th; line 1: day care; line 2: user 2. */
    static List<Visit> plannedVisits() {
        return List.of(new Visit(USER_1, 3, "111111", HOME_HELP_OFFICE, "0900", "1000", "1"),
                new Visit(USER_1, 10, "111111", HOME_HELP_OFFICE, "0900", "1000", "1"),
                new Visit(USER_1, 17, "111111", HOME_HELP_OFFICE, "0900", "1000", "1"),
                new Visit(USER_1, 5, "151111", DAY_CARE_OFFICE, "0930", "1600", "1"),
                new Visit(USER_1, 12, "151111", DAY_CARE_OFFICE, "0930", "1600", "1"),
                new Visit(USER_2, 4, "111111", HOME_HELP_OFFICE, "1400", "1500", "2"),
                new Visit(USER_2, 11, "111111", HOME_HELP_OFFICE, "1400", "1500", "2"));
    }

    static FileLayout layout(String kind) {
        return RecordsEditorTest.v3().getFileLayouts().stream().filter(l -> l.getKind().equals(kind)).findFirst().orElseThrow();
    }

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        UiThread.run(() -> org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
    }

    /** Writes the plan into the folder (beside what it holds) and opens it, first in 取込順序, with Enter. */
    private ScheduleEditorPage openPlan(Path folder) throws Exception {
        SyntheticSchedule.write(folder, layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE, "20250125090000",
                plannedVisits());
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            page.files().waitForRows((int) files.count());
        }
        page.files().select(0).focus();
        Keyboard.pressEnter();
        return ScheduleEditorPage.active();
    }

    @Test
    void aCountTypedInADayCellIsUndoneRedoneAndSavedChangingOnlyThatRecord(@TempDir Path folder) throws Exception {
        ScheduleEditorPage calendar = openPlan(folder);
        Path file = UiThread.call(() -> ((jp.careplan.ui.internal.editors.RecordsEditorInput) calendar.editor().getEditorInput()).path());
        List<String> before = Files.readAllLines(file, Charset.forName("windows-31j"));
        ServiceUseRow tenth = UiThread.call(() -> calendar.editor().calendar().lines().get(0).cell(10).get(0));

        calendar.moveFromStart(9, 0).typeAndEnter("3");

        Wait.until(Condition.of(() -> "3".equals(tenth.getServiceCount()),
                () -> "the count of the 10th to become 3; it is " + tenth.getServiceCount()));
        assertTrue(calendar.dirty());
        assertEquals("5", calendar.cell(28, 0), "the line's total: 1 + 3 + 1");

        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> "1".equals(tenth.getServiceCount()), () -> "Ctrl+Z to undo; the count is " + tenth.getServiceCount()));
        assertFalse(calendar.dirty());
        Keyboard.pressWithCtrlShift('z');
        Wait.until(Condition.of(() -> "3".equals(tenth.getServiceCount()), () -> "Ctrl+Shift+Z to redo; the count is " + tenth.getServiceCount()));

        Keyboard.pressWithCtrl('s');
        Wait.until(Condition.of(() -> !calendar.editor().isDirty(), () -> "Ctrl+S to save"));
        bot.withMaximized(calendar.editor(), () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("schedule-editor.png")));

        List<String> after = Files.readAllLines(file, Charset.forName("windows-31j"));
        assertEquals(before.size(), after.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(List.of(1), changed, "only the record of the 10th (the file's second line) changed");
        String[] was = before.get(1).split(",", -1);
        String[] now = after.get(1).split(",", -1);
        for (int column = 0; column < was.length; column++) {
            assertEquals(column == 13 ? "3" : was[column], now[column], "column No." + (column + 1));
        }
    }

    @Test
    void aCountTypedInAnEmptyDayAddsARecordLikeTheLinesOthersAndCtrlZTakesItAway(@TempDir Path folder) throws Exception {
        ScheduleEditorPage calendar = openPlan(folder);
        int before = UiThread.call(() -> calendar.editor().resource().document().getRecords().size());

        calendar.moveFromStart(23, 0).typeAndEnter("2"); // the 24th of user 1's home help: no visit planned

        Wait.until(Condition.of(() -> calendar.editor().resource().document().getRecords().size() == before + 1,
                () -> "a record to be added for the 24th"));
        jp.careplan.model.careplan.ServiceUseRow added = UiThread.call(() -> calendar.editor().calendar().lines().get(0).cell(24).get(0));
        assertEquals(List.of("20250224", "2", "111111", HOME_HELP_OFFICE, "0900", "1000"), List.of(added.getServiceDate(),
                added.getServiceCount(), added.getServiceCode(), added.getProviderCode(), added.getStartTime(), added.getEndTime()));
        assertEquals("2", calendar.cell(23, 0));
        assertEquals("5", calendar.cell(28, 0), "the line's total: 1 + 1 + 1 + 2");
        assertEquals("2", calendar.cell(23, 3), "the 24th's 日計");
        assertEquals(3, (int) UiThread.call(() -> calendar.editor().resource().document().getRecords().indexOf(added)),
                "the new record follows the line's record of the 17th in the file");

        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> calendar.editor().resource().document().getRecords().size() == before,
                () -> "Ctrl+Z to take the record away"));
        assertEquals("", calendar.cell(23, 0));
        assertEquals("", calendar.cell(23, 3));
        Keyboard.pressWithCtrlShift('z');
        Wait.until(Condition.of(() -> "2".equals(calendar.editor().cellText(23, 0)), () -> "Ctrl+Shift+Z to add it again"));
        assertEquals("5", calendar.cell(28, 0));
    }

    @Test
    void theDeliveredMonthIsShownUnderEachPlannedLineWithDifferingDaysMarked(@TempDir Path folder) throws Exception {
        SyntheticSchedule.write(folder, layout("UPJSK"), FEBRUARY, HOME_HELP_OFFICE, CARE_OFFICE, "20250303170000",
                PlanActualViewTest.deliveredVisits());
        ScheduleEditorPage calendar = openPlan(folder);

        bot.checkBoxWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SIDE_BY_SIDE).select();

        Wait.until(Condition.of(() -> calendar.editor().lineTitle(0, 1).contains("実績"), () -> "the 実績 line under the first line"));
        assertEquals(List.of("1", "1"), List.of(calendar.cell(2, 0), calendar.cell(2, 1)), "the 3rd: planned once, delivered once");
        assertFalse(calendar.labels(2, 0).contains("careplan.differs"));
        assertEquals(List.of("1", ""), List.of(calendar.cell(9, 0), calendar.cell(9, 1)), "the 10th was delivered at other times");
        assertTrue(calendar.labels(9, 0).contains("careplan.differs"));
        assertTrue(calendar.labels(9, 1).contains("careplan.other"));
        assertFalse(calendar.labels(2, 1).contains("careplan.editable"), "the other side is read-only");
        assertTrue(calendar.labels(2, 0).contains("careplan.editable"));
        bot.withMaximized(calendar.editor(),
                () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("schedule-side-by-side.png")));

        bot.checkBoxWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SIDE_BY_SIDE).deselect();
        Wait.until(Condition.of(() -> !calendar.editor().lineTitle(0, 1).contains("実績"), () -> "the plan alone again"));
    }

    /**
     * A 予定 carries every provider's visits of its users: beside the home-help office's 実績, the visits a nursing
     * office was to make get no 実績 line and no marked day (they are that office's to report), and the summary says so.
     */
    @Test
    void anotherProvidersPlannedLineIsNotSetBesideThisProvidersActual(@TempDir Path folder) throws Exception {
        String nursingOffice = "1370000004";
        List<Visit> planned = new java.util.ArrayList<>(plannedVisits());
        planned.add(new Visit(USER_2, 6, "131111", nursingOffice, "1000", "1030", "1"));
        SyntheticSchedule.write(folder, layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE, "20250125090000", planned);
        SyntheticSchedule.write(folder, layout("UPJSK"), FEBRUARY, HOME_HELP_OFFICE, CARE_OFFICE, "20250303170000",
                PlanActualViewTest.deliveredVisits());
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(2);
        page.files().select(0).focus();
        Keyboard.pressEnter();
        ScheduleEditorPage calendar = ScheduleEditorPage.active();

        bot.checkBoxWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SIDE_BY_SIDE).select();
        Wait.until(Condition.of(() -> calendar.editor().lineTitle(0, 1).contains("実績"), () -> "the 実績 line under the first line"));

        int nursing = UiThread.call(() -> {
            for (int row = 0; !"日計".equals(calendar.editor().lineTitle(0, row)); row++) {
                if (calendar.editor().lineTitle(2, row).startsWith(nursingOffice)) {
                    return row;
                }
            }
            return -1;
        });
        assertTrue(nursing >= 0, "the nursing office's line is shown");
        int line = nursing;
        assertEquals("1", calendar.cell(5, line), "its visit on the 6th");
        assertFalse(calendar.labels(5, line).contains("careplan.differs"), "not marked: not this 実績's to report");
        assertFalse(UiThread.call(() -> calendar.editor().lineTitle(0, line + 1)).contains("実績"), "no 実績 line under it");
        assertTrue(bot.labelTextWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SUMMARY).contains("ほかの事業所・種類の予定 1 行"),
                bot.labelTextWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SUMMARY));
        // the home-help line's 10th, delivered at other times, is still marked
        assertTrue(calendar.labels(9, 0).contains("careplan.differs"));
    }

    /**
     * 月途中変更: the 予定's second version speaks of user 1 only. Beside the 実績, user 2's line gets the first version's
     * plan — before, the newest 予定 alone was set beside it and user 2's delivered visits had no plan under them.
     */
    @Test
    void besideAnActualEachUserHasThePlanOfTheNewestVersionNamingTheUser(@TempDir Path folder) throws Exception {
        SyntheticSchedule.write(folder, layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE, "20250125090000", plannedVisits());
        SyntheticSchedule.write(folder, layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE, "20250210090000",
                plannedVisits().stream().filter(visit -> visit.insured().equals(USER_1)).toList());
        SyntheticSchedule.write(folder, layout("UPJSK"), FEBRUARY, HOME_HELP_OFFICE, CARE_OFFICE, "20250303170000",
                PlanActualViewTest.deliveredVisits());
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(3);
        page.files().select(2).focus(); // the 実績, last in 取込順序
        Keyboard.pressEnter();
        ScheduleEditorPage calendar = ScheduleEditorPage.active();

        bot.checkBoxWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SIDE_BY_SIDE).select();
        Wait.until(Condition.of(() -> calendar.editor().lineTitle(0, 1).contains("予定"), () -> "the 予定 line under the first line"));

        int user2 = UiThread.call(() -> {
            for (int row = 0; !"日計".equals(calendar.editor().lineTitle(0, row)); row++) {
                if (USER_2.equals(calendar.editor().lineTitle(0, row))) {
                    return row;
                }
            }
            return -1;
        });
        assertTrue(user2 >= 0, "user 2's line");
        int line = user2;
        assertEquals(List.of("2", "2"), List.of(calendar.cell(3, line), calendar.cell(3, line + 1)),
                "the 4th: delivered twice, planned twice in the first version");
        assertFalse(calendar.labels(3, line).contains("careplan.differs"));
        assertTrue(bot.labelTextWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SUMMARY).contains("（2 版。"),
                bot.labelTextWithId(jp.careplan.ui.internal.WidgetIds.SCHEDULE_SUMMARY));
    }

    /**
     * NatTable paints through Eclipse Collections, whose api bundle finds its implementation only through
     * SPI Fly (started by the workbench bundle's activator): without it every paint fails inside NatTable and
     * the grid stays grey.
     */
    @Test
    void theGridsCollectionsLibraryFindsItsImplementationInOsgi() {
        assertTrue(org.eclipse.collections.api.factory.Sets.mutable.empty().isEmpty());
    }

    @Test
    void saturdaysSundaysAndHolidaysAreShadedAndTotalsAddUpPerLineAndPerDay(@TempDir Path folder) throws Exception {
        ScheduleEditorPage calendar = openPlan(folder);

        assertEquals("1 土", calendar.columnTitle(0));
        assertEquals("合計", calendar.columnTitle(28));
        assertTrue(calendar.labels(0, 0).contains("careplan.saturday"), "1 February is a Saturday");
        assertTrue(calendar.labels(1, 0).contains("careplan.dayOff"), "2 February is a Sunday");
        assertTrue(calendar.labels(10, 0).contains("careplan.dayOff"), "11 February: 建国記念の日");
        assertTrue(calendar.labels(23, 0).contains("careplan.dayOff"), "24 February: 振替休日");
        assertFalse(calendar.labels(2, 0).contains("careplan.dayOff"), "3 February is a Monday");
        assertTrue(calendar.labels(2, 0).contains("careplan.editable"));
        assertFalse(calendar.labels(28, 0).contains("careplan.editable"), "totals are computed");

        assertEquals(List.of(USER_1, "111111", "09:00–10:00"),
                List.of(calendar.lineTitle(0, 0), calendar.lineTitle(1, 0), calendar.lineTitle(3, 0)));
        assertEquals("1", calendar.cell(2, 0), "the 3rd");
        assertEquals("", calendar.cell(3, 0), "nothing on the 4th");
        assertEquals("3", calendar.cell(28, 0), "line total");
        assertEquals("4", calendar.cell(28, 2), "user 2: twice on two days");
        assertEquals("日計", calendar.lineTitle(0, 3));
        assertEquals("2", calendar.cell(3, 3), "the 4th: user 2's two visits");
        assertEquals("9", calendar.cell(28, 3), "the month's total");
    }
}
