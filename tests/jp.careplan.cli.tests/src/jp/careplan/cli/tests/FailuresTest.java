/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.careplan.cli.internal.Failures;

/**
 * A command that throws, under either start: status 13, one line on standard error naming the exception's class, and
 * a log entry whose stack keeps every frame and no message (a message may quote a cell: {@code For input string}).
 */
class FailuresTest {

    private static final String CELL = "山田花子の記録";

    @Test
    void aFailedCommandIsSaidAndLoggedByItsClassOnly() {
        IllegalStateException failure = new IllegalStateException("while reading " + CELL,
                new NumberFormatException("For input string: \"" + CELL + "\""));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Throwable> logged = new ArrayList<>();

        int status = Failures.guarded(() -> {
            throw failure;
        }, new PrintStream(err, true, StandardCharsets.UTF_8), logged::add, () -> "/var/log/careplan.log");

        assertEquals(13, status);
        assertEquals("careplan: java.lang.IllegalStateException; see the log /var/log/careplan.log" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(failure), logged, "the log is handed what was thrown");

        Throwable scrubbed = Failures.withoutMessages(failure);
        StringWriter trace = new StringWriter();
        scrubbed.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(CELL), trace.toString());
        assertTrue(trace.toString().contains("java.lang.IllegalStateException") && trace.toString().contains("java.lang.NumberFormatException"),
                trace.toString());
        assertArrayEquals(failure.getStackTrace(), scrubbed.getStackTrace());
        assertArrayEquals(failure.getCause().getStackTrace(), scrubbed.getCause().getStackTrace());
        assertNull(scrubbed.getCause().getCause());
    }

    @Test
    void aCommandThatEndsGivesItsOwnStatusAndLogsNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Throwable> logged = new ArrayList<>();

        assertEquals(1, Failures.guarded(() -> 1, new PrintStream(err, true, StandardCharsets.UTF_8), logged::add, () -> null));

        assertEquals(List.of(), logged);
        assertEquals(0, err.size());
        Throwable cyclic = new RuntimeException("a");
        Throwable cause = new RuntimeException("b", cyclic);
        cyclic.initCause(cause);
        assertSame(null, Failures.withoutMessages(cyclic).getCause().getCause(), "a cycle of causes ends");
    }
}
