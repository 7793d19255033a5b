/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.ECollections;

import jp.careplan.model.exchange.Exchange;
import jp.careplan.model.exchange.ExchangeFactory;
import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.SendUnit;

/**
 * Reads the names of the files of an exchange folder into an {@link Exchange}: files grouped into
 * send units (same ファイル連番, sender and receiver), units in 取込順序 (ascending 連番), files of a unit
 * in the order of their kinds. Names that follow no rule are kept aside with the reason, never
 * dropped silently; so is a second file of a name already listed (from another folder given, or with its extension
 * in another case), since a send unit cannot hold one name twice. Only names are read here; no file is opened.
 */
public final class ExchangeFolder {

    /**
     * The outcome of listing files: the exchange, each file whose name follows no rule, and each file whose name is
     * that of a file listed before it.
     */
    public record Listing(Exchange exchange, List<Rejected> rejected, List<Duplicate> duplicates) {

        /** All files that were recognised, in 取込順序. */
        public List<ExchangeFile> files() {
            return exchange.getUnits().stream().flatMap(unit -> unit.getFiles().stream()).toList();
        }
    }

    /** A file whose name follows neither naming rule. */
    public record Rejected(Path path, FileNameException problem) {
    }

    /**
     * A file whose name is that of a file listed before it ({@code first}, in the order given) — in another folder,
     * or the same name with its extension in another case — kept out of the send units, which cannot hold a name
     * twice; {@code file} is its place as its name gives it.
     */
    public record Duplicate(Path path, ExchangeFile file, Path first) {
    }

    private final FileNames names;

    public ExchangeFolder(FileNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Lists the files of the standard directly inside a folder: those with the extension of a known kind
     * ({@code .CSV}, or an attachment's such as {@code .jpg}; any case).
     *
     * @throws IOException when the folder cannot be read
     */
    public Listing scan(Path folder) throws IOException {
        Listing listing = list(filesIn(folder));
        listing.exchange().setFolder(folder.toAbsolutePath().toString());
        return listing;
    }

    /** The regular files directly inside a folder whose names end in {@code .CSV} (any case), sorted. */
    public static List<Path> csvFilesIn(Path folder) throws IOException {
        return filesIn(folder, Set.of("CSV"), false);
    }

    /**
     * The regular files directly inside a folder whose extension is that of a kind these names know
     * ({@code .CSV}, an attachment's {@code .jpg}; any case), sorted.
     */
    public List<Path> filesIn(Path folder) throws IOException {
        return filesIn(folder, extensions(), false);
    }

    /**
     * The files of a folder a check reads: {@link #filesIn(Path)}, and a link to nothing under such a name too, so that
     * the check says it cannot be read (CSV-IO) rather than passing over it. Only for reading: an import or an editor
     * looking for a partner file takes {@link #filesIn(Path)}.
     */
    public List<Path> filesToCheckIn(Path folder) throws IOException {
        return filesIn(folder, extensions(), true);
    }

    private Set<String> extensions() {
        Set<String> extensions = new HashSet<>();
        for (FileKind kind : names.kinds().all()) {
            extensions.add(kind.extension().toUpperCase(Locale.ROOT));
        }
        return extensions;
    }

    private static List<Path> filesIn(Path folder, Set<String> upperCaseExtensions, boolean brokenLinks) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> Files.isRegularFile(path) || brokenLinks && Files.isSymbolicLink(path) && !Files.exists(path))
                    .filter(path -> {
                String name = path.getFileName().toString();
                int dot = name.lastIndexOf('.');
                return dot >= 0 && upperCaseExtensions.contains(name.substring(dot + 1).toUpperCase(Locale.ROOT));
            }).sorted().toList();
        }
    }

    /**
     * Reads the names of the given files (which need not share a folder). A path given twice is listed once; a second
     * file of a name already listed is a {@link Duplicate}. A file whose size cannot be read (a link to nothing) is
     * listed with size -1: reading it fails, and the check says so.
     */
    public Listing list(Collection<Path> paths) throws IOException {
        List<ExchangeFile> files = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Set<Path> given = new HashSet<>();
        Map<String, Path> firstOfName = new HashMap<>();
        for (Path path : paths) {
            if (!given.add(sameFileKey(path))) {
                continue; // the same file, given twice (a folder and a file in it, a link to it): one file of the exchange
            }
            try {
                FileName name = names.parse(path.getFileName().toString());
                ExchangeFile file = ExchangeFactory.eINSTANCE.createExchangeFile();
                file.setName(name);
                file.setLocation(path.toAbsolutePath().toString());
                file.setSize(sizeOf(path));
                Path first = firstOfName.putIfAbsent(names.format(name).toUpperCase(Locale.ROOT), path);
                if (first == null) {
                    files.add(file);
                } else {
                    duplicates.add(new Duplicate(path, file, first));
                }
            } catch (FileNameException e) {
                rejected.add(new Rejected(path, e));
            }
        }
        Exchange exchange = ExchangeFactory.eINSTANCE.createExchange();
        exchange.getUnits().addAll(group(files));
        return new Listing(exchange, List.copyOf(rejected), List.copyOf(duplicates));
    }

    /** A file's size, or -1 where it cannot be read (a link to nothing): reading it then fails, and the check says so (CSV-IO). */
    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /** What identifies a file however it is reached: its real path (links resolved), else its normalised one. */
    private static Path sameFileKey(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * Groups files into send units: one unit per ファイル連番, sender (事業所番号 and サービス種類コード) and
     * receiver, units ordered by 連番 and then by sender and receiver, files within a unit by kind.
     * The files are moved into the units.
     */
    public List<SendUnit> group(Collection<ExchangeFile> files) {
        Map<String, SendUnit> units = new LinkedHashMap<>();
        for (ExchangeFile file : files) {
            FileName name = file.getName();
            String key = String.join("|", name.getSerial(), name.getSenderOffice(),
                    Objects.toString(name.getSenderServiceType(), ""), name.getReceiverOffice(),
                    Objects.toString(name.getReceiverServiceType(), ""));
            units.computeIfAbsent(key, k -> newUnit(name)).getFiles().add(file);
        }
        Comparator<ExchangeFile> byKind = Comparator.comparingInt(
                (ExchangeFile file) -> names.kinds().orderOf(file.getName().getKind()))
                .thenComparing(file -> names.format(file.getName()));
        List<SendUnit> ordered = new ArrayList<>(units.values());
        ordered.sort(Comparator.comparing(SendUnit::getSerial)
                .thenComparing(SendUnit::getSenderOffice)
                .thenComparing(unit -> Objects.toString(unit.getSenderServiceType(), ""))
                .thenComparing(SendUnit::getReceiverOffice)
                .thenComparing(unit -> Objects.toString(unit.getReceiverServiceType(), "")));
        for (SendUnit unit : ordered) {
            ECollections.sort(unit.getFiles(), byKind);
        }
        return ordered;
    }

    private static SendUnit newUnit(FileName name) {
        SendUnit unit = ExchangeFactory.eINSTANCE.createSendUnit();
        unit.setSerial(name.getSerial());
        unit.setSenderOffice(name.getSenderOffice());
        unit.setSenderServiceType(name.getSenderServiceType());
        unit.setReceiverOffice(name.getReceiverOffice());
        unit.setReceiverServiceType(name.getReceiverServiceType());
        return unit;
    }
}
