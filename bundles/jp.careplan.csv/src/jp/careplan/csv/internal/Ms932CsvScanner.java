/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits an MS932 file into records and items on its bytes, and decodes an item only when asked,
 * strictly. RFC 4180 as Apache Commons CSV reads it with {@code CSVFormat.RFC4180} and
 * {@code QuoteMode.ALL_NON_NULL} (the fuzz tests hold the two to the same records and items): items
 * separated by {@code ,}; a record ends at CRLF, LF or CR; an item that starts with {@code "} is
 * quoted, may hold separators and line ends, writes {@code "} as {@code ""} and must be followed by a
 * separator, a line end or the end of the file; a {@code "} inside an unquoted item is a character;
 * an unquoted empty item is {@code null}, a quoted one the empty string; an empty line is a record of
 * one {@code null} item. Where Commons CSV silently drops white space after a closing quote, this
 * scanner refuses it (nothing is silently repaired).
 * <p>
 * Working on bytes is sound because in MS932 the bytes of {@code ,} {@code "} CR and LF never occur
 * as the second byte of a double-byte character (those run from 0x40). Items of plain ASCII become
 * Strings without a decoder; others are decoded by the tables of {@link Ms932}, which refuses bytes
 * that are not MS932 and 外字 with the exact byte offset, and notes characters that came in a
 * non-canonical byte form so that they can be written back in it.
 * <p>
 * Memory is bounded: the buffer holds the record being read and what follows it, and a record longer
 * than the cap stops reading with {@link RecordTooLargeException}.
 */
public final class Ms932CsvScanner {

    /** How a record ended. */
    public enum LineEnd {
        CRLF, LF, CR, /** the end of the file, without a line end */
        NONE
    }

    /** What is wrong with the bytes. */
    public static final class DecodingException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String ruleId;
        private final long byteOffset;
        private final long line;
        private final int column;

        DecodingException(String ruleId, long byteOffset, long line, int column) {
            super(ruleId + " at byte " + byteOffset + ", line " + line + ", column " + column);
            this.ruleId = ruleId;
            this.byteOffset = byteOffset;
            this.line = line;
            this.column = column;
        }

        /** The 1-based column (item No.) of the bad bytes in their record. */
        public int column() {
            return column;
        }

        /** The 1-based line of the bad bytes. */
        public long line() {
            return line;
        }

        public String ruleId() {
            return ruleId;
        }

        public long byteOffset() {
            return byteOffset;
        }
    }

    /** A problem of the CSV syntax of an item: a quote not closed, or text after its closing quote. */
    public static final class QuoteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final long byteOffset;

        QuoteException(int line, int column, long byteOffset) {
            super("a quoted item is not closed, or text follows its closing quote, at line " + line + ", column " + column
                    + ", byte " + byteOffset);
            this.line = line;
            this.column = column;
            this.byteOffset = byteOffset;
        }

        /** The line of the item's opening quote. */
        public int line() {
            return line;
        }

        /** The 1-based column (item No.) of the item. */
        public int column() {
            return column;
        }

        /**
         * The byte where the file stops being CSV: the opening quote of an item not closed, or the first byte after a
         * closing quote that is neither a comma nor a line end.
         */
        public long byteOffset() {
            return byteOffset;
        }
    }

    /** A record longer than the cap. */
    public static final class RecordTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        RecordTooLargeException(int cap, int line) {
            super("the record starting on line " + line + " is longer than " + cap + " bytes");
            this.line = line;
        }

        /** The line the record starts on. */
        public int line() {
            return line;
        }
    }

    private static final int QUOTED = 1;
    private static final int ESCAPED = 2;
    private static final int NON_ASCII = 4;
    /** A character that makes the writer quote the item: {@code ,} {@code "} CR or LF. */
    private static final int SPECIAL = 8;

    private static final int MORE = -2;

    private final InputStream in;
    private final int maxRecordBytes;
    private byte[] buffer;
    private int limit;
    private long bufferOffset;
    private boolean eof;
    private int position;
    private int nextLine = 1;

    private int recordStart;
    private int recordLine;
    private LineEnd lineEnd;
    private int fieldCount;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private byte[] flags = new byte[32];
    /** The items of the record before, while its bytes are still in the buffer (else no items). */
    private int previousCount;
    private int[] previousStarts = new int[32];
    private int[] previousEnds = new int[32];
    private byte[] previousFlags = new byte[32];

    private char[] chars = new char[256];
    /** Non-canonical characters of the current record: item index, index in the value, code, in threes. */
    private int[] nonCanonical = new int[12];
    private int nonCanonicalCount;

    /**
     * @param in             the file's bytes (read to the end, not closed)
     * @param maxRecordBytes the longest record, line end not counted
     */
    public Ms932CsvScanner(InputStream in, int maxRecordBytes) {
        this(in, maxRecordBytes, 1 << 16);
    }

    /**
     * @param in             the file's bytes (read to the end, not closed)
     * @param maxRecordBytes the longest record, line end not counted
     * @param bufferBytes    the buffer's first size (it grows to hold the longest record); small in tests
     *                       that exercise records across refills
     */
    public Ms932CsvScanner(InputStream in, int maxRecordBytes, int bufferBytes) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
        this.buffer = new byte[Math.max(bufferBytes, 4)];
    }

    /**
     * Moves to the next record.
     *
     * @return {@code false} at the end of the file
     * @throws QuoteException          when the record's quoting is broken
     * @throws RecordTooLargeException when the record is longer than the cap
     */
    public boolean next() throws IOException {
        nonCanonicalCount = 0;
        int[] swap = previousStarts;
        previousStarts = starts;
        starts = swap;
        swap = previousEnds;
        previousEnds = ends;
        ends = swap;
        byte[] swapFlags = previousFlags;
        previousFlags = flags;
        flags = swapFlags;
        previousCount = fieldCount;
        fieldCount = 0;
        while (true) {
            if (position >= limit && eof) {
                return false;
            }
            int end = scan(position);
            if (end != MORE) {
                int lineEndBytes = lineEnd == LineEnd.CRLF ? 2 : lineEnd == LineEnd.NONE ? 0 : 1;
                if (end - position - lineEndBytes > maxRecordBytes) {
                    throw new RecordTooLargeException(maxRecordBytes, recordLine);
                }
                recordStart = position;
                position = end;
                return true;
            }
            // the record before leaves the buffer
            previousCount = 0;
            fill();
        }
    }

    /** Keeps the unread bytes, makes room and reads more. */
    private void fill() throws IOException {
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
            bufferOffset += position;
            position = 0;
            limit = kept;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxRecordBytes + 2));
        }
        // as many bytes as there is room for: whether a record is complete never depends on how the
        // stream hands its bytes out
        int room = buffer.length - limit;
        int n = in.readNBytes(buffer, limit, room);
        limit += n;
        if (n < room) {
            eof = true;
        }
    }

    /** Splits the record starting at {@code p}: the position after it, or {@link #MORE} when the buffer ends first. */
    private int scan(int p) throws QuoteException, RecordTooLargeException {
        byte[] b = buffer;
        // a record is looked at up to the cap (its longest content and a CRLF): what it would need beyond
        // makes it too large, wherever the buffer happens to end
        int cap = p + maxRecordBytes + 2;
        boolean capped = cap <= limit;
        int lim = capped ? cap : limit;
        boolean atEnd = !capped && eof;
        int lines = 0;
        int count = 0;
        while (true) {
            if (count == starts.length) {
                grow();
            }
            if (p < lim && b[p] == '"') {
                int itemLines = lines;
                int start = ++p;
                int flag = QUOTED;
                while (true) {
                    if (p >= lim) {
                        if (!atEnd) {
                            return more(capped);
                        }
                        throw new QuoteException(nextLine + itemLines, count + 1, bufferOffset + start - 1);
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !atEnd) {
                            return more(capped);
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            flag |= ESCAPED | SPECIAL;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c < 0) {
                        flag |= NON_ASCII;
                    } else if (c == ',') {
                        flag |= SPECIAL;
                    } else if (c == '\r') {
                        flag |= SPECIAL;
                        lines++;
                    } else if (c == '\n') {
                        flag |= SPECIAL;
                        if (b[p - 1] != '\r') {
                            lines++;
                        }
                    }
                    p++;
                }
                starts[count] = start;
                ends[count] = p;
                flags[count++] = (byte) flag;
                p++;
                if (p >= lim) {
                    if (!atEnd) {
                        return more(capped);
                    }
                    return record(count, lines, LineEnd.NONE, p);
                }
                byte c = b[p];
                if (c == ',') {
                    p++;
                    continue;
                }
                if (c != '\r' && c != '\n') {
                    throw new QuoteException(nextLine + lines, count, bufferOffset + p);
                }
            } else {
                int start = p;
                int flag = 0;
                byte c = 0;
                while (p < lim) {
                    c = b[p];
                    if (c == ',' || c == '\r' || c == '\n') {
                        break;
                    }
                    if (c < 0) {
                        flag |= NON_ASCII;
                    } else if (c == '"') {
                        flag |= SPECIAL;
                    }
                    p++;
                }
                if (p >= lim && !atEnd) {
                    return more(capped);
                }
                starts[count] = start;
                ends[count] = p;
                flags[count++] = (byte) flag;
                if (p >= lim) {
                    return record(count, lines, LineEnd.NONE, p);
                }
                if (c == ',') {
                    p++;
                    continue;
                }
            }
            // a line end at p
            if (b[p] == '\n') {
                return record(count, lines + 1, LineEnd.LF, p + 1);
            }
            if (p + 1 >= lim && !atEnd) {
                return more(capped);
            }
            if (p + 1 < lim && b[p + 1] == '\n') {
                return record(count, lines + 1, LineEnd.CRLF, p + 2);
            }
            return record(count, lines + 1, LineEnd.CR, p + 1);
        }
    }

    /** The buffer ends before the record: read more, unless the record is already past the cap. */
    private int more(boolean capped) throws RecordTooLargeException {
        if (capped) {
            throw new RecordTooLargeException(maxRecordBytes, nextLine);
        }
        return MORE;
    }

    private int record(int count, int lines, LineEnd end, int after) {
        fieldCount = count;
        lineEnd = end;
        recordLine = nextLine;
        nextLine += lines;
        return after;
    }

    private void grow() {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
        flags = Arrays.copyOf(flags, flags.length * 2);
    }

    /** The number of items of the current record. */
    public int fieldCount() {
        return fieldCount;
    }

    /** The line (1-based) the current record starts on. */
    public int line() {
        return recordLine;
    }

    /** How the current record ended. */
    public LineEnd lineEnd() {
        return lineEnd;
    }

    /** The byte offset of the current record in the file. */
    public long byteOffset() {
        return bufferOffset + recordStart;
    }

    /** Whether an item was written in quotes. */
    public boolean quoted(int item) {
        return (flags[item] & QUOTED) != 0;
    }

    /** Whether an item holds a character the writer quotes for: {@code ,} {@code "} CR or LF. */
    public boolean needsQuotes(int item) {
        return (flags[item] & SPECIAL) != 0;
    }

    /**
     * The value of an item, decoded strictly: {@code null} for an unquoted empty item.
     *
     * @throws DecodingException when its bytes are not MS932 or are 外字
     */
    public String value(int item) throws DecodingException {
        int start = starts[item];
        int end = ends[item];
        int flag = flags[item];
        int length = end - start;
        if (length == 0) {
            return (flag & QUOTED) != 0 ? "" : null;
        }
        if ((flag & (NON_ASCII | ESCAPED)) == 0) {
            return new String(buffer, start, length, StandardCharsets.ISO_8859_1);
        }
        return decode(item, start, end, (flag & ESCAPED) != 0);
    }

    /**
     * Whether an item's value is the same item's value of the record before: both plain ASCII without
     * an escaped quote, not empty, and the same bytes; compared on the bytes, without making a String.
     * (False when the record before has left the buffer.)
     */
    public boolean sameAsBefore(int item) {
        if (item >= previousCount || ((flags[item] | previousFlags[item]) & (NON_ASCII | ESCAPED)) != 0) {
            return false;
        }
        int start = starts[item];
        int end = ends[item];
        int previousStart = previousStarts[item];
        int previousEnd = previousEnds[item];
        return end > start && Arrays.equals(buffer, start, end, buffer, previousStart, previousEnd);
    }

    private String decode(int item, int start, int end, boolean escaped) throws DecodingException {
        if (chars.length < end - start) {
            chars = new char[Math.max(end - start, chars.length * 2)];
        }
        byte[] b = buffer;
        int n = 0;
        int p = start;
        while (p < end) {
            int c = b[p] & 0xFF;
            if (c < 0x80) {
                chars[n++] = (char) c;
                // a quote of a quoted item is written twice: the scanner has checked the second is there
                p += escaped && c == '"' ? 2 : 1;
            } else if (Ms932.isSingleByteCharacter(c)) {
                chars[n++] = Ms932.decodeSingle(c);
                p++;
            } else if (Ms932.isGaijiLeadByte(c)) {
                throw decodingProblem("CSV-GAIJI", item, p);
            } else if (Ms932.isLeadByte(c) && p + 1 < end) {
                int code = c << 8 | b[p + 1] & 0xFF;
                char decoded = Ms932.decodeDouble(code);
                if (decoded == 0) {
                    throw decodingProblem("CSV-ENCODING", item, p);
                }
                if (!Ms932.isCanonical(code)) {
                    addNonCanonical(item, n, code);
                }
                chars[n++] = decoded;
                p += 2;
            } else {
                throw decodingProblem("CSV-ENCODING", item, p);
            }
        }
        return new String(chars, 0, n);
    }

    private DecodingException decodingProblem(String ruleId, int item, int at) {
        int line = recordLine;
        for (int p = recordStart; p < at; p++) {
            if (buffer[p] == '\r' || buffer[p] == '\n' && (p == recordStart || buffer[p - 1] != '\r')) {
                line++;
            }
        }
        return new DecodingException(ruleId, bufferOffset + at, line, item + 1);
    }

    private void addNonCanonical(int item, int index, int code) {
        if (nonCanonicalCount + 3 > nonCanonical.length) {
            nonCanonical = Arrays.copyOf(nonCanonical, nonCanonical.length * 2);
        }
        nonCanonical[nonCanonicalCount++] = item;
        nonCanonical[nonCanonicalCount++] = index;
        nonCanonical[nonCanonicalCount++] = code;
    }

    /**
     * The characters of the current record decoded so far that came in a non-canonical byte form: item
     * index, index in the item's value and double-byte code, in threes (an empty array mostly).
     */
    public int[] nonCanonical() {
        return nonCanonicalCount == 0 ? EMPTY : Arrays.copyOf(nonCanonical, nonCanonicalCount);
    }

    private static final int[] EMPTY = new int[0];
}
