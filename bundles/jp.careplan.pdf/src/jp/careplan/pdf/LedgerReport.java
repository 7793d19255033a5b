/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.Ledger;
import jp.careplan.pdf.internal.PageCanvas;

/**
 * A month's history from an evidence ledger as a PDF an inspector can read (運営指導): A4 landscape, a Japanese font
 * embedded ({@link JapaneseFonts}); the folder, the month, who made the report and when, the ledger's verification
 * (whole, or each finding), the counts per action, then every entry of the month — number, time with zone, user,
 * action, file, send unit, the file's SHA-256 in full and the records' keys — with the column header repeated on each
 * page and "page n of m" under each. The hash of the ledger's last entry ties the report to the ledger it came from.
 * Like the ledger, it holds no cell content.
 */
public final class LedgerReport {

    private static final float MARGIN = 36f;
    private static final float SIZE = 7.5f;
    private static final float KEY_SIZE = 6.5f;
    private static final float ROW = 10.5f;
    /** Column starts (from the left margin) and their headings' keys. */
    private static final float[] COLUMNS = { 0f, 32f, 132f, 196f, 236f, 470f, 538f };
    private static final String[] HEADINGS = { "number", "time", "user", "action", "file", "unit", "sha256" };

    private final Ledger ledger;
    private final String yearMonth;
    private final ResourceBundle text;
    private final Locale locale;

    /**
     * @param ledger    the ledger to report on
     * @param yearMonth the month, {@code YYYYMM}
     * @param locale    the report's language (Japanese, or English)
     */
    public LedgerReport(Ledger ledger, String yearMonth, Locale locale) {
        if (!yearMonth.matches("\\d{4}(0[1-9]|1[0-2])")) {
            throw new IllegalArgumentException("a month is YYYYMM");
        }
        this.ledger = ledger;
        this.yearMonth = yearMonth;
        this.locale = locale;
        this.text = ResourceBundle.getBundle("jp.careplan.pdf.internal.report", locale, LedgerReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the report to a file, atomically and owner-only. */
    public void write(Path target) throws IOException {
        byte[] pdf = render();
        AtomicFiles.write(target, out -> out.write(pdf));
    }

    /**
     * A report as rendered.
     *
     * @param pdf      its bytes
     * @param pages    its page count
     * @param findings what the ledger's verification found (empty: whole)
     */
    public record Rendered(byte[] pdf, int pages, List<Ledger.Finding> findings) {
    }

    /** The report's bytes. */
    public byte[] render() throws IOException {
        return report().pdf();
    }

    /** The report, with its page count and the verification it shows. */
    public Rendered report() throws IOException {
        List<Ledger.Entry> all = ledger.entries();
        List<Ledger.Finding> findings = ledger.verify();
        List<Ledger.Entry> month = Ledger.ofMonth(all, yearMonth);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int pages;
        try (PDDocument document = new PDDocument(); JapaneseFonts.Loaded font = JapaneseFonts.load(document)) {
            String title = text.getString("title");
            String monthText = yearMonth.substring(0, 4) + "-" + yearMonth.substring(4);
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            // every page after the first opens with the table's header; the first opens with the summary
            PageCanvas.Header header = canvas -> {
                if (document.getNumberOfPages() > 1) {
                    columnHeader(canvas);
                }
            };
            try (PageCanvas canvas = new PageCanvas(document, font.font(), landscape, MARGIN, 14f, header)) {
                canvas.newPage();
                // the first page opens with what the report is about, above the table's header
                summary(canvas, title, monthText, all, month, findings);
                canvas.ensure(ROW);
                columnHeader(canvas);
                if (month.isEmpty()) {
                    canvas.moveDown(ROW);
                    canvas.text(canvas.left(), canvas.y(), SIZE, text.getString("none"));
                }
                for (Ledger.Entry entry : month) {
                    entry(canvas, entry);
                }
            }
            PageCanvas footers = new PageCanvas(document, font.font(), landscape, MARGIN, 0, null);
            footers.footers(7f, (page, count) -> format("footer", title + " " + monthText, page, count));
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title + " " + monthText);
            information.setCreator("careplan workbench");
            information.setCreationDate(Calendar.getInstance());
            pages = document.getNumberOfPages();
            document.save(bytes);
        }
        return new Rendered(bytes.toByteArray(), pages, findings);
    }

    private void summary(PageCanvas canvas, String title, String monthText, List<Ledger.Entry> all, List<Ledger.Entry> month,
            List<Ledger.Finding> findings) throws IOException {
        canvas.moveDown(16f);
        canvas.text(canvas.left(), canvas.y(), 15f, title);
        canvas.text(canvas.right() - canvas.width(format("month", monthText), 11f), canvas.y(), 11f, format("month", monthText));
        canvas.moveDown(6f);
        canvas.line(canvas.left(), canvas.y(), canvas.right(), canvas.y(), 0.8f);
        Path folder = ledger.file().getParent();
        String ledgerName = ledger.file().getFileName().toString();
        String folderName = ledgerName.endsWith(".careplan-ledger.tsv")
                ? ledgerName.substring(0, ledgerName.length() - ".careplan-ledger.tsv".length())
                : Objects.toString(folder, "");
        String made = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Map<Ledger.Action, Integer> counts = new EnumMap<>(Ledger.Action.class);
        month.forEach(entry -> counts.merge(entry.action(), 1, Integer::sum));
        List<String> lines = new java.util.ArrayList<>(List.of(format("folder", folderName), format("ledgerFile", ledgerName),
                format("made", made, Objects.toString(System.getProperty("user.name"), "")), format("scope", month.size(), all.size()),
                format("counts", counts.getOrDefault(Ledger.Action.IMPORT, 0), counts.getOrDefault(Ledger.Action.EXPORT, 0),
                        counts.getOrDefault(Ledger.Action.SAVE, 0), counts.getOrDefault(Ledger.Action.DELETE, 0),
                        counts.getOrDefault(Ledger.Action.CONVERT, 0), counts.getOrDefault(Ledger.Action.CREATE, 0))));
        for (String line : lines) {
            canvas.moveDown(12f);
            canvas.text(canvas.left(), canvas.y(), 9f, line);
        }
        canvas.moveDown(14f);
        canvas.text(canvas.left(), canvas.y(), 9.5f, findings.isEmpty()
                ? format(ledger.endKnown() ? "whole" : "wholeEndUnknown", all.size()) : format("broken", findings.size()));
        for (Ledger.Finding finding : findings) {
            canvas.ensure(11f);
            canvas.moveDown(11f);
            canvas.text(canvas.left() + 12f, canvas.y(), 8.5f, "• " + format("finding." + finding.problem().name(), finding.line(),
                    finding.number()));
        }
        if (!all.isEmpty()) {
            canvas.moveDown(12f);
            canvas.text(canvas.left(), canvas.y(), 8f, format("last", all.get(all.size() - 1).hash()));
        }
        canvas.moveDown(11f);
        canvas.text(canvas.left(), canvas.y(), 7.5f, format("note"));
        canvas.moveDown(10f);
    }

    /** The table's header: on the first page below the summary, on every other page at its top. */
    private void columnHeader(PageCanvas canvas) throws IOException {
        float top = canvas.y();
        canvas.shade(canvas.left(), top - 13f, canvas.width(), 13f, 0.88f);
        for (int i = 0; i < COLUMNS.length; i++) {
            canvas.text(canvas.left() + COLUMNS[i] + 2f, top - 9.5f, SIZE, text.getString("column." + HEADINGS[i]));
        }
        canvas.moveDown(13f);
        canvas.line(canvas.left(), canvas.y(), canvas.right(), canvas.y(), 0.6f);
    }

    private void entry(PageCanvas canvas, Ledger.Entry entry) throws IOException {
        List<String> keyLines = entry.keys().isEmpty() ? List.of()
                : canvas.wrap(format("keys", entry.keys().size(), String.join(", ", entry.keys())), KEY_SIZE, canvas.width() - 36f);
        float height = ROW + keyLines.size() * (KEY_SIZE + 2f) + 3f;
        // an entry stays on one page when it fits on one; a very long list of keys continues on the next
        canvas.ensure(Math.min(height, ROW + 4 * (KEY_SIZE + 2f)));
        canvas.moveDown(ROW);
        float baseline = canvas.y() + 2.5f;
        String[] cells = { Long.toString(entry.number()), entry.time(), entry.user(), text.getString("action." + entry.action().name()),
                entry.file(), entry.unit().isEmpty() ? "-" : entry.unit(), entry.sha256() };
        for (int i = 0; i < cells.length; i++) {
            float available = (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : canvas.width()) - COLUMNS[i] - 4f;
            canvas.text(canvas.left() + COLUMNS[i] + 2f, baseline, fitting(canvas, cells[i], available), cells[i]);
        }
        for (String line : keyLines) {
            canvas.ensure(KEY_SIZE + 2f);
            canvas.moveDown(KEY_SIZE + 2f);
            canvas.text(canvas.left() + 34f, canvas.y() + 1.5f, KEY_SIZE, line);
        }
        canvas.moveDown(3f);
        canvas.line(canvas.left(), canvas.y(), canvas.right(), canvas.y(), 0.2f);
    }

    /** The table's size, or smaller so that a long cell (a long file name) stays in its column whole. */
    private static float fitting(PageCanvas canvas, String cell, float available) throws IOException {
        float width = canvas.width(cell, SIZE);
        return width <= available ? SIZE : Math.max(4f, SIZE * available / width);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }
}
