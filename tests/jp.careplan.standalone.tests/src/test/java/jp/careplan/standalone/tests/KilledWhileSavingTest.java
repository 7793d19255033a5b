/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.AtomicFiles;

/**
 * Issue 8: a process saving a file over and over is killed (SIGKILL) 100 times at random points. After each kill the
 * file is byte for byte one version the process wrote whole — the one before the kill or a later one, never half of
 * one — and the temporary file a kill leaves is removed at the next start ({@link AtomicFiles#removeLeftovers}),
 * after which the folder holds the file alone.
 */
class KilledWhileSavingTest {

    @Test
    void everyKillLeavesAWholeVersionAndTheNextStartRemovesTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("UPPLAN_202503_1370000009_1370000008_20250301120000.CSV");
        byte[] first = SavingProcess.content(0);
        AtomicFiles.write(target, out -> out.write(first));
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        Random random = new Random(100);
        long version = 0;
        int leftovers = 0;
        int newer = 0;
        for (int kill = 1; kill <= 100; kill++) {
            long start = kill * 1_000_000L;
            Process saving = new ProcessBuilder(java, "-cp", classPath, SavingProcess.class.getName(), target.toString(),
                    Long.toString(start)).redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(saving.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", output.readLine(), "the saving process started");
            Thread.sleep(random.nextInt(250));
            saving.destroyForcibly();
            assertTrue(saving.waitFor(30, TimeUnit.SECONDS), "the process ended");

            byte[] now = Files.readAllBytes(target);
            long found = SavingProcess.versionOf(now);
            assertArrayEquals(SavingProcess.content(found), now, "kill " + kill + ": version " + found + ", whole");
            assertTrue(found == version || found >= start, "kill " + kill + ": the version before, or one this process wrote");
            newer += found != version ? 1 : 0;
            version = found;

            // the next start
            int removed = AtomicFiles.removeLeftovers(dir);
            leftovers += removed;
            assertEquals(List.of(target.getFileName().toString()), names(dir), "kill " + kill + ": nothing but the file");
        }
        // the kills did land in the middle of writes: temporary files were there to remove
        assertTrue(leftovers > 0, "no kill landed during a write");
        assertTrue(newer > 0, "no process got to write a version before its kill");
        System.out.println("KilledWhileSavingTest: 100 kills, " + newer + " after a new version was written, " + leftovers
                + " left a temporary file");
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
