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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.fixtures.SyntheticSchedule;
import jp.careplan.fixtures.SyntheticSchedule.Visit;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.TableHandle;

/** 月途中変更: a second 予定 of February for user 1 (the 10th moved to the 24th, a count changed). */
class RevisionViewTest {

    private final Bot bot = new Bot();

    @Test
    void selectingTheNewerPlanShowsWhatItChangesAndWhichVersionIsCurrent(@TempDir Path folder) throws Exception {
        SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE,
                "20250125090000", ScheduleEditorTest.plannedVisits());
        List<Visit> changed = new ArrayList<>(ScheduleEditorTest.plannedVisits().stream()
                .filter(visit -> visit.insured().equals(USER_1) && visit.day() != 10).toList());
        changed.set(0, new Visit(USER_1, 3, "111111", HOME_HELP_OFFICE, "0900", "1000", "2"));
        changed.add(new Visit(USER_1, 24, "111111", HOME_HELP_OFFICE, "0900", "1000", "1"));
        SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPPLAN"), FEBRUARY, CARE_OFFICE, HOME_HELP_OFFICE,
                "20250210090000", changed);
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(2);
        ComparisonViewPage revision = ComparisonViewPage.revision(bot);

        page.view().activate();
        page.files().select(1); // the newer, second in 取込順序

        TableHandle users = revision.users();
        users.waitForRows(1);
        assertEquals(USER_1, users.cell(0, "被保険者番号"));
        assertEquals("旧 5 件・新 5 件：削除 1、追加 1、時間変更 0、回数変更 1", users.cell(0, "判定"));
        revision.rows().waitForRows(6);
        assertEquals(List.of("3", "5", "10", "12", "17", "24"), revision.rowColumn("日"));
        assertEquals(List.of("回数変更", "変更なし", "削除", "変更なし", "変更なし", "追加"), revision.rowColumn("判定"));
        String heading = revision.heading(); // set with the rows
        assertTrue(heading.contains("有効な版: ファイル連番 20250210090000"), heading);
        assertTrue(heading.contains("新しい版にない利用者 1 名は旧い版のまま有効"), heading);
        bot.withMaximized(revision.view().part(),
                () -> jp.careplan.uitest.Screenshots.capture(bot.workbenchShell(), jp.careplan.uitest.Screenshots.folder().resolve("revision-view.png")));
    }
}
