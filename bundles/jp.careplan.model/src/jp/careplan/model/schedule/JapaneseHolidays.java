/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.model.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The national holidays of Japan (国民の祝日に関する法律) for shading the days of a service month, as the law
 * stands since 2020: fixed days, the "Happy Monday" days, the equinoxes by the usual astronomical
 * approximation (good from 1980 to 2099), 振替休日 and 国民の休日, and the moved days of 2020 and 2021.
 * A year outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} has no holidays known here (the law may change; the
 * standard's CSV versions start in 2022). Shading only: nothing in a file is judged by it.
 */
public final class JapaneseHolidays {

    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2099;

    private JapaneseHolidays() {
    }

    /** Whether the day is a national holiday, a 振替休日 or a 国民の休日. */
    public static boolean isHoliday(LocalDate date) {
        int year = date.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return false;
        }
        if (isNamedHoliday(date)) {
            return true;
        }
        // 振替休日: the first day that is no holiday after a holiday on a Sunday
        LocalDate back = date.minusDays(1);
        while (isNamedHoliday(back)) {
            if (back.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return true;
            }
            back = back.minusDays(1);
        }
        // 国民の休日: a weekday between two holidays
        return date.getDayOfWeek() != DayOfWeek.SUNDAY && isNamedHoliday(date.minusDays(1))
                && isNamedHoliday(date.plusDays(1));
    }

    /** Whether the day is shaded as a day off: a Sunday or a holiday (Saturdays are shaded apart). */
    public static boolean isSundayOrHoliday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY || isHoliday(date);
    }

    private static boolean isNamedHoliday(LocalDate date) {
        int year = date.getYear();
        int day = date.getDayOfMonth();
        switch (date.getMonth()) {
        case JANUARY:
            return day == 1 || date.equals(nthMonday(year, Month.JANUARY, 2)); // 元日, 成人の日
        case FEBRUARY:
            return day == 11 || day == 23; // 建国記念の日, 天皇誕生日
        case MARCH:
            return day == equinox(year, 20.8431); // 春分の日
        case APRIL:
            return day == 29; // 昭和の日
        case MAY:
            return day >= 3 && day <= 5; // 憲法記念日, みどりの日, こどもの日
        case JULY:
            if (year == 2020) {
                return day == 23 || day == 24; // 海の日 and スポーツの日 moved for the games
            }
            if (year == 2021) {
                return day == 22 || day == 23;
            }
            return date.equals(nthMonday(year, Month.JULY, 3)); // 海の日
        case AUGUST:
            if (year == 2020) {
                return day == 10;
            }
            if (year == 2021) {
                return day == 8;
            }
            return day == 11; // 山の日
        case SEPTEMBER:
            return date.equals(nthMonday(year, Month.SEPTEMBER, 3)) || day == equinox(year, 23.2488); // 敬老の日, 秋分の日
        case OCTOBER:
            return year > 2021 && date.equals(nthMonday(year, Month.OCTOBER, 2)); // スポーツの日
        case NOVEMBER:
            return day == 3 || day == 23; // 文化の日, 勤労感謝の日
        default:
            return false;
        }
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** The day of the month of an equinox, by the approximation valid from 1980 to 2099. */
    private static int equinox(int year, double base) {
        int since = year - 1980;
        return (int) Math.floor(base + 0.242194 * since - Math.floor(since / 4.0));
    }
}
