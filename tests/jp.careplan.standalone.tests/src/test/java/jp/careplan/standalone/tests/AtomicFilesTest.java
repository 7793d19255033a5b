/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.AtomicFiles;

/** Files written wholly or not at all; a new file never over another, and nothing left behind. */
class AtomicFilesTest {

    private static List<Path> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenWhole(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("UPPLAN_202503_1370000001_1370000002_20250301120000.CSV");

        AtomicFiles.writeNew(target, out -> out.write(new byte[] { 1, 2, 3 }));

        assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(target));
        assertEquals(List.of(target), contents(folder), "no temporary file is left");
    }

    @Test
    void aNewFileIsNeverWrittenOverAnother(@TempDir Path folder) throws Exception {
        Path target = Files.write(folder.resolve("UPPLAN_202503_1370000001_1370000002_20250301120000.CSV"), new byte[] { 9 });

        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.writeNew(target, out -> out.write(new byte[] { 1 })));

        assertArrayEquals(new byte[] { 9 }, Files.readAllBytes(target));
        assertEquals(List.of(target), contents(folder));
    }

    @Test
    void aFailedWriteLeavesNothing(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("UPPLAN_202503_1370000001_1370000002_20250301120000.CSV");

        assertThrows(IOException.class, () -> AtomicFiles.writeNew(target, out -> {
            out.write(1);
            throw new IOException("the disk is full");
        }));

        assertEquals(List.of(), contents(folder));
    }
}
