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

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = writeTemp(folder, target, content);
        boolean done = false;
        try {
            try {
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
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                Files.move(temp, target); // no hard links here: a move that refuses an existing target
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The content in a new temporary file beside the target, forced to disk; nothing is left when it fails. */
    private static Path writeTemp(Path folder, Path target, Content content) throws IOException {
        Path temp = createTemp(folder, target.getFileName().toString());
        boolean written = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
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
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open a folder; the rename itself is atomic there
        }
    }
}
