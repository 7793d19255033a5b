/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.internal;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The records of a file, decoded: every item of a record as a String (and so checked as MS932) with
 * what the reader needs to know of its form. A code equal to the same item of the record before
 * shares its String (codes repeat from record to record), so equal values are one object in the model.
 * <p>
 * A large file is decoded on a second thread while the caller binds what was decoded before: the
 * first {@value #ROWS_ON_CALLER} records are decoded on the calling thread (a small file never starts
 * a thread), the rest ahead of the caller in batches, at most {@value #BATCHES_AHEAD} batches of
 * {@value #BATCH} records ahead, so memory stays bounded. Problems of the bytes reach the caller in
 * order, after every record before them; whatever ends the thread reaches the caller. {@link #close()}
 * stops the thread and waits for it.
 */
public final class RowSource implements AutoCloseable {

    /** A record decoded. */
    public static final class Row {
        private final String[] values;
        private final int line;
        private final long byteOffset;
        private final Ms932CsvScanner.LineEnd lineEnd;
        /** Per item, two bits: quoted, and holding a character that needs quotes. */
        private final long[] form;
        private final int[] nonCanonical;

        Row(String[] values, int line, long byteOffset, Ms932CsvScanner.LineEnd lineEnd, long[] form, int[] nonCanonical) {
            this.values = values;
            this.line = line;
            this.byteOffset = byteOffset;
            this.lineEnd = lineEnd;
            this.form = form;
            this.nonCanonical = nonCanonical;
        }

        /** The items' values ({@code null} for an unquoted empty item); the array is the row's own. */
        public String[] values() {
            return values;
        }

        /** The line (1-based) the record starts on. */
        public int line() {
            return line;
        }

        /** The byte offset of the record in the file. */
        public long byteOffset() {
            return byteOffset;
        }

        public Ms932CsvScanner.LineEnd lineEnd() {
            return lineEnd;
        }

        /** Whether an item was written in quotes. */
        public boolean quoted(int item) {
            return (form[item >> 5] >>> ((item & 31) << 1) & 1) != 0;
        }

        /** Whether an item holds a character the writer quotes for: {@code ,} {@code "} CR or LF. */
        public boolean needsQuotes(int item) {
            return (form[item >> 5] >>> ((item & 31) << 1) & 2) != 0;
        }

        /** See {@link Ms932CsvScanner#nonCanonical()}. */
        public int[] nonCanonical() {
            return nonCanonical;
        }
    }

    static final int ROWS_ON_CALLER = 8192;
    static final int BATCH = 1024;
    static final int BATCHES_AHEAD = 8;

    /** A batch of rows; the last one a source sends has {@code end} set, and the problem that ended it if any. */
    private record Batch(Row[] rows, int size, boolean end, Throwable problem) {
    }

    private final Ms932CsvScanner scanner;
    private String[] previous = new String[0];
    private int rowsOnCaller;

    private Thread worker;
    private volatile boolean stopped;
    private BlockingQueue<Batch> queue;
    private Batch batch;
    private int index;

    public RowSource(Ms932CsvScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * The next record, or {@code null} after the last.
     *
     * @throws IOException what {@link Ms932CsvScanner} finds wrong with the bytes, in the order of the file
     */
    public Row next() throws IOException {
        if (worker == null) {
            if (rowsOnCaller < ROWS_ON_CALLER) {
                Row row = decode();
                if (row != null) {
                    rowsOnCaller++;
                }
                return row;
            }
            start();
        }
        while (batch == null || index == batch.size()) {
            if (batch != null && batch.end()) {
                rethrow(batch.problem());
                return null;
            }
            batch = take();
            index = 0;
        }
        return batch.rows()[index++];
    }

    /**
     * The next batch. Not interruptible, as reading a small file on the caller is not (the caller's
     * interrupt is kept for it); a worker that died without a last batch is a problem, not a hang.
     */
    private Batch take() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    Batch next = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        return next;
                    }
                    if (!worker.isAlive() && queue.isEmpty()) {
                        throw new IOException("the decoding thread ended without a last batch");
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void rethrow(Throwable problem) throws IOException {
        if (problem instanceof IOException io) {
            throw io;
        }
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
    }

    private void start() {
        queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        worker = new Thread(this::decodeAhead, "careplan CSV decoder");
        worker.setDaemon(true);
        worker.start();
    }

    private void decodeAhead() {
        Row[] rows = new Row[0];
        int size = 0;
        Throwable problem;
        try {
            while (!stopped) {
                rows = new Row[BATCH];
                size = 0;
                Row row = null;
                while (size < BATCH && !stopped && (row = decode()) != null) {
                    rows[size++] = row;
                }
                boolean end = row == null;
                queue.put(new Batch(rows, size, end, null));
                rows = new Row[0];
                size = 0;
                if (end) {
                    return;
                }
            }
            return;
        } catch (Throwable e) { // NOPMD: whatever ends this thread reaches the reader, after the rows before it
            problem = e;
        }
        try {
            if (!stopped) {
                queue.put(new Batch(rows, size, true, problem));
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            // the reader notices a dead thread without a last batch by itself
        }
    }

    private Row decode() throws IOException {
        Ms932CsvScanner s = scanner;
        if (!s.next()) {
            return null;
        }
        int count = s.fieldCount();
        String[] values = new String[count];
        long[] form = new long[(count + 31) >> 5];
        String[] before = previous;
        for (int i = 0; i < count; i++) {
            String same = i < before.length ? before[i] : null;
            values[i] = same != null && s.sameAsBefore(i) ? same : s.value(i);
            long bits = (s.quoted(i) ? 1 : 0) | (s.needsQuotes(i) ? 2 : 0);
            form[i >> 5] |= bits << ((i & 31) << 1);
        }
        previous = values;
        return new Row(values, s.line(), s.byteOffset(), s.lineEnd(), form, s.nonCanonical());
    }

    /**
     * Stops decoding ahead and waits until the decoding thread has ended, so that the stream is not
     * read after the reader returns. (No interrupt: it could close the caller's channel.)
     */
    @Override
    public void close() {
        if (worker == null) {
            return;
        }
        stopped = true;
        boolean interrupted = false;
        while (worker.isAlive()) {
            queue.clear(); // a worker waiting for room goes on and sees that it is stopped
            try {
                worker.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
