/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static jp.careplan.standalone.tests.ServiceCalendarTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.careplan.model.schedule.PlanActualComparison.Difference;
import jp.careplan.model.schedule.PlanActualComparison.Entry;
import jp.careplan.model.schedule.PlanActualComparison.User;
import jp.careplan.model.schedule.ScheduleRevision;

/** 月途中変更: a newer 第6表 replaces the older one user by user. */
class ScheduleRevisionTest {

    @Test
    void theNewerVersionChangesOnlyTheUsersItListsAndEachChangeIsNamed() {
        String a = "0000000001";
        String b = "0000000002";
        List<jp.careplan.model.careplan.ServiceUseRow> older = List.of(
                row(a, "20250203", "111111", "1300000001", "0900", "1000", "1"),
                row(a, "20250210", "111111", "1300000001", "0900", "1000", "1"),
                row(a, "20250217", "111111", "1300000001", "0900", "1000", "1"),
                row(b, "20250204", "111111", "1300000001", "1400", "1500", "1"));
        List<jp.careplan.model.careplan.ServiceUseRow> newer = List.of(
                row(a, "20250203", "111111", "1300000001", "0900", "1000", "2"),
                row(a, "20250217", "111111", "1300000001", "0900", "1000", "1"),
                row(a, "20250224", "111111", "1300000001", "0900", "1000", "1"));

        ScheduleRevision revision = ScheduleRevision.of(older, newer);

        assertEquals(Set.of(new User("131001", b)), revision.untouched(), "user b keeps the older rows");
        List<Entry> changes = revision.changes().entries();
        assertEquals(List.of(3, 10, 17, 24), changes.stream().map(e -> e.day().getDayOfMonth()).toList());
        assertEquals(List.of(Set.of(Difference.COUNT_CHANGED), Set.of(Difference.MISSING), Set.of(), Set.of(Difference.EXTRA)),
                changes.stream().map(Entry::differences).toList(), "count changed, removed, unchanged, added");
        assertEquals(1, revision.changes().summaries().size());
    }

    /** What a month's versions leave: each user's rows from the newest version that speaks of the user, in version order. */
    @Test
    void theCurrentMonthTakesEachUsersRowsFromTheNewestVersionNamingTheUser() {
        String a = "0000000001";
        String b = "0000000002";
        String c = "0000000003";
        jp.careplan.model.careplan.ServiceUseRow aFirst = row(a, "20250203", "111111", "1300000001", "0900", "1000", "1");
        jp.careplan.model.careplan.ServiceUseRow bFirst = row(b, "20250204", "111111", "1300000001", "1400", "1500", "1");
        jp.careplan.model.careplan.ServiceUseRow aSecond = row(a, "20250210", "111111", "1300000001", "0900", "1000", "1");
        jp.careplan.model.careplan.ServiceUseRow cSecond = row(c, "20250211", "111111", "1300000001", "0900", "1000", "1");
        jp.careplan.model.careplan.ServiceUseRow cThird = row(c, "20250212", "111111", "1300000001", "0900", "1000", "1");

        assertEquals(List.of(bFirst, aSecond, cThird),
                ScheduleRevision.current(List.of(List.of(aFirst, bFirst), List.of(aSecond, cSecond), List.of(cThird))));
        assertEquals(List.of(), ScheduleRevision.current(List.of()));
    }
}
