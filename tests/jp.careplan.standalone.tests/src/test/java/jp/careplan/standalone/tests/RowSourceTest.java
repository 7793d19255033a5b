/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.careplan.csv.internal.Ms932CsvScanner;
import jp.careplan.csv.internal.RowSource;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;

/**
 * The reader's decoding ahead on a second thread: the rows are the file's, in order; stopping early
 * ends the thread before {@code close} returns; the caller's interrupt neither stops a large file nor
 * is lost.
 */
class RowSourceTest {

    private static final String DECODER = "careplan CSV decoder";

    private static byte[] file(int records) {
        FileLayout layout = Layouts.layout("UPPLAN");
        return new SyntheticRecords(11).file(layout, YearMonth.of(2025, 3), records);
    }

    private static boolean decoderAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals(DECODER) && thread.isAlive());
    }

    @Test
    void rowsDecodedAheadAreTheFilesInOrder() throws IOException {
        byte[] bytes = file(20_000);
        List<List<String>> expected = new java.util.ArrayList<>();
        Ms932CsvScanner plain = new Ms932CsvScanner(new ByteArrayInputStream(bytes), 1 << 19);
        while (plain.next()) {
            String[] values = new String[plain.fieldCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = plain.value(i);
            }
            expected.add(Arrays.asList(values));
        }
        int read = 0;
        try (RowSource rows = new RowSource(new Ms932CsvScanner(new ByteArrayInputStream(bytes), 1 << 19))) {
            for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
                assertEquals(expected.get(read), Arrays.asList(row.values()), "row " + read);
                read++;
                if (read == 10_000) {
                    assertTrue(decoderAlive(), "past 8,192 rows the file is decoded ahead (at most 9 batches ahead)");
                }
            }
        }
        assertEquals(expected.size(), read);
        assertFalse(decoderAlive());
    }

    @Test
    void closingEarlyEndsTheDecodingThreadBeforeCloseReturns() throws IOException {
        RowSource rows = new RowSource(new Ms932CsvScanner(new ByteArrayInputStream(file(40_000)), 1 << 19));
        for (int i = 0; i < 9_000; i++) {
            rows.next();
        }
        assertTrue(decoderAlive(), "the thread decodes ahead");
        rows.close();
        assertFalse(decoderAlive(), "and has ended when close returns: the stream is not read after the reader returns");
    }

    @Test
    void theCallersInterruptNeitherStopsALargeFileNorIsLost() throws IOException {
        byte[] bytes = file(20_000);
        int read = 0;
        Thread.currentThread().interrupt();
        try (RowSource rows = new RowSource(new Ms932CsvScanner(new ByteArrayInputStream(bytes), 1 << 19))) {
            while (rows.next() != null) {
                read++;
            }
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
        assertEquals(20_000, read, "every record was read");
    }
}
