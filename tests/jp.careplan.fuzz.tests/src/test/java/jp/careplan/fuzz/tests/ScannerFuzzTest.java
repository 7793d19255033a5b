/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.internal.Ms932;
import jp.careplan.csv.internal.Ms932CsvScanner;
import jp.careplan.csv.internal.RowSource;

/**
 * The reader's own scanner against Apache Commons CSV, the reference for the CSV syntax: for any bytes
 * that are MS932 text, wherever the scanner reads records Commons CSV reads the same records and items
 * (an unquoted empty item {@code null}, a quoted one empty), and wherever Commons CSV refuses the text
 * the scanner refuses it too. The scanner is stricter in one place only: Commons CSV drops white space
 * between a closing quote and the separator, the scanner refuses it (nothing is silently repaired).
 * And what the scanner reads does not depend on its buffer's size.
 */
class ScannerFuzzTest {

    private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString(null).setTrim(false).setIgnoreSurroundingSpaces(false)
            .get();

    @FuzzTest(maxDuration = "10m")
    void agreesWithCommonsCsv(byte[] bytes) {
        String text;
        try {
            text = Ms932.CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return; // not MS932: the scanner's own business (CSV-ENCODING), nothing to compare
        }
        List<List<String>> ours = new ArrayList<>();
        IOException ourProblem = null;
        try (RowSource rows = new RowSource(new Ms932CsvScanner(new ByteArrayInputStream(bytes), 1 << 19))) {
            for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
                ours.add(Arrays.asList(row.values()));
            }
        } catch (Ms932CsvScanner.DecodingException e) {
            assertTrue(hasGaiji(bytes), "only 外字 is refused in text Java decodes");
            return;
        } catch (IOException e) {
            ourProblem = e;
        }
        List<List<String>> theirs = new ArrayList<>();
        boolean theyRefused = false;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), COMMONS)) {
            for (CSVRecord record : parser) {
                theirs.add(Arrays.asList(record.values()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            theyRefused = true;
        }
        if (ourProblem == null) {
            if (theyRefused) {
                fail("Commons CSV refuses what the scanner reads");
            }
            assertEquals(theirs, ours);
        } else if (!theyRefused) {
            assertTrue(ourProblem instanceof Ms932CsvScanner.QuoteException, ourProblem.toString());
            assertTrue(whiteSpaceAfterAQuote(text), "the scanner refuses only white space after a closing quote beyond Commons CSV");
        }
    }

    /**
     * The records, their positions, line ends, quoting, values and problems do not depend on how the
     * bytes fall into the scanner's buffer: a buffer of 4 bytes (refilled, compacted and grown at every
     * turn) gives what one buffer holding the whole input gives. The cap is small so that it is reached.
     */
    @FuzzTest(maxDuration = "10m")
    void sameWhateverTheBufferSize(byte[] bytes) {
        assertEquals(scan(bytes, 1 << 16), scan(bytes, 4));
    }

    /** Everything the scanner tells of each record, and how it stopped. */
    private static List<String> scan(byte[] bytes, int bufferBytes) {
        List<String> seen = new ArrayList<>();
        Ms932CsvScanner scanner = new Ms932CsvScanner(new ByteArrayInputStream(bytes), 200, bufferBytes);
        try {
            while (scanner.next()) {
                StringBuilder record = new StringBuilder().append(scanner.line()).append(' ').append(scanner.lineEnd())
                        .append(' ').append(scanner.byteOffset());
                for (int i = 0; i < scanner.fieldCount(); i++) {
                    record.append(" [").append(scanner.quoted(i)).append(scanner.needsQuotes(i)).append(' ');
                    try {
                        record.append(scanner.value(i));
                    } catch (Ms932CsvScanner.DecodingException e) {
                        record.append(e.ruleId()).append('@').append(e.byteOffset()).append(':').append(e.line())
                                .append(':').append(e.column());
                    }
                    record.append(']');
                }
                record.append(Arrays.toString(scanner.nonCanonical()));
                seen.add(record.toString());
            }
            seen.add("end");
        } catch (Ms932CsvScanner.QuoteException e) {
            // the item and byte too: they are counted from the buffer's offset, which the buffer's size must not change
            seen.add("quote at line " + e.line() + ", column " + e.column() + ", byte " + e.byteOffset());
        } catch (Ms932CsvScanner.RecordTooLargeException e) {
            seen.add("too large at line " + e.line());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seen;
    }

    private static boolean hasGaiji(byte[] bytes) {
        for (byte b : bytes) {
            if (Ms932.isGaijiLeadByte(b & 0xFF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean whiteSpaceAfterAQuote(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) == '"' && next != '\r' && next != '\n' && Character.isWhitespace(next)) {
                return true;
            }
        }
        return false;
    }
}
