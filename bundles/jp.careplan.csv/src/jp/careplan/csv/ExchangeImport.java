/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Bringing received files into the exchange folder (from a download folder or removable media): each file
 * whose name follows a rule of the standard is copied in as it is (bytes unchanged, written atomically);
 * a file of that name already there is skipped when identical and never overwritten when not; a name
 * that follows no rule is not copied (the reason says why). Reading never changes a source.
 */
public final class ExchangeImport {

    /** What will happen to one file. */
    public enum Action {
        /** Copied into the folder. */
        COPY,
        /** The folder holds the same bytes under that name already. */
        SAME_EXISTS,
        /** The folder holds other bytes under that name: never overwritten. */
        CONFLICT,
        /** The name follows no rule of the standard. */
        BAD_NAME
    }

    /** One file offered for import; {@code problem} explains a bad name. */
    public record Item(Path source, Action action, FileNameException problem) {
        public String name() {
            return source.getFileName().toString();
        }
    }

    private final FileNames names;

    public ExchangeImport(FileNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * What importing the given files and folders (their CSV files, not their subfolders) into {@code folder}
     * would do, sorted by name (from a folder: its files of the standard, attachments included).
     *
     * @throws IOException when a source folder or a file cannot be read
     */
    public List<Item> plan(List<Path> sources, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                files.addAll(new ExchangeFolder(names).filesIn(source));
            } else {
                files.add(source);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Path file : files.stream().distinct().sorted((a, b) -> a.getFileName().compareTo(b.getFileName())).toList()) {
            try {
                names.parse(file.getFileName().toString());
            } catch (FileNameException e) {
                items.add(new Item(file, Action.BAD_NAME, e));
                continue;
            }
            Path target = SafeNames.inside(folder, file.getFileName().toString());
            if (Files.exists(target)) {
                boolean same = Files.isSameFile(file, target) || Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(target));
                items.add(new Item(file, same ? Action.SAME_EXISTS : Action.CONFLICT, null));
            } else {
                items.add(new Item(file, Action.COPY, null));
            }
        }
        return items;
    }

    /**
     * Copies the items to copy, each atomically, stopping before the next file when {@code cancelled} says so.
     *
     * @return the files written into the folder
     * @throws IOException when a file cannot be read or written (the files written before stay)
     */
    public List<Path> run(List<Item> items, Path folder, BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Item item : items) {
            if (item.action() != Action.COPY) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                break;
            }
            Path target = SafeNames.inside(folder, item.name());
            byte[] bytes = Files.readAllBytes(item.source());
            try {
                AtomicFiles.writeNew(target, out -> out.write(bytes));
                written.add(target);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // arrived meanwhile: never overwritten
            }
        }
        return written;
    }
}
