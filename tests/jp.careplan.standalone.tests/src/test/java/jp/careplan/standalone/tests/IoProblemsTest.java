/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.junit.jupiter.api.Test;

import jp.careplan.csv.IoProblems;

/** What a message says of a failed read or write: the kind and the file system's reason, never the message or path. */
class IoProblemsTest {

    @Test
    void theKindAndTheSystemsReasonButNeverTheMessageOrThePath() {
        assertEquals("FileSystemException: Read-only file system",
                IoProblems.describe(new FileSystemException("/home/someone/利用者/x.CSV", null, "Read-only file system")));
        assertEquals("AccessDeniedException", IoProblems.describe(new AccessDeniedException("/home/someone/利用者/x.CSV")));
        assertEquals("IOException", IoProblems.describe(new IOException("a cell: 架空 太郎")), "a message may quote what was read");
    }
}
