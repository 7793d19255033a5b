/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.careplan.model.schedule.JapaneseHolidays;

/** The holidays shaded in the calendar editor, against the cabinet office's published lists. */
class JapaneseHolidaysTest {

    private static List<String> holidays(int year) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (JapaneseHolidays.isHoliday(day)) {
                days.add(day.toString().substring(5));
            }
        }
        return days;
    }

    @Test
    void holidaysOf2025IncludeThreeSubstituteDays() {
        assertEquals(List.of("01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04", "05-05",
                "05-06", "07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23", "11-24"), holidays(2025));
    }

    @Test
    void holidaysOf2026IncludeACitizensHolidayBetweenTwoHolidaysInSeptember() {
        assertEquals(List.of("01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
                "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"), holidays(2026));
    }

    @Test
    void theGamesMovedThreeHolidaysIn2021() {
        assertEquals(List.of("01-01", "01-11", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "07-22",
                "07-23", "08-08", "08-09", "09-20", "09-23", "11-03", "11-23"), holidays(2021));
    }

    @Test
    void yearsOutsideTheKnownRangeHaveNoHolidays() {
        assertFalse(JapaneseHolidays.isHoliday(LocalDate.of(2019, 1, 1)));
        assertFalse(JapaneseHolidays.isHoliday(LocalDate.of(2100, 1, 1)));
    }
}
