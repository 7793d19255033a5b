/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * What went wrong with a file, for a message: the kind of failure, and the operating system's reason where it gives one
 * ({@code FileSystemException: Read-only file system}, {@code Permission denied}). Never the exception's message, which
 * for other failures may quote what was read; the reason of a file-system failure is the system's own words.
 */
public final class IoProblems {

    private IoProblems() {
    }

    public static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof FileSystemException failure && failure.getReason() != null && !failure.getReason().isBlank()) {
            return kind + ": " + failure.getReason();
        }
        return kind;
    }
}
