/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import jp.careplan.csv.AtomicFiles;

/**
 * A process that saves one file over and over, as the product saves (atomically), until it is killed: version after
 * version, each a few hundred KiB, so that a kill mostly lands in the middle of a write. {@link KilledWhileSavingTest}
 * starts and kills it.
 */
public final class SavingProcess {

    private SavingProcess() {
    }

    /** The bytes of a version: a first line naming it, then noise from the version as seed. */
    static byte[] content(long version) {
        byte[] head = ("version " + version + "\n").getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(version);
        byte[] bytes = new byte[head.length + 256 * 1024 + (int) (version % 7) * 64 * 1024];
        random.nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** The version a file's first line names. */
    static long versionOf(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && end < 40 && bytes[end] != '\n') {
            end++;
        }
        return Long.parseLong(new String(bytes, 8, end - 8, StandardCharsets.US_ASCII));
    }

    /** Arguments: the file, the first version to write. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        long version = Long.parseLong(args[1]);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            byte[] bytes = content(version++);
            AtomicFiles.write(target, out -> out.write(bytes));
        }
    }
}
