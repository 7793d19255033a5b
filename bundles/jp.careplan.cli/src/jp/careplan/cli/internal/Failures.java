/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What a command that throws leaves behind, under both starts: a line on standard error naming the exception's class,
 * a log entry with its stack, and Equinox's status for a failed application. Never the exceptions' messages: a
 * message may quote a cell of a file ({@code For input string: "…"}), which is personal data.
 */
public final class Failures {

    /** Equinox's exit status for an application that failed. */
    public static final int EXIT_FAILED = 13;

    private Failures() {
    }

    /**
     * Runs a command; what it throws is handed to {@code log} and said on {@code err} by its class only.
     *
     * @param logFile where the log is once {@code log} has written, for the line on standard error ({@code null}: not said)
     */
    public static int guarded(IntSupplier command, PrintStream err, Consumer<Throwable> log, Supplier<String> logFile) {
        try {
            return command.getAsInt();
        } catch (RuntimeException | Error e) {
            log.accept(e);
            System.out.flush();
            String where = logFile.get();
            err.println("careplan: " + e.getClass().getName() + (where == null ? "" : "; see the log " + where));
            return EXIT_FAILED;
        }
    }

    /**
     * The exception and its causes with their stacks, each message replaced by the class's name, for a log that
     * prints messages (Equinox's).
     */
    public static Throwable withoutMessages(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        Throwable copy = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable original = chain.get(i);
            copy = new Scrubbed(original.getClass().getName(), copy);
            copy.setStackTrace(original.getStackTrace());
        }
        return copy;
    }

    /** An exception of the class its message names, with its stack and without its message. */
    static final class Scrubbed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Scrubbed(String className, Throwable cause) {
            super(className, cause);
        }
    }
}
