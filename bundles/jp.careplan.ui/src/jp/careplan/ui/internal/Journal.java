/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import jp.careplan.csv.AtomicFiles;

/**
 * The crash-recovery journal: while an editor has unsaved changes, the bytes it would save are written here (within a
 * second of an edit), next to the file's path; saving or discarding removes them. After the workbench was killed, the
 * next start finds what is left and offers to restore it. The journal holds the user's data, so it is kept like the
 * data: in a folder only the user can open (in the workspace), each file written atomically, owner-only.
 */
public final class Journal {

    /**
     * Unsaved edits of one file: the file, the bytes its editor would have saved, and the SHA-256 of the file on disk
     * when the edits began ({@code null} for a journal without it).
     */
    public record Pending(Path file, byte[] bytes, Path entry, String base) {

        /**
         * Whether the file on disk is no longer the one the edits began from (another program or person changed it
         * since): restoring and then saving would replace that newer file, so the user is told before choosing.
         */
        public boolean changedOnDisk() {
            return base != null && !base.equals(hashOf(file));
        }
    }

    /**
     * In the workspace's state of this bundle (the user's own, owner-only), or where the system property
     * {@code careplan.journal} says (a test run's own); {@code ~/.careplan/journal} outside Eclipse.
     */
    private static volatile Path folder = defaultFolder();

    private static Path defaultFolder() {
        if (System.getProperty("careplan.journal") != null) {
            return Path.of(System.getProperty("careplan.journal"));
        }
        try {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(Journal.class);
            if (bundle != null) {
                return Path.of(org.eclipse.core.runtime.Platform.getStateLocation(bundle).toOSString(), "journal");
            }
        } catch (RuntimeException | LinkageError noWorkspace) {
            // plain Java, or no instance location: the user's home
        }
        return Path.of(System.getProperty("user.home"), ".careplan", "journal");
    }

    private Journal() {
    }

    /** The journal's folder. */
    public static Path folder() {
        return folder;
    }

    /** Moves the journal (for tests, which keep their own). */
    public static void useFolder(Path other) {
        folder = other;
    }

    /** Writes the unsaved state of a file. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = ensureFolder();
        String id = id(file);
        byte[] path = file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        // the file on disk as the edits began: written with the entry's first write (a .base without its .path is
        // what a crash before that write left, and is replaced), kept until the entry is removed
        Path base = dir.resolve(id + ".base");
        if (!Files.exists(base) || !Files.exists(dir.resolve(id + ".path"))) {
            byte[] hash = hashOf(file).getBytes(StandardCharsets.US_ASCII);
            AtomicFiles.write(base, out -> out.write(hash));
        }
        // the bytes first, then the path that makes the entry complete: a crash between leaves no entry to offer
        AtomicFiles.write(dir.resolve(id + ".bytes"), out -> out.write(bytes));
        AtomicFiles.write(dir.resolve(id + ".path"), out -> out.write(path));
    }

    /** Removes the journal of a file (it was saved, or its changes discarded). */
    public static void remove(Path file) {
        String id = id(file);
        try {
            Files.deleteIfExists(folder.resolve(id + ".path"));
            Files.deleteIfExists(folder.resolve(id + ".bytes"));
            Files.deleteIfExists(folder.resolve(id + ".base"));
        } catch (IOException e) {
            // left for the next start, which offers it again; nothing is lost
        }
    }

    /** What a killed workbench left: complete entries only. */
    public static List<Pending> pending() {
        List<Pending> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try {
            AtomicFiles.removeLeftovers(folder);
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path entry : entries.filter(path -> path.getFileName().toString().endsWith(".path")).sorted().toList()) {
                    Path bytes = entry.resolveSibling(entry.getFileName().toString().replace(".path", ".bytes"));
                    Path base = entry.resolveSibling(entry.getFileName().toString().replace(".path", ".base"));
                    if (Files.exists(bytes)) {
                        found.add(new Pending(Path.of(Files.readString(entry, StandardCharsets.UTF_8)), Files.readAllBytes(bytes), entry,
                                Files.exists(base) ? Files.readString(base, StandardCharsets.US_ASCII).strip() : null));
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable journal offers nothing; its files stay for the user to take
        }
        return found;
    }

    /** The SHA-256 of a file's bytes, {@code absent} when there is no such file, {@code unreadable} when it cannot be read. */
    static String hashOf(Path file) {
        try {
            return jp.careplan.csv.Ledger.sha256(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException gone) {
            return "absent";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static Path ensureFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(folder);
            }
        }
        return folder;
    }

    private static String id(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
