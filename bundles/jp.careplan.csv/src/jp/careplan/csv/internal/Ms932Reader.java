/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;

/**
 * A strict MS932 decoder as a {@link Reader}, for the CSV parser: it refuses what the standard
 * forbids (bytes that are not MS932, 外字) with the exact byte offset, and it remembers what the
 * codec needs beyond the characters:
 * <ul>
 * <li>where each line starts in bytes, so a record's byte offset is known;</li>
 * <li>which characters came in a non-canonical byte form, so an unedited item can be written back in
 * the bytes it came in;</li>
 * <li>the recent characters (a window), so the raw text of a record can be looked at again.</li>
 * </ul>
 * The caller {@link #forget(long) forgets} what it has consumed, so memory stays bounded however large
 * the file is.
 */
public final class Ms932Reader extends Reader {

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

    /** A record (the text since the last {@link #forget}) longer than the cap. */
    public static final class RecordTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLargeException(int cap) {
            super("a record is longer than " + cap + " characters");
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int bufferPosition;
    private int bufferLimit;
    private long bufferStartOffset;
    private boolean eof;

    private long charPosition;
    private long lineBreaks;
    private char previous;
    private final int maxRecordChars;
    private long forgottenBefore;

    /** Line starts since the last forget: char positions and byte offsets, in pairs. */
    private long[] lineStarts = new long[256];
    private int lineStartCount;

    /** Non-canonical double-byte characters since the last forget: char position and code, in pairs. */
    private long[] nonCanonical = new long[16];
    private int nonCanonicalCount;

    /** The characters since the last forget (and some before), a ring indexed by char position. */
    private final char[] window;

    /**
     * @param in             the file's bytes
     * @param maxRecordChars the longest text between two {@link #forget} calls (a record) before reading stops
     */
    public Ms932Reader(InputStream in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
        this.window = new char[Integer.highestOneBit(Math.max(maxRecordChars, 1 << 16) * 2 + (1 << 16)) << 1];
        addLineStart(0, 0);
    }

    /** The number of characters delivered so far. */
    public long charPosition() {
        return charPosition;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count = 0;
        int mask = window.length - 1;
        while (count < length) {
            if (bufferPosition >= bufferLimit && !fill()) {
                break;
            }
            // the common case first: a run of ASCII that is not a line end
            int limit = Math.min(bufferLimit, bufferPosition + length - count);
            while (bufferPosition < limit) {
                byte b = buffer[bufferPosition];
                if (b < 0 || b == '\n' || b == '\r') {
                    break;
                }
                char c = (char) b;
                target[offset + count++] = c;
                window[(int) (charPosition++ & mask)] = c;
                bufferPosition++;
                previous = c;
            }
            if (count == length || bufferPosition >= bufferLimit) {
                continue;
            }
            count += decodeOne(target, offset + count);
        }
        if (charPosition - forgottenBefore > maxRecordChars + (long) buffer.length) {
            throw new RecordTooLargeException(maxRecordChars);
        }
        return count == 0 && eof ? -1 : count;
    }

    /** Decodes the character at the buffer position (not plain ASCII): a line end, kana, or a double byte. */
    private int decodeOne(char[] target, int at) throws IOException {
        int b = buffer[bufferPosition] & 0xFF;
        long byteOffset = bufferStartOffset + bufferPosition;
        char c;
        if (b < 0x80) {
            c = (char) b;
            bufferPosition++;
        } else if (Ms932.isSingleByteCharacter(b)) {
            c = Ms932.decodeSingle(b);
            bufferPosition++;
        } else if (Ms932.isGaijiLeadByte(b)) {
            throw new DecodingException("CSV-GAIJI", byteOffset, lineBreaks + 1, columnHere());
        } else if (Ms932.isLeadByte(b)) {
            if (bufferPosition + 1 >= bufferLimit && !fillKeepingOne()) {
                throw new DecodingException("CSV-ENCODING", byteOffset, lineBreaks + 1, columnHere());
            }
            int code = b << 8 | buffer[bufferPosition + 1] & 0xFF;
            c = Ms932.decodeDouble(code);
            if (c == 0) {
                throw new DecodingException("CSV-ENCODING", bufferStartOffset + bufferPosition, lineBreaks + 1, columnHere());
            }
            if (!Ms932.isCanonical(code)) {
                addNonCanonical(charPosition, code);
            }
            bufferPosition += 2;
        } else {
            throw new DecodingException("CSV-ENCODING", byteOffset, lineBreaks + 1, columnHere());
        }
        target[at] = c;
        window[(int) (charPosition & (window.length - 1))] = c;
        charPosition++;
        if (c == '\n' || c == '\r') {
            if (c == '\r' || previous != '\r') {
                lineBreaks++;
            }
            addLineStart(charPosition, bufferStartOffset + bufferPosition);
        }
        previous = c;
        return 1;
    }

    /** The 1-based column of the next character: items counted from the start of its record. */
    private int columnHere() {
        int column = 1;
        boolean quoted = false;
        long from = Math.max(forgottenBefore, charPosition - window.length + 1);
        for (long p = from; p < charPosition; p++) {
            char c = window[(int) (p & (window.length - 1))];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                column++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                column = 1;
            }
        }
        return column;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        bufferStartOffset += bufferLimit;
        bufferPosition = 0;
        bufferLimit = 0;
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        bufferLimit = n;
        return true;
    }

    /** Refills so that the byte at {@code bufferPosition} and the next are both in the buffer. */
    private boolean fillKeepingOne() throws IOException {
        if (eof) {
            return false;
        }
        byte lead = buffer[bufferPosition];
        bufferStartOffset += bufferPosition;
        buffer[0] = lead;
        bufferPosition = 0;
        bufferLimit = 1;
        int n = in.readNBytes(buffer, 1, buffer.length - 1);
        if (n <= 0) {
            eof = true;
            return false;
        }
        bufferLimit += n;
        return true;
    }

    private void addLineStart(long charPos, long byteOffset) {
        if (lineStartCount + 2 > lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lineStarts.length * 2);
        }
        lineStarts[lineStartCount++] = charPos;
        lineStarts[lineStartCount++] = byteOffset;
    }

    private void addNonCanonical(long charPos, int code) {
        if (nonCanonicalCount + 2 > nonCanonical.length) {
            nonCanonical = Arrays.copyOf(nonCanonical, nonCanonical.length * 2);
        }
        nonCanonical[nonCanonicalCount++] = charPos;
        nonCanonical[nonCanonicalCount++] = code;
    }

    /**
     * The byte offset of a character position that starts a line (a record starts a line), or -1
     * when it does not or was forgotten.
     */
    public long byteOffsetOfLineStart(long charPos) {
        for (int i = 0; i < lineStartCount; i += 2) {
            if (lineStarts[i] == charPos) {
                return lineStarts[i + 1];
            }
            if (lineStarts[i] > charPos) {
                break;
            }
        }
        return -1;
    }

    /** The non-canonical double-byte characters in {@code [from, to)}: char positions and codes in pairs. */
    public long[] nonCanonicalBetween(long from, long to) {
        int count = 0;
        long[] found = new long[0];
        for (int i = 0; i < nonCanonicalCount; i += 2) {
            long pos = nonCanonical[i];
            if (pos >= from && pos < to) {
                if (count + 2 > found.length) {
                    found = Arrays.copyOf(found, Math.max(4, found.length * 2));
                }
                found[count++] = pos;
                found[count++] = nonCanonical[i + 1];
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** The character at a position that has not been forgotten. */
    public char charAt(long position) {
        return window[(int) (position & (window.length - 1))];
    }

    /** The characters of {@code [from, to)}, which must not have been forgotten. */
    public String text(long from, long to) {
        if (from < charPosition - window.length || to > charPosition || from > to) {
            throw new IllegalArgumentException("characters " + from + " to " + to + " are not in the window");
        }
        StringBuilder text = new StringBuilder((int) (to - from));
        for (long p = from; p < to; p++) {
            text.append(window[(int) (p & (window.length - 1))]);
        }
        return text.toString();
    }

    /** Forgets what lies before a character position (the start of the next record). */
    public void forget(long before) {
        forgottenBefore = before;
        int keep = 0;
        // keep the last line start at or before 'before' so that it can still be looked up
        for (int i = 0; i < lineStartCount; i += 2) {
            if (lineStarts[i] >= before || (i + 2 < lineStartCount && lineStarts[i + 2] > before) || i + 2 >= lineStartCount) {
                if (lineStarts[i] < before && i + 2 < lineStartCount && lineStarts[i + 2] <= before) {
                    continue;
                }
                lineStarts[keep++] = lineStarts[i];
                lineStarts[keep++] = lineStarts[i + 1];
            }
        }
        lineStartCount = keep;
        int kept = 0;
        for (int i = 0; i < nonCanonicalCount; i += 2) {
            if (nonCanonical[i] >= before) {
                nonCanonical[kept++] = nonCanonical[i];
                nonCanonical[kept++] = nonCanonical[i + 1];
            }
        }
        nonCanonicalCount = kept;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
