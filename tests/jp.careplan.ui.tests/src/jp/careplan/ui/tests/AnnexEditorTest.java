/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static jp.careplan.ui.tests.ScheduleEditorTest.CARE_OFFICE;
import static jp.careplan.ui.tests.ScheduleEditorTest.FEBRUARY;
import static jp.careplan.ui.tests.ScheduleEditorTest.HOME_HELP_OFFICE;
import static jp.careplan.ui.tests.ScheduleEditorTest.USER_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.fixtures.SyntheticSchedule;
import jp.careplan.fixtures.SyntheticSchedule.Visit;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.schedule.AnnexRecomputation.Line;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.AnnexEditor;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** The 第7表 editor on a unit whose 第6表 gained two uses of home help after the 第7表 was made. */
class AnnexEditorTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    @Test
    void rowsDifferingFromTheScheduleAreMarkedAndTheRecomputedValuesAppliedAsOneUndoableCommand(@TempDir Path folder)
            throws Exception {
        String serial = "20250125090000";
        SyntheticSchedule.writeAnnex(folder, ScheduleEditorTest.layout("UPSIKYU"), ScheduleEditorTest.layout("UPPLAN"), FEBRUARY,
                CARE_OFFICE, HOME_HELP_OFFICE, serial, ScheduleEditorTest.plannedVisits());
        List<Visit> now = new ArrayList<>(ScheduleEditorTest.plannedVisits());
        now.set(1, new Visit(USER_1, 10, "111111", HOME_HELP_OFFICE, "0900", "1000", "3")); // was 1
        SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE, serial, now);
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(2);
        int annexRow = files.cell(0, "種類").equals("UPSIKYU") ? 0 : 1;
        files.select(annexRow).focus();
        Keyboard.pressEnter();

        AnnexEditor editor = EditorPage.active(AnnexEditor.class);
        List<Line> lines = UiThread.call(editor::lines);
        Line homeHelp = lines.stream().filter(line -> USER_1.equals(line.row().getInsuredNumber())
                && "111111".equals(line.row().getServiceCode())).findFirst().orElseThrow();
        assertEquals(List.of("3", "5"), List.of(homeHelp.row().getCountOrDays(), homeHelp.expectedCount()), "1 + 3 + 1 uses now");
        assertTrue(homeHelp.countDiffers() && homeHelp.amountDiffers());
        Line total = lines.stream().filter(line -> USER_1.equals(line.row().getInsuredNumber())
                && line.row().getRowType() == AnnexRowType.GRAND_TOTAL).findFirst().orElseThrow();
        assertTrue(total.amountDiffers(), "the 全合計 follows the detail");
        assertEquals(List.of(homeHelp, total), lines.stream().filter(Line::differs).toList(), "nothing else differs");
        String amountBefore = homeHelp.row().getServiceUnitsAmount();

        TableHandle table = bot.tableWithId(WidgetIds.ANNEX_TABLE);
        table.select(lines.indexOf(homeHelp)).focus();
        bot.buttonWithId(WidgetIds.ANNEX_APPLY).click();

        Wait.until(Condition.of(() -> "5".equals(homeHelp.row().getCountOrDays()), () -> "the recomputed count to be applied"));
        assertEquals(homeHelp.expectedAmount(), homeHelp.row().getServiceUnitsAmount());
        assertTrue(UiThread.call(editor::isDirty));
        bot.withMaximized(editor, () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("annex-editor.png")));

        table.focus();
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> "3".equals(homeHelp.row().getCountOrDays()), () -> "Ctrl+Z to undo both values"));
        assertEquals(amountBefore, homeHelp.row().getServiceUnitsAmount());
    }
}
