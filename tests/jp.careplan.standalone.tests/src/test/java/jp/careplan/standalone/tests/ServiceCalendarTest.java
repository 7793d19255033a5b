/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.schedule.ServiceCalendar;
import jp.careplan.model.schedule.ServiceCalendar.Line;

/** 第6表 rows arranged as the form: a line per user, service, provider and time band, a cell per day. */
class ServiceCalendarTest {

    static ServiceUseRow row(String insured, String date, String service, String provider, String start, String end,
            String count) {
        ServiceUseRow row = CareplanFactory.eINSTANCE.createServiceUseRow();
        row.setCsvVersion("202208");
        row.setInsurerNumber("131001");
        row.setInsuredNumber(insured);
        row.setTargetMonth(date.substring(0, 6));
        row.setServiceDate(date);
        row.setServiceCode(service);
        row.setProviderCode(provider);
        row.setStartTime(start);
        row.setEndTime(end);
        row.setServiceCount(count);
        return row;
    }

    @Test
    void rowsOfOneServiceProviderAndTimeBandShareALineWithOneCellPerDay() {
        ServiceUseRow first = row("0000000001", "20250203", "111111", "1300000001", "0900", "1000", "1");
        ServiceUseRow second = row("0000000001", "20250210", "111111", "1300000001", "0900", "1000", "2");
        ServiceUseRow otherTime = row("0000000001", "20250203", "111111", "1300000001", "1400", "1500", "1");
        ServiceUseRow otherUser = row("0000000002", "20250203", "111111", "1300000001", "0900", "1000", "1");
        ServiceUseRow monthly = row("0000000001", "20250201", "171007", "1300000002", "9999", "9999", "1");

        ServiceCalendar calendar = ServiceCalendar.of(List.of(first, second, otherTime, otherUser, monthly), Optional.empty());

        assertEquals(YearMonth.of(2025, 2), calendar.month());
        assertEquals(28, calendar.dayCount());
        assertEquals(4, calendar.lines().size());
        Line line = calendar.lines().get(0);
        assertEquals(List.of(first), line.cell(3));
        assertSame(second, line.cell(10).get(0), "a cell holds the model's own row");
        assertEquals(2, line.count(10));
        assertEquals(3, line.total());
        assertEquals("09:00–10:00", line.key().timeBand());
        assertEquals("", calendar.lines().get(3).key().timeBand(), "9999 is a service without times");
        assertEquals(3, calendar.dayTotal(3));
        assertEquals(6, calendar.total());
        assertEquals("20250228", calendar.serviceDate(28));
    }

    @Test
    void rowsAddedToOrRemovedFromALineAreFollowedAndAnythingElseAsksForANewArrangement() {
        ServiceUseRow first = row("0000000001", "20250203", "111111", "1300000001", "0900", "1000", "1");
        ServiceUseRow second = row("0000000001", "20250210", "111111", "1300000001", "0900", "1000", "1");
        ServiceCalendar calendar = ServiceCalendar.of(List.of(first, second), Optional.empty());
        ServiceUseRow added = row("0000000001", "20250224", "111111", "1300000001", "0900", "1000", "2");

        assertSame(calendar.lines().get(0), calendar.place(added));
        assertEquals(List.of(added), calendar.lines().get(0).cell(24));
        assertEquals(4, calendar.lines().get(0).total());
        assertSame(calendar.lines().get(0), calendar.unplace(added));
        assertTrue(calendar.lines().get(0).cell(24).isEmpty());

        assertEquals(null, calendar.place(row("0000000002", "20250224", "111111", "1300000001", "0900", "1000", "1")),
                "a new line: arrange again");
        assertEquals(null, calendar.place(row("0000000001", "20250324", "111111", "1300000001", "0900", "1000", "1")),
                "outside the month");
        calendar.unplace(second);
        assertEquals(null, calendar.unplace(first), "the line would be left empty: arrange again");
    }

    @Test
    void rowsOutsideTheMonthAndCountsThatAreNoNumbersAreLeftAsTheyAre() {
        ServiceUseRow good = row("0000000001", "20250203", "111111", "1300000001", "0900", "1000", "1");
        ServiceUseRow nextMonth = row("0000000001", "20250303", "111111", "1300000001", "0900", "1000", "1");
        ServiceUseRow noDate = row("0000000001", "20250230", "111111", "1300000001", "0900", "1000", "1");
        ServiceUseRow badCount = row("0000000001", "20250204", "111111", "1300000001", "0900", "1000", "x");

        ServiceCalendar calendar = ServiceCalendar.of(List.of(good, nextMonth, noDate, badCount), Optional.of(YearMonth.of(2025, 2)));

        assertEquals(2, calendar.outsideMonth());
        assertEquals(1, calendar.lines().size());
        assertEquals(List.of(badCount), calendar.lines().get(0).cell(4));
        assertEquals(0, calendar.lines().get(0).count(4));
        assertEquals("x", badCount.getServiceCount(), "nothing is repaired");
        assertTrue(ServiceCalendar.of(List.of(), Optional.empty()).lines().isEmpty());
    }
}
