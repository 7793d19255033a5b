/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that it is either wholly the old one or wholly the new one: a temporary file in
 * the same folder (owner-only), forced to disk, then renamed over the target atomically, and the
 * folder forced too. A failure leaves the old file untouched and no temporary file behind.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The I/O steps of a write, in their order: where a test injects a fault (an exception, a full disk). */
    public enum Step {
        /** The temporary file is created beside the target. */
        CREATE_TEMP,
        /** A chunk of the content has been written to the temporary file (after each chunk of at most 8 KiB). */
        WRITE,
        /** The temporary file is forced to disk. */
        FORCE_FILE,
        /** The temporary file becomes the target (a rename, or a link for a new file). */
        PUBLISH,
        /** The folder is forced to disk. */
        FORCE_FOLDER
    }

    /** What happens before each step: nothing, or an exception thrown as the file system would throw it. */
    @FunctionalInterface
    public interface Faults {
        void before(Step step, Path target) throws IOException;
    }

    private static final Faults NONE = (step, target) -> {
        // the real file system decides
    };

    private static volatile Faults faults = NONE;

    private static final int CHUNK = 8192;

    /** The names of the temporary files this class creates: hidden, the target's name, a marker, random digits. */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.careplan-[0-9]+\\.tmp");

    private AtomicFiles() {
    }

    /**
     * Injects faults into every write until the returned handle is closed (for tests of what a failing disk leaves
     * behind; the product never calls it).
     */
    public static AutoCloseable injectFaults(Faults injected) {
        Faults previous = faults;
        faults = java.util.Objects.requireNonNull(injected, "injected");
        return () -> faults = previous;
    }

    /**
     * Removes the temporary files a write that was killed half-way left in a folder (they are never a standard file,
     * whose names they cannot take); run at the next start for the folders the product writes into.
     *
     * @return how many were removed
     */
    public static int removeLeftovers(Path folder) throws IOException {
        return removeLeftovers(folder, null);
    }

    /**
     * Removes the temporary files of killed writes that were last written before {@code before} (null: all of them):
     * in a folder another process may be writing into at the same time (the command line exporting while the workbench
     * starts), a write in progress keeps its temporary file.
     *
     * @return how many were removed
     */
    public static int removeLeftovers(Path folder, java.time.Instant before) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (TEMPORARY.matcher(entry.getFileName().toString()).matches()
                        && Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && (before == null || Files.getLastModifiedTime(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant()
                                .isBefore(before))
                        && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = writeTemp(folder, target, content);
        boolean done = false;
        try {
            try {
                faults.before(Step.PUBLISH, target);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file system of " + folder + " cannot replace a file atomically", e);
            }
            done = true;
            forceFolder(folder);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Writes a new file, wholly or not at all, and never over a file of that name — also not one that arrives
     * while this one is written: the complete temporary file is linked under the target name, which fails when
     * the name is taken.
     *
     * @throws FileAlreadyExistsException when a file of that name exists (nothing is written then)
     */
    public static void writeNew(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = writeTemp(folder, target, content);
        try {
            try {
                faults.before(Step.PUBLISH, target);
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                faults.before(Step.PUBLISH, target);
                Files.move(temp, target); // no hard links here: a move that refuses an existing target
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The content in a new temporary file beside the target, forced to disk; nothing is left when it fails. */
    private static Path writeTemp(Path folder, Path target, Content content) throws IOException {
        faults.before(Step.CREATE_TEMP, target);
        Path temp = createTemp(folder, target.getFileName().toString());
        boolean written = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        faults.before(Step.WRITE, target);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        // in chunks, each followed by the fault's turn: a disk that fills up part-way leaves half a file
                        for (int done = 0; done < length; done += CHUNK) {
                            out.write(bytes, offset + done, Math.min(CHUNK, length - done));
                            faults.before(Step.WRITE, target);
                        }
                    }
                });
                out.flush();
                faults.before(Step.FORCE_FILE, target);
                channel.force(true);
            }
            written = true;
            return temp;
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        // a name of our own (never a standard file name), hidden, owner-only
        String prefix = "." + name + ".careplan-";
        try {
            return Files.createTempFile(folder, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(folder, prefix, ".tmp");
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Cannot create a temporary file in " + folder, e);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            faults.before(Step.FORCE_FOLDER, folder);
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open a folder; the rename itself is atomic there
        }
    }
}
