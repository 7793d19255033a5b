/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.careplan.csv.internal.PlainText;
import jp.careplan.layout.CodeListRegistry;
import jp.careplan.layout.CodeListRegistry.Contribution;
import jp.careplan.layout.CodeListRegistry.Entry;
import jp.careplan.layout.CodeListRegistry.FormatException;

/**
 * A code list the user supplies (the office's current 福祉用具 product list, exported from another program): read
 * from a CSV file, kept in a folder of the workbench in the format of the extension point, and registered over the
 * contributed list of the same id, with a higher priority. The file may be UTF-8 (with or without a byte-order mark)
 * or MS932, with quoted cells; its first column is the code and its second what it stands for, further columns are
 * ignored, and a first line whose first cell holds no digit is a heading. Problems name the line and what was
 * expected, never a cell.
 */
public final class CodeListImport {

    /** The contributor of imported lists in the registry. */
    public static final String CONTRIBUTOR = "imported by the user";
    /** How far an imported list's priority lies above the contributed list it replaces. */
    public static final int PRIORITY_ABOVE = 1000;
    private static final String SUFFIX = ".csv";

    private final Path folder;

    /** Imported lists kept in the given folder (created when a list is first imported). */
    public CodeListImport(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** Reads a user's file. */
    public static List<Entry> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = PlainText.decode(bytes);
        List<Entry> entries = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int number = 0;
        for (String line : PlainText.lines(text)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = PlainText.cells(line, number);
            String code = cells.get(0).strip();
            if (number == 1 && code.chars().noneMatch(Character::isDigit)) {
                continue; // a heading
            }
            if (cells.size() < 2) {
                throw new FormatException(number, "a code and a name were expected, separated by a comma");
            }
            if (code.isEmpty() || code.chars().anyMatch(Character::isWhitespace) || code.indexOf(',') >= 0 || code.startsWith("#")) {
                // kept as code,label lines: a code with a comma or beginning with # would not come back as it was
                throw new FormatException(number, "the code is empty, has spaces or a comma, or begins with #");
            }
            if (!codes.add(code)) {
                throw new FormatException(number, "the code was given on an earlier line");
            }
            entries.add(new Entry(code, cells.get(1).strip().replace('\n', ' ').replace('\r', ' ')));
        }
        if (entries.isEmpty()) {
            throw new FormatException(number, "the file holds no code");
        }
        return entries;
    }

    /**
     * Keeps the entries as the imported list of a contributed one (atomically, over an earlier import of it) and
     * registers them.
     */
    public Contribution store(Contribution contributed, List<Entry> entries, CodeListRegistry registry) throws IOException {
        Files.createDirectories(folder);
        Path target = file(contributed.id());
        Path temp = Files.createTempFile(folder, ".import-", SUFFIX);
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                writer.write("# " + contributed.name() + "\n");
                for (Entry entry : entries) {
                    writer.write(entry.code() + "," + entry.label() + "\n");
                }
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        Contribution imported = imported(contributed, target);
        registry.register(imported);
        return imported;
    }

    /** Forgets the imported list of a contributed one: the contributed list applies again. */
    public void remove(Contribution contributed, CodeListRegistry registry) throws IOException {
        Files.deleteIfExists(file(contributed.id()));
        registry.unregister(contributed.id(), CONTRIBUTOR);
    }

    /** Registers the lists imported earlier, over the contributed lists of the same ids. */
    public void registerStored(CodeListRegistry registry) {
        for (Contribution contributed : registry.contributions()) {
            if (!contributed.contributor().equals(CONTRIBUTOR) && Files.isRegularFile(file(contributed.id()))) {
                registry.register(imported(contributed, file(contributed.id())));
            }
        }
    }

    /** Whether a list of the registry is one the user imported. */
    public static boolean isImported(Contribution contribution) {
        return CONTRIBUTOR.equals(contribution.contributor());
    }

    private Path file(String id) {
        return folder.resolve(id + SUFFIX);
    }

    private static Contribution imported(Contribution contributed, Path file) {
        return new Contribution(contributed.id(), contributed.name(), contributed.items(), contributed.priority() + PRIORITY_ABOVE,
                CONTRIBUTOR, () -> {
                    try {
                        return CodeListRegistry.read(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        return null;
                    }
                });
    }
}
