/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.internal.CommandLine;

/**
 * The {@code careplan} command line, callable from Java (a vendor's test, a batch job) exactly as
 * {@code ./careplan} runs it. Output goes to {@code out}, errors about the invocation itself to
 * {@code err}; neither ever contains the contents of a file.
 */
public final class Careplan {

    /** Exit code: the command ran and found no problem. */
    public static final int EXIT_OK = 0;
    /** Exit code: the command ran and found problems in the files. */
    public static final int EXIT_PROBLEMS = 1;
    /** Exit code: the command line was wrong, or a file or folder could not be read. */
    public static final int EXIT_USAGE = 2;

    private Careplan() {
    }

    /**
     * Runs one command.
     *
     * @param args   the arguments after {@code careplan}, e.g. {@code check PATH…}
     * @param locale the language of the output (Japanese or English)
     * @return one of {@link #EXIT_OK}, {@link #EXIT_PROBLEMS}, {@link #EXIT_USAGE}
     */
    public static int run(List<String> args, PrintStream out, PrintStream err, Locale locale) {
        return new CommandLine(out, err, locale).run(args);
    }
}
