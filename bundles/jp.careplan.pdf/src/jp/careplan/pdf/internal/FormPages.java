/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.pdf.internal;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.careplan.layout.Code;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.schedule.JapaneseHolidays;
import jp.careplan.model.schedule.ServiceCalendar;

/**
 * The forms as pages: 第1表 and 第2表 (居宅サービス計画書), 第3表 (週間サービス計画表), 第6表 (サービス利用票 / 提供票, the
 * month's calendar) and 第7表 (サービス利用票別表), each laid out like the paper form, with the item names as the layouts
 * write them (so a revision's names and items come with its layouts), and any other kind as a list of its items. Each
 * user's form starts on a new page; a table continuing on another page repeats its header there. Values are shown as
 * written, dates also in the Japanese era, times as hh:mm, codes with their names from the layouts' code lists.
 */
public final class FormPages {

    /**
     * A user's 利用者補足情報 for a form, where one belongs to it: the name and the care level the form shows. Given the
     * form's first record (its user, and the plan or month it is of).
     */
    public interface Users {
        Optional<Record> supplementary(Record form);
    }

    private static final PDRectangle PORTRAIT = PDRectangle.A4;
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 30f;
    private static final float FOOTER = 12f;

    private final PDDocument document;
    private final PDFont font;
    private final LayoutRegistry layouts;
    private final Locale locale;
    private final ResourceBundle text;

    public FormPages(PDDocument document, PDFont font, LayoutRegistry layouts, Locale locale) {
        this.document = document;
        this.font = font;
        this.layouts = layouts;
        this.locale = locale;
        this.text = ResourceBundle.getBundle("jp.careplan.pdf.internal.forms", locale, FormPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The pages of one file's records, of the kind given; the file's name goes in each page's corner, and {@code users}
     * gives each user's form the 利用者補足情報 that belongs to it.
     */
    public void render(String kind, String month, List<Record> records, String fileName, Users users) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        Map<List<String>, List<Record>> byUser = new LinkedHashMap<>();
        for (Record record : records) {
            byUser.computeIfAbsent(List.of(value(record, "insurerNumber"), value(record, "insuredNumber")), key -> new ArrayList<>())
                    .add(record);
        }
        for (List<Record> ofUser : byUser.values()) {
            Record first = ofUser.get(0);
            String recordMonth = month != null && !month.isEmpty() ? month : value(first, "targetMonth");
            FileLayout layout = layouts.resolveRecords(kind, value(first, "csvVersion"), recordMonth.isEmpty() ? null : recordMonth).found()
                    .orElse(null);
            Form form = new Form(kind, layout, ofUser, fileName, recordMonth, users);
            switch (kind) {
            case "UP1KYO" -> form.plan1();
            case "UP2KYO" -> form.plan2();
            case "UP3KYO" -> form.weekly();
            case "UPPLAN", "UPJSK" -> form.calendar();
            case "UPSIKYU" -> form.annex();
            default -> form.items();
            }
        }
    }

    /** The pages of one user's form. */
    private final class Form {
        private final String kind;
        private final FileLayout layout;
        private final List<Record> records;
        private final String fileName;
        private final String month;
        private final Record first;
        private final Users users;

        Form(String kind, FileLayout layout, List<Record> records, String fileName, String month, Users users) {
            this.kind = kind;
            this.layout = layout;
            this.records = records;
            this.fileName = fileName;
            this.month = month;
            this.first = records.get(0);
            this.users = users;
        }

        // ---- 第1表 -------------------------------------------------------------------------------------------

        void plan1() throws IOException {
            try (PageCanvas page = new PageCanvas(document, font, PORTRAIT, MARGIN, FOOTER, c -> heading(c, "title.UP1KYO", false))) {
                page.newPage();
                float left = page.left();
                float width = page.width();
                float labelWidth = 150f;
                Optional<Record> user = users.supplementary(first);
                List<String[]> fields = new ArrayList<>();
                fields.add(new String[] { label("planCategory"), code("planCategory", first) + "　　" + label("certificationStatus") + ": "
                        + code("certificationStatus", first) });
                fields.add(new String[] { text.getString("user"), userLine(user) });
                fields.add(new String[] { text.getString("address"), join(postal(value(first, "userPostalCode")),
                        value(first, "userAddress1") + value(first, "userAddress2")) });
                fields.add(new String[] { label("plannerName"), value(first, "plannerName") });
                fields.add(new String[] { text.getString("office"), join(value(first, "supportOfficeName") + " ("
                        + value(first, "supportOfficeCode") + ")", join(postal(value(first, "supportOfficePostalCode")),
                                value(first, "supportOfficeAddress1") + value(first, "supportOfficeAddress2"))) });
                fields.add(new String[] { label("planDate"), date(value(first, "planDate")) + "　　" + label("firstPlanDate") + ": "
                        + date(value(first, "firstPlanDate")) });
                fields.add(new String[] { label("certificationDate"), date(value(first, "certificationDate")) + "　　"
                        + text.getString("validity") + ": " + date(value(first, "certificationValidFrom")) + " ～ "
                        + date(value(first, "certificationValidTo")) });
                fields.add(new String[] { label("careLevel"), code("careLevel", first) });
                for (String[] field : fields) {
                    labelledBox(page, left, width, labelWidth, field[0], field[1], 8f, 16f);
                }
                for (String feature : List.of("needsAnalysis", "certificationBoardOpinion", "overallPolicy", "dailyLifeSupportReason",
                        "otherReason")) {
                    String value = feature.equals("dailyLifeSupportReason") ? code(feature, first) : value(first, feature);
                    labelledBox(page, left, width, labelWidth, label(feature), value, 8.5f, 60f);
                }
            }
        }

        /**
         * A row of the form: the item's name in a shaded cell, its value beside it; it grows with the text, and a text
         * longer than the page goes on in a box of its own on the next (nothing is cut).
         */
        private void labelledBox(PageCanvas page, float left, float width, float labelWidth, String label, String value, float size,
                float minHeight) throws IOException {
            float leading = size * 1.25f;
            List<String> lines = page.wrap(value, size, width - labelWidth - 4f);
            String shownLabel = label;
            while (true) {
                float needed = Math.max(minHeight, Math.max(page.cellHeight(labelWidth, 7.5f, shownLabel), lines.size() * leading + 3f));
                float available = page.y() - page.bottom();
                if (needed <= available) {
                    box(page, left, width, labelWidth, shownLabel, String.join("\n", lines), size, needed);
                    return;
                }
                int fitting = (int) ((available - 3f) / leading);
                if (available < 40f || fitting < 2) {
                    page.newPage();
                    continue;
                }
                if (lines.size() <= fitting) {
                    // the text fits, only the box's usual height does not: a shorter box rather than a page break
                    box(page, left, width, labelWidth, shownLabel, String.join("\n", lines), size, available);
                    return;
                }
                box(page, left, width, labelWidth, shownLabel, String.join("\n", lines.subList(0, fitting)), size, available);
                lines = lines.subList(fitting, lines.size());
                shownLabel = label + text.getString("continued");
                page.newPage();
            }
        }

        private void box(PageCanvas page, float left, float width, float labelWidth, String label, String value, float size, float height)
                throws IOException {
            float top = page.y();
            page.shade(left, top - height, labelWidth, height, 0.92f);
            page.box(left, top - height, labelWidth, height, 0.5f);
            page.box(left + labelWidth, top - height, width - labelWidth, height, 0.5f);
            page.cellText(left, top, labelWidth, height, 7.5f, label, false);
            page.cellText(left + labelWidth, top, width - labelWidth, height, size, value, false);
            page.moveDown(height);
        }

        // ---- 第2表 -------------------------------------------------------------------------------------------

        void plan2() throws IOException {
            String[] features = { "issue", "longTermGoal", "longTermPeriod", "shortTermGoal", "shortTermPeriod", "serviceContent",
                    "insuranceCoverage", "serviceKind", "providerName", "frequency", "period" };
            float[] widths = { 118, 92, 50, 92, 50, 118, 28, 62, 74, 46, 52 };
            table(LANDSCAPE, "title.UP2KYO", features, widths, new boolean[features.length], 7.5f, (row, feature) -> feature.equals(
                    "insuranceCoverage") ? (value(row, feature).equals("1") ? "○" : value(row, feature)) : value(row, feature), null);
        }

        // ---- 第7表 -------------------------------------------------------------------------------------------

        void annex() throws IOException {
            List<String> features = new ArrayList<>(List.of("providerName", "providerCode", "serviceCode"));
            if (column("equipmentName") != null) {
                features.add("equipmentName");
            }
            features.addAll(List.of("units", "discountRate", "discountedUnits", "countOrDays", "serviceUnitsAmount", "benefitManagedUnits",
                    "typeLimitExcessUnits", "typeLimitWithinUnits", "categoryLimitExcessUnits", "categoryLimitWithinUnits", "unitPrice",
                    "totalCost", "benefitRate", "insuranceClaimAmount", "fixedCopayUnitPrice", "userCopayInsured", "userCopayFull"));
            float available = LANDSCAPE.getWidth() - 2 * MARGIN;
            float[] widths = new float[features.size()];
            boolean[] numbers = new boolean[features.size()];
            float textColumns = features.contains("equipmentName") ? 4 : 3;
            float numberWidth = (available - 110f - 50f - 40f - (textColumns > 3 ? 70f : 0f)) / (features.size() - textColumns);
            for (int i = 0; i < widths.length; i++) {
                String feature = features.get(i);
                widths[i] = switch (feature) {
                case "providerName" -> 110f;
                case "providerCode" -> 50f;
                case "serviceCode" -> 40f;
                case "equipmentName" -> 70f;
                default -> numberWidth;
                };
                numbers[i] = widths[i] == numberWidth;
            }
            table(LANDSCAPE, "title.UPSIKYU", features.toArray(String[]::new), widths, numbers, 6.5f, (row, feature) -> {
                if (row instanceof ServiceUseAnnexRow annex && annex.getRowType() == AnnexRowType.GRAND_TOTAL
                        && feature.equals("providerName")) {
                    return text.getString("total");
                }
                if (row instanceof ServiceUseAnnexRow annex && annex.getRowType() != AnnexRowType.DETAIL
                        && annex.getRowType() != AnnexRowType.GRAND_TOTAL && feature.equals("providerName")) {
                    return value(row, feature) + " " + text.getString("subtotal");
                }
                return value(row, feature);
            }, row -> row instanceof ServiceUseAnnexRow annex ? switch (annex.getRowType()) {
            case GRAND_TOTAL -> 0.8f;
            case DETAIL -> 1f;
            default -> 0.92f;
            } : 1f);
        }

        // ---- a table of rows, its header repeated on each page ---------------------------------------------

        private interface Cell {
            String of(Record row, String feature);
        }

        private interface Shade {
            float of(Record row);
        }

        private void table(PDRectangle size, String titleKey, String[] features, float[] widths, boolean[] numbers, float fontSize,
                Cell cell, Shade shade) throws IOException {
            float total = 0;
            for (float width : widths) {
                total += width;
            }
            float scale = (size.getWidth() - 2 * MARGIN) / total;
            float[] scaled = new float[widths.length];
            for (int i = 0; i < widths.length; i++) {
                scaled[i] = widths[i] * scale;
            }
            PageCanvas.Header header = c -> {
                heading(c, titleKey, true);
                tableHeader(c, features, scaled);
            };
            try (PageCanvas page = new PageCanvas(document, font, size, MARGIN, FOOTER, header)) {
                page.newPage();
                // the room a fresh page has below its title and the table's header: a row never needs more, as no
                // cell of the standard holds more text than fits there (a cell that did would end in "…")
                float room = page.y() - page.bottom();
                for (Record row : records) {
                    float height = 12f;
                    for (int i = 0; i < features.length; i++) {
                        height = Math.max(height, page.cellHeight(scaled[i], fontSize, cell.of(row, features[i])));
                    }
                    height = Math.min(height, room);
                    page.ensure(height);
                    float top = page.y();
                    float x = page.left();
                    float grey = shade == null ? 1f : shade.of(row);
                    if (grey < 1f) {
                        page.shade(x, top - height, page.width(), height, grey);
                    }
                    for (int i = 0; i < features.length; i++) {
                        page.box(x, top - height, scaled[i], height, 0.4f);
                        page.cellText(x, top, scaled[i], height, fontSize, cell.of(row, features[i]), numbers[i]);
                        x += scaled[i];
                    }
                    page.moveDown(height);
                }
            }
        }

        private void tableHeader(PageCanvas page, String[] features, float[] widths) throws IOException {
            float height = 12f;
            for (int i = 0; i < features.length; i++) {
                height = Math.max(height, page.cellHeight(widths[i], 6.5f, label(features[i])));
            }
            float top = page.y();
            float x = page.left();
            page.shade(x, top - height, page.width(), height, 0.88f);
            for (int i = 0; i < features.length; i++) {
                page.box(x, top - height, widths[i], height, 0.5f);
                page.cellText(x, top, widths[i], height, 6.5f, label(features[i]), false);
                x += widths[i];
            }
            page.moveDown(height);
        }

        // ---- 第6表 -------------------------------------------------------------------------------------------

        void calendar() throws IOException {
            YearMonth shown;
            try {
                shown = YearMonth.parse(month, DateTimeFormatter.ofPattern("uuuuMM"));
            } catch (DateTimeParseException e) {
                items();
                return;
            }
            ServiceCalendar calendar = ServiceCalendar.of(records, Optional.of(shown));
            int days = shown.lengthOfMonth();
            float timeWidth = 52f;
            float serviceWidth = 92f;
            float providerWidth = 112f;
            float kindWidth = 18f;
            float totalWidth = 30f;
            float dayWidth = (LANDSCAPE.getWidth() - 2 * MARGIN - timeWidth - serviceWidth - providerWidth - kindWidth - totalWidth) / 31f;
            boolean plan = kind.equals("UPPLAN");
            PageCanvas.Header header = c -> {
                heading(c, plan ? "title.UPPLAN" : "title.UPJSK", true);
                float top = c.y();
                float x = c.left();
                float height = 22f;
                c.shade(x, top - height, c.width(), height, 0.88f);
                for (String[] head : List.of(new String[] { text.getString("timeBand"), "" + timeWidth },
                        new String[] { label("serviceCode"), "" + serviceWidth }, new String[] { label("providerName"), "" + providerWidth },
                        new String[] { "", "" + kindWidth })) {
                    float width = Float.parseFloat(head[1]);
                    c.box(x, top - height, width, height, 0.5f);
                    c.cellText(x, top, width, height, 6.5f, head[0], false);
                    x += width;
                }
                for (int day = 1; day <= 31; day++) {
                    if (day <= days) {
                        LocalDate date = shown.atDay(day);
                        boolean off = JapaneseHolidays.isSundayOrHoliday(date) || date.getDayOfWeek() == DayOfWeek.SATURDAY;
                        if (off) {
                            c.shade(x, top - height, dayWidth, height, 0.78f);
                        }
                        c.textCentred(x + dayWidth / 2, top - 9f, 6.5f, Integer.toString(day));
                        c.textCentred(x + dayWidth / 2, top - 19f, 6f, date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale));
                    }
                    c.box(x, top - height, dayWidth, height, 0.3f);
                    x += dayWidth;
                }
                c.box(x, top - height, totalWidth, height, 0.5f);
                c.cellText(x, top, totalWidth, height, 6f, text.getString("totalCount"), false);
                c.moveDown(height);
            };
            try (PageCanvas page = new PageCanvas(document, font, LANDSCAPE, MARGIN, FOOTER, header)) {
                page.newPage();
                float lineHeight = 9.5f;
                for (ServiceCalendar.Line line : calendar.lines()) {
                    page.ensure(2 * lineHeight);
                    float top = page.y();
                    float x = page.left();
                    ServiceUseRow template = line.template();
                    String service = join(value(template, "serviceCode"), value(template, "equipmentName"));
                    String provider = join(line.providerName(), value(template, "providerCode"));
                    page.box(x, top - 2 * lineHeight, timeWidth, 2 * lineHeight, 0.4f);
                    page.cellText(x, top, timeWidth, 2 * lineHeight, 6.5f, line.key().timeBand(), false);
                    x += timeWidth;
                    page.box(x, top - 2 * lineHeight, serviceWidth, 2 * lineHeight, 0.4f);
                    page.cellText(x, top, serviceWidth, 2 * lineHeight, 6.5f, service, false);
                    x += serviceWidth;
                    page.box(x, top - 2 * lineHeight, providerWidth, 2 * lineHeight, 0.4f);
                    page.cellText(x, top, providerWidth, 2 * lineHeight, 6f, provider, false);
                    x += providerWidth;
                    for (int half = 0; half < 2; half++) {
                        boolean mine = plan == (half == 0);
                        float rowTop = top - half * lineHeight;
                        float cx = x;
                        page.box(cx, rowTop - lineHeight, kindWidth, lineHeight, 0.4f);
                        page.textCentred(cx + kindWidth / 2, rowTop - 7f, 6f, text.getString(half == 0 ? "planned" : "actual"));
                        cx += kindWidth;
                        for (int day = 1; day <= 31; day++) {
                            page.box(cx, rowTop - lineHeight, dayWidth, lineHeight, 0.2f);
                            if (mine && day <= days && line.count(day) > 0) {
                                page.textCentred(cx + dayWidth / 2, rowTop - 7f, 6.5f, Integer.toString(line.count(day)));
                            }
                            cx += dayWidth;
                        }
                        page.box(cx, rowTop - lineHeight, totalWidth, lineHeight, 0.4f);
                        if (mine) {
                            page.textRight(cx + totalWidth - 2f, rowTop - 7f, 6.5f, Integer.toString(line.total()));
                        }
                    }
                    page.moveDown(2 * lineHeight);
                }
                // the day totals and the month's
                page.ensure(lineHeight);
                float top = page.y();
                float x = page.left();
                float labelWidth = timeWidth + serviceWidth + providerWidth + kindWidth;
                page.shade(x, top - lineHeight, page.width(), lineHeight, 0.9f);
                page.box(x, top - lineHeight, labelWidth, lineHeight, 0.5f);
                page.textRight(x + labelWidth - 3f, top - 7f, 6.5f, text.getString("dayTotals"));
                x += labelWidth;
                for (int day = 1; day <= 31; day++) {
                    page.box(x, top - lineHeight, dayWidth, lineHeight, 0.2f);
                    if (day <= days && calendar.dayTotal(day) > 0) {
                        page.textCentred(x + dayWidth / 2, top - 7f, 6.5f, Integer.toString(calendar.dayTotal(day)));
                    }
                    x += dayWidth;
                }
                page.box(x, top - lineHeight, totalWidth, lineHeight, 0.5f);
                page.textRight(x + totalWidth - 2f, top - 7f, 6.5f, Integer.toString(calendar.total()));
                page.moveDown(lineHeight);
                if (calendar.outsideMonth() > 0) {
                    page.ensure(12f);
                    page.moveDown(10f);
                    page.text(page.left(), page.y(), 7f, format("outsideMonth", calendar.outsideMonth()));
                }
            }
        }

        // ---- 第3表 -------------------------------------------------------------------------------------------

        void weekly() throws IOException {
            try (PageCanvas page = new PageCanvas(document, font, LANDSCAPE, MARGIN, FOOTER, c -> heading(c, "title.UP3KYO", true))) {
                page.newPage();
                float timeWidth = 40f;
                float activityWidth = 150f;
                float dayWidth = (page.width() - timeWidth - activityWidth) / 7f;
                float headerHeight = 14f;
                float nonWeeklyHeight = 56f;
                float top = page.y();
                float gridTop = top - headerHeight;
                float gridBottom = page.bottom() + nonWeeklyHeight + 4f;
                float hour = (gridTop - gridBottom) / 24f;
                float x0 = page.left();
                page.shade(x0, gridTop, page.width(), headerHeight, 0.88f);
                page.box(x0, gridTop, timeWidth, headerHeight, 0.5f);
                for (int d = 0; d < 7; d++) {
                    float x = x0 + timeWidth + d * dayWidth;
                    page.box(x, gridTop, dayWidth, headerHeight, 0.5f);
                    page.textCentred(x + dayWidth / 2, gridTop + 4f, 7.5f, DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, locale));
                }
                float activityX = x0 + timeWidth + 7 * dayWidth;
                page.box(activityX, gridTop, activityWidth, headerHeight, 0.5f);
                page.cellText(activityX, gridTop + headerHeight, activityWidth, headerHeight, 6.5f, label("dailyActivity"), false);
                page.box(x0, gridBottom, page.width(), gridTop - gridBottom, 0.6f);
                for (int h = 0; h <= 24; h += 2) {
                    float y = gridTop - h * hour;
                    page.line(x0, y, x0 + page.width(), y, h % 6 == 0 ? 0.5f : 0.15f);
                    if (h < 24) {
                        page.text(x0 + 2f, y - 7f, 6.5f, String.format("%d:00", h));
                    }
                }
                for (int d = 0; d <= 7; d++) {
                    float x = x0 + timeWidth + d * dayWidth;
                    page.line(x, gridTop, x, gridBottom, 0.4f);
                }
                List<String> nonWeekly = new ArrayList<>();
                for (Record row : records) {
                    String service = value(row, "serviceContent");
                    int day = parseInt(value(row, "dayOfWeek"));
                    float[] band = band(value(row, "startTime"), value(row, "endTime"));
                    if (!service.isEmpty() && day >= 1 && day <= 7 && band != null) {
                        float x = x0 + timeWidth + (day - 1) * dayWidth;
                        float blockTop = gridTop - band[0] * hour;
                        float height = Math.max(8f, (band[1] - band[0]) * hour);
                        page.shade(x + 1f, blockTop - height, dayWidth - 2f, height, 0.93f);
                        page.box(x + 1f, blockTop - height, dayWidth - 2f, height, 0.4f);
                        page.cellText(x + 1f, blockTop, dayWidth - 2f, height, 6f, service, false);
                    }
                    String activity = value(row, "dailyActivity");
                    float[] activityBand = band(value(row, "activityStartTime"), value(row, "activityEndTime"));
                    if (!activity.isEmpty()) {
                        float blockTop = activityBand == null ? gridTop : gridTop - activityBand[0] * hour;
                        String when = activityBand == null ? "" : clock(value(row, "activityStartTime")) + " ";
                        page.cellText(activityX, blockTop, activityWidth, Math.max(9f, activityBand == null ? 9f
                                : (activityBand[1] - activityBand[0]) * hour), 6f, when + activity, false);
                    }
                    if (!value(row, "nonWeeklyService").isEmpty()) {
                        nonWeekly.add(value(row, "nonWeeklyService"));
                    }
                }
                page.moveTo(gridBottom - 2f);
                page.shade(x0, page.y() - nonWeeklyHeight, 90f, nonWeeklyHeight, 0.92f);
                page.box(x0, page.y() - nonWeeklyHeight, 90f, nonWeeklyHeight, 0.5f);
                page.box(x0 + 90f, page.y() - nonWeeklyHeight, page.width() - 90f, nonWeeklyHeight, 0.5f);
                page.cellText(x0, page.y(), 90f, nonWeeklyHeight, 7f, label("nonWeeklyService"), false);
                page.cellText(x0 + 90f, page.y(), page.width() - 90f, nonWeeklyHeight, 7f, String.join("\n", nonWeekly), false);
            }
        }

        /** Start and end in hours from midnight, or null for no time (9999, empty, not a time). */
        private float[] band(String start, String end) {
            float from = hours(start);
            float to = hours(end);
            if (from < 0 || to < 0) {
                return null;
            }
            return new float[] { from, to <= from ? Math.min(24f, from + 0.5f) : to };
        }

        private float hours(String hhmm) {
            if (hhmm.length() != 4 || !hhmm.chars().allMatch(Character::isDigit) || hhmm.equals("9999")) {
                return -1;
            }
            int h = Integer.parseInt(hhmm.substring(0, 2));
            int m = Integer.parseInt(hhmm.substring(2));
            return h > 24 || m > 59 ? -1 : h + m / 60f;
        }

        // ---- any other kind: its items, as the layout names them --------------------------------------------

        void items() throws IOException {
            try (PageCanvas page = new PageCanvas(document, font, PORTRAIT, MARGIN, FOOTER, c -> heading(c, "title.other", false))) {
                page.newPage();
                int number = 0;
                for (Record record : records) {
                    number++;
                    page.ensure(14f);
                    page.moveDown(12f);
                    page.text(page.left(), page.y(), 8f, format("record", number));
                    page.moveDown(2f);
                    List<Column> columns = layout == null ? List.of() : layout.getColumns();
                    for (Column column : columns) {
                        if (column.getFeature() == null) {
                            continue;
                        }
                        labelledBox(page, page.left(), page.width(), 170f, column.getName(), value(record, column.getFeature()), 7.5f, 12f);
                    }
                }
            }
        }

        // ---- the parts every form shares -------------------------------------------------------------------

        /** The title, the user and the file; for a table form, room below for the table's header. */
        private void heading(PageCanvas page, String titleKey, boolean landscape) throws IOException {
            float top = page.y();
            String title = titleKey.equals("title.other") ? format(titleKey, kind) : text.getString(titleKey);
            page.text(page.left(), top - 13f, 12f, title);
            page.textRight(page.right(), top - 8f, 6f, fileName);
            String created = date(value(first, "creationDate"));
            if (!created.isEmpty()) {
                page.textRight(page.right(), top - 17f, 7.5f, label("creationDate") + ": " + created);
            }
            page.moveDown(22f);
            List<String> facts = new ArrayList<>();
            if (!month.isEmpty() && !kind.equals("UP1KYO") && !kind.equals("UP2KYO") && !kind.equals("UP3KYO")) {
                facts.add(format("month", yearMonth(month)));
            }
            facts.add(label("insurerNumber") + ": " + value(first, "insurerNumber"));
            facts.add(label("insuredNumber") + ": " + value(first, "insuredNumber"));
            Optional<Record> user = users.supplementary(first);
            user.ifPresent(u -> facts.add(text.getString("userName") + ": " + value(u, "userName")));
            if (kind.equals("UPPLAN") || kind.equals("UPJSK")) {
                facts.add(label("plannerName") + ": " + value(first, "plannerName") + " (" + value(first, "planOfficeCode") + ")");
                user.ifPresent(u -> facts.add(text.getString("careLevel") + ": " + codeOf("UPHOSOKU", u, "careLevel") + "　"
                        + text.getString("limit") + ": " + value(u, "categoryLimitUnits")));
                String shortStay = value(first, "shortStayDaysBeforeMonth");
                if (!shortStay.isEmpty()) {
                    facts.add(label("shortStayDaysBeforeMonth") + ": " + shortStay);
                }
            }
            if (kind.equals("UP2KYO") || kind.equals("UP3KYO")) {
                facts.add(label("planDate") + ": " + date(value(first, "planDate")));
            }
            page.text(page.left(), page.y() - 8f, 7.5f, String.join("　　", facts));
            page.moveDown(14f);
            page.line(page.left(), page.y(), page.right(), page.y(), 0.8f);
            page.moveDown(4f);
        }

        private String userLine(Optional<Record> user) {
            if (user.isEmpty()) {
                return value(first, "insuredNumber");
            }
            Record u = user.get();
            return join(value(u, "userName") + (value(u, "userNameKana").isEmpty() ? "" : "（" + value(u, "userNameKana") + "）"),
                    text.getString("birthDate") + ": " + date(value(u, "userBirthDate")) + "　" + codeOf("UPHOSOKU", u, "userSex"));
        }

        /** The item's name as this file's layout writes it (the feature's name when the layout has no such item). */
        private String label(String feature) {
            Column column = column(feature);
            return column == null ? feature : column.getName();
        }

        private Column column(String feature) {
            if (layout == null) {
                return null;
            }
            return layout.getColumns().stream().filter(c -> feature.equals(c.getFeature())).findFirst().orElse(null);
        }

        /** A code with its name from the layout's code list: {@code 1 初回}. */
        private String code(String feature, Record record) {
            return withName(column(feature), value(record, feature));
        }

        private String codeOf(String otherKind, Record record, String feature) {
            FileLayout other = layouts.resolveRecords(otherKind, value(record, "csvVersion"), value(record, "targetMonth").isEmpty() ? null
                    : value(record, "targetMonth")).found().orElse(null);
            Column column = other == null ? null : other.getColumns().stream().filter(c -> feature.equals(c.getFeature())).findFirst()
                    .orElse(null);
            return withName(column, value(record, feature));
        }

        private String withName(Column column, String value) {
            if (column == null || column.getCodeList() == null || value.isEmpty()) {
                return value;
            }
            for (Code code : column.getCodeList().getCodes()) {
                if (value.equals(code.getValue())) {
                    return value + " " + code.getLabel();
                }
            }
            return value;
        }
    }

    // ---- values as the forms show them ------------------------------------------------------------------------

    /** An item's text as written, empty when the record has no such item. */
    static String value(EObject record, String feature) {
        EStructuralFeature structural = record.eClass().getEStructuralFeature(feature);
        Object value = structural == null ? null : record.eGet(structural);
        return value == null ? "" : value.toString();
    }

    /** {@code YYYYMMDD} as the form writes a date: in the Japanese era in Japanese (令和7年3月1日), else ISO. */
    private String date(String yyyymmdd) {
        if (yyyymmdd.length() != 8) {
            return yyyymmdd;
        }
        try {
            LocalDate date = LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
            if (locale.getLanguage().equals("ja") && !date.isBefore(LocalDate.of(1873, 1, 1))) {
                return DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN).format(JapaneseDate.from(date));
            }
            return date.toString();
        } catch (java.time.DateTimeException e) {
            return yyyymmdd;
        }
    }

    private String yearMonth(String yyyymm) {
        try {
            YearMonth month = YearMonth.parse(yyyymm, DateTimeFormatter.ofPattern("uuuuMM"));
            if (locale.getLanguage().equals("ja")) {
                return DateTimeFormatter.ofPattern("GGGGy年M月", Locale.JAPAN).format(JapaneseDate.from(month.atDay(1)));
            }
            return month.toString();
        } catch (java.time.DateTimeException e) {
            return yyyymm;
        }
    }

    private static String clock(String hhmm) {
        return hhmm.length() == 4 && !hhmm.equals("9999") ? hhmm.substring(0, 2) + ":" + hhmm.substring(2) : "";
    }

    private static String postal(String code) {
        return code.length() == 7 ? "〒" + code.substring(0, 3) + "-" + code.substring(3) : code.isEmpty() ? "" : "〒" + code;
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "\n" + second;
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }
}
