/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.model.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;

/**
 * The rows of a 第6表 (予定 or 実績) arranged as the paper form arranges them: one line per user, service,
 * provider and time band, one cell per day of the service month, holding the rows of that day (normally
 * one; its サービス回数 is the count shown). The arrangement only reads the model: a cell's rows are the
 * model's own objects, so an edit of a cell is an edit of the file. An editor keeps it in step with rows
 * added to or removed from existing lines ({@link #place}, {@link #unplace}) rather than arranging the
 * whole file again.
 *
 * <p>A row whose サービス利用日 is not a day of the month cannot sit in a cell; such rows are counted in
 * {@link #outsideMonth()} and left to the raw view (nothing is moved or repaired here).
 */
public final class ServiceCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");

    /** What makes two rows belong to one line of the form. */
    public record LineKey(String insurerNumber, String insuredNumber, String serviceCode, String detailCode,
            String providerCode, String satelliteBranch, String startTime, String endTime) {

        static LineKey of(ServiceUseRow row) {
            return new LineKey(text(row.getInsurerNumber()), text(row.getInsuredNumber()), text(row.getServiceCode()),
                    text(row.getDetailCode()), text(row.getProviderCode()), text(row.getSatelliteBranch()),
                    text(row.getStartTime()), text(row.getEndTime()));
        }

        /** The time band as the form writes it: {@code 09:00–10:00}, or empty for {@code 9999}. */
        public String timeBand() {
            if ("9999".equals(startTime) && "9999".equals(endTime)) {
                return "";
            }
            return clock(startTime) + "–" + clock(endTime);
        }

        private static String clock(String hhmm) {
            return hhmm.length() == 4 && !"9999".equals(hhmm) ? hhmm.substring(0, 2) + ":" + hhmm.substring(2) : hhmm;
        }
    }

    /** One line of the form. */
    public static final class Line {
        private final LineKey key;
        private final List<List<ServiceUseRow>> days;
        private final List<ServiceUseRow> rows = new ArrayList<>();

        Line(LineKey key, int dayCount) {
            this.key = key;
            this.days = new ArrayList<>(dayCount);
            for (int i = 0; i < dayCount; i++) {
                days.add(new ArrayList<>(1));
            }
        }

        public LineKey key() {
            return key;
        }

        /** The rows of a day (1-based), in file order; empty when none. */
        public List<ServiceUseRow> cell(int day) {
            return Collections.unmodifiableList(days.get(day - 1));
        }

        /** Every row of the line that sits in a cell, in file order. */
        public List<ServiceUseRow> rows() {
            return Collections.unmodifiableList(rows);
        }

        /** The first row of the line: the pattern for a new day of the line. */
        public ServiceUseRow template() {
            return rows.get(0);
        }

        /** The provider's name as the first row of the line gives it (may be empty). */
        public String providerName() {
            return rows.stream().map(ServiceUseRow::getProviderName).filter(n -> n != null && !n.isEmpty())
                    .findFirst().orElse("");
        }

        /** The summed サービス回数 of a day; counts that are not numbers add nothing (the checker reports them). */
        public int count(int day) {
            int sum = 0;
            for (ServiceUseRow row : days.get(day - 1)) {
                sum += ServiceCalendar.count(row);
            }
            return sum;
        }

        /** The summed サービス回数 of the month. */
        public int total() {
            int sum = 0;
            for (int day = 1; day <= days.size(); day++) {
                sum += count(day);
            }
            return sum;
        }
    }

    private final YearMonth month;
    private final List<Line> lines;
    private final Map<LineKey, Line> byKey = new LinkedHashMap<>();
    private final int outsideMonth;

    private ServiceCalendar(YearMonth month, List<Line> lines, int outsideMonth) {
        this.month = month;
        this.lines = lines;
        this.outsideMonth = outsideMonth;
        lines.forEach(line -> byKey.put(line.key(), line));
    }

    /**
     * Arranges the 第6表 rows among {@code records} (other records are ignored) for the month, or for the
     * 対象年月 of the first row when {@code month} is empty; an empty calendar of no month when neither
     * is known.
     */
    public static ServiceCalendar of(List<? extends Record> records, Optional<YearMonth> month) {
        Objects.requireNonNull(records, "records");
        YearMonth shown = month.orElseGet(() -> records.stream().filter(ServiceUseRow.class::isInstance)
                .map(r -> parseMonth(((ServiceUseRow) r).getTargetMonth())).filter(Objects::nonNull).findFirst()
                .orElse(null));
        if (shown == null) {
            return new ServiceCalendar(null, List.of(), (int) records.stream().filter(ServiceUseRow.class::isInstance).count());
        }
        int dayCount = shown.lengthOfMonth();
        Map<LineKey, Line> lines = new LinkedHashMap<>();
        int outside = 0;
        for (Record record : records) {
            if (!(record instanceof ServiceUseRow row)) {
                continue;
            }
            LocalDate date = parseDay(row.getServiceDate());
            if (date == null || !YearMonth.from(date).equals(shown)) {
                outside++;
                continue;
            }
            Line line = lines.computeIfAbsent(LineKey.of(row), key -> new Line(key, dayCount));
            line.days.get(date.getDayOfMonth() - 1).add(row);
            line.rows.add(row);
        }
        return new ServiceCalendar(shown, List.copyOf(lines.values()), outside);
    }

    /**
     * Keeps the arrangement in step with a row just added to the file, when it belongs to a day of a line that
     * exists. Returns the line, or {@code null} when the row needs a new line or lies outside the month: arrange
     * the records again then ({@link #of}).
     */
    public Line place(ServiceUseRow row) {
        Line line = byKey.get(LineKey.of(row));
        LocalDate date = parseDay(row.getServiceDate());
        if (line == null || date == null || month == null || !YearMonth.from(date).equals(month)) {
            return null;
        }
        line.days.get(date.getDayOfMonth() - 1).add(row);
        line.rows.add(row);
        return line;
    }

    /**
     * Keeps the arrangement in step with a row just removed from the file. Returns its line, or {@code null} when
     * the row was not placed or its line would be left empty: arrange the records again then.
     */
    public Line unplace(ServiceUseRow row) {
        Line line = byKey.get(LineKey.of(row));
        LocalDate date = parseDay(row.getServiceDate());
        if (line == null || date == null || line.rows.size() < 2 || !line.rows.contains(row)) {
            return null;
        }
        line.days.get(date.getDayOfMonth() - 1).remove(row);
        line.rows.remove(row);
        return line;
    }

    /** The month shown; {@code null} when no row names a month. */
    public YearMonth month() {
        return month;
    }

    /** The number of days of the month (0 when no month is known). */
    public int dayCount() {
        return month == null ? 0 : month.lengthOfMonth();
    }

    public List<Line> lines() {
        return lines;
    }

    /** The rows whose サービス利用日 is no day of the month, left out of the cells. */
    public int outsideMonth() {
        return outsideMonth;
    }

    /** The summed counts of every line on a day. */
    public int dayTotal(int day) {
        int sum = 0;
        for (Line line : lines) {
            sum += line.count(day);
        }
        return sum;
    }

    /** The summed counts of the month. */
    public int total() {
        int sum = 0;
        for (Line line : lines) {
            sum += line.total();
        }
        return sum;
    }

    /** The サービス利用日 of a day of the month, as the file writes it (YYYYMMDD). */
    public String serviceDate(int day) {
        return month.atDay(day).format(DAY);
    }

    /** A row's サービス回数 as a number; 0 when it is empty or not a number. */
    public static int count(ServiceUseRow row) {
        String text = row.getServiceCount();
        if (text == null || text.isEmpty() || text.length() > 9) {
            return 0;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(text);
    }

    /** The day of the month of a date written YYYYMMDD, 0 when it is no date. */
    public static int parseDayOfMonth(String text) {
        LocalDate date = parseDay(text);
        return date == null ? 0 : date.getDayOfMonth();
    }

    /** A real calendar date written YYYYMMDD, else {@code null} (read by hand: this runs for every row). */
    static LocalDate parseDay(String text) {
        if (text == null || text.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 4, 6, 10);
        int day = Integer.parseInt(text, 6, 8, 10);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    static YearMonth parseMonth(String text) {
        if (text == null || text.length() != 6) {
            return null;
        }
        try {
            return YearMonth.parse(text, MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
