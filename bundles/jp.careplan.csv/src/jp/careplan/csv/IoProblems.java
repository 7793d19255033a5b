/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * What went wrong with a file, for a message: the kind of failure, and the reason a file-system failure gives
 * ({@code FileSystemException: Read-only file system}; the operating system's words, or for the project's own
 * {@code OutsideFolderException} its English reason). Never the exception's message, which for other failures may quote
 * what was read, and never the path, which the message around it names where it should.
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
