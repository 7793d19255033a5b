/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.pdf.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Pages of one size written top to bottom: a cursor that moves down, a new page (with its header drawn again) when
 * the next block would not fit above the footer, text measured and wrapped in the embedded font, and footers written
 * once the page count is known. A character the font has no glyph for is drawn as {@code ?} rather than failing the
 * whole document.
 */
public final class PageCanvas implements Closeable {

    /** Draws a page's header at the top of each new page and leaves the cursor below it. */
    public interface Header {
        void draw(PageCanvas canvas) throws IOException;
    }

    private final PDDocument document;
    private final PDFont font;
    private final PDRectangle size;
    private final float margin;
    private final float footerHeight;
    private final Header header;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    public PageCanvas(PDDocument document, PDFont font, PDRectangle size, float margin, float footerHeight, Header header) {
        this.document = document;
        this.font = font;
        this.size = size;
        this.margin = margin;
        this.footerHeight = footerHeight;
        this.header = header;
    }

    public float left() {
        return margin;
    }

    public float right() {
        return size.getWidth() - margin;
    }

    public float width() {
        return right() - left();
    }

    /** The lowest a block may reach (above the footer). */
    public float bottom() {
        return margin + footerHeight;
    }

    /** The top of a page's content. */
    public float top() {
        return size.getHeight() - margin;
    }

    /** Moves the cursor to a height (within the current page). */
    public void moveTo(float newY) {
        y = newY;
    }

    /** Text ending at {@code xRight}. */
    public void textRight(float xRight, float baseline, float fontSize, String text) throws IOException {
        text(xRight - width(text, fontSize), baseline, fontSize, text);
    }

    /** Text centred on {@code xCentre}. */
    public void textCentred(float xCentre, float baseline, float fontSize, String text) throws IOException {
        text(xCentre - width(text, fontSize) / 2, baseline, fontSize, text);
    }

    /**
     * Text wrapped inside a cell whose top-left corner is ({@code x}, {@code cellTop}), with a padding of 2 points; the
     * lines that do not fit in {@code height} are left out, the last shown then ending in {@code …}.
     *
     * @return the height the whole text needs
     */
    public float cellText(float x, float cellTop, float cellWidth, float height, float fontSize, String text, boolean right)
            throws IOException {
        List<String> lines = wrap(text, fontSize, cellWidth - 4f);
        float leading = fontSize * 1.25f;
        float needed = lines.size() * leading + 3f;
        int fitting = Math.max(0, (int) ((height - 3f) / leading));
        for (int i = 0; i < lines.size() && i < fitting; i++) {
            String line = lines.get(i);
            if (i == fitting - 1 && lines.size() > fitting) {
                line = line.isEmpty() ? "…" : line.substring(0, Math.max(0, line.length() - 1)) + "…";
            }
            float baseline = cellTop - 1.5f - leading * (i + 1) + (leading - fontSize) / 2 + 1f;
            if (right) {
                textRight(x + cellWidth - 2f, baseline, fontSize, line);
            } else {
                text(x + 2f, baseline, fontSize, line);
            }
        }
        return needed;
    }

    /** The height wrapped text needs in a cell of the width (as {@link #cellText} draws it). */
    public float cellHeight(float cellWidth, float fontSize, String text) throws IOException {
        return wrap(text, fontSize, cellWidth - 4f).size() * fontSize * 1.25f + 3f;
    }

    /** The cursor: the top of the next block. */
    public float y() {
        return y;
    }

    public void moveDown(float height) {
        y -= height;
    }

    /** Starts a page and draws its header. */
    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = size.getHeight() - margin;
        if (header != null) {
            header.draw(this);
        }
    }

    /** Makes room for a block of the given height: a new page when it would reach into the footer. */
    public void ensure(float height) throws IOException {
        if (stream == null || y - height < margin + footerHeight) {
            newPage();
        }
    }

    /** Text with its baseline at {@code baseline}. */
    public void text(float x, float baseline, float fontSize, String text) throws IOException {
        String shown = drawable(text).replace('\n', ' ');
        if (shown.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, fontSize);
        stream.newLineAtOffset(x, baseline);
        stream.showText(shown);
        stream.endText();
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    public void box(float x, float bottom, float boxWidth, float height, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.addRect(x, bottom, boxWidth, height);
        stream.stroke();
    }

    /** A filled box in a shade of grey (0 black, 1 white). */
    public void shade(float x, float bottom, float boxWidth, float height, float grey) throws IOException {
        stream.setNonStrokingColor(grey);
        stream.addRect(x, bottom, boxWidth, height);
        stream.fill();
        stream.setNonStrokingColor(0f);
    }

    /** The width of the text in the font at the size. */
    public float width(String text, float fontSize) throws IOException {
        return font.getStringWidth(drawable(text).replace('\n', ' ')) / 1000f * fontSize;
    }

    /** The text broken into lines no wider than {@code maxWidth}, at spaces where it can, else between characters. */
    public List<String> wrap(String text, float fontSize, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : drawable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length();) {
                int codePoint = paragraph.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                line.appendCodePoint(codePoint);
                if (codePoint == ' ') {
                    lastSpace = line.length();
                }
                if (width(line.toString(), fontSize) > maxWidth && line.length() > Character.charCount(codePoint)) {
                    int cut = lastSpace > 0 && lastSpace < line.length() ? lastSpace : line.length() - Character.charCount(codePoint);
                    lines.add(line.substring(0, cut).stripTrailing());
                    String rest = line.substring(cut);
                    line.setLength(0);
                    line.append(rest);
                    lastSpace = -1;
                }
                i = next;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Ends the last page. */
    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** Writes a footer on every page, given its number and the count (after {@link #close()}). */
    public void footers(float fontSize, BiFunction<Integer, Integer, String> footer) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footerStream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String text = drawable(footer.apply(i + 1, count)).replace('\n', ' ');
                float textWidth = font.getStringWidth(text) / 1000f * fontSize;
                footerStream.beginText();
                footerStream.setFont(font, fontSize);
                footerStream.newLineAtOffset((page.getMediaBox().getWidth() - textWidth) / 2, margin / 2);
                footerStream.showText(text);
                footerStream.endText();
            }
        }
    }

    /** The text with every character the font cannot draw (or a control character) as {@code ?}. */
    public String drawable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                shown.append('\n');
            } else if (codePoint == '\t' || codePoint == '\r') {
                shown.append(' ');
            } else if (Character.isISOControl(codePoint) || !drawable.computeIfAbsent(codePoint, this::hasGlyph)) {
                shown.append('?');
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException missing) {
            return false;
        }
    }
}
