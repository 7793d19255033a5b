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
 * dropped silently. Only names are read here; no file is opened.
 */
public final class ExchangeFolder {

    /** The outcome of listing files: the exchange, and each file whose name follows no rule. */
    public record Listing(Exchange exchange, List<Rejected> rejected) {

        /** All files that were recognised, in 取込順序. */
        public List<ExchangeFile> files() {
            return exchange.getUnits().stream().flatMap(unit -> unit.getFiles().stream()).toList();
        }
    }

    /** A file whose name follows neither naming rule. */
    public record Rejected(Path path, FileNameException problem) {
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
        return filesIn(folder, Set.of("CSV"));
    }

    /**
     * The regular files directly inside a folder whose extension is that of a kind these names know
     * ({@code .CSV}, an attachment's {@code .jpg}; any case), sorted.
     */
    public List<Path> filesIn(Path folder) throws IOException {
        Set<String> extensions = new HashSet<>();
        for (FileKind kind : names.kinds().all()) {
            extensions.add(kind.extension().toUpperCase(Locale.ROOT));
        }
        return filesIn(folder, extensions);
    }

    private static List<Path> filesIn(Path folder, Set<String> upperCaseExtensions) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(path -> {
                String name = path.getFileName().toString();
                int dot = name.lastIndexOf('.');
                return dot >= 0 && upperCaseExtensions.contains(name.substring(dot + 1).toUpperCase(Locale.ROOT));
            }).sorted().toList();
        }
    }

    /**
     * Reads the names of the given files (which need not share a folder).
     *
     * @throws IOException when the size of a file cannot be read
     */
    public Listing list(Collection<Path> paths) throws IOException {
        List<ExchangeFile> files = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Path path : paths) {
            try {
                FileName name = names.parse(path.getFileName().toString());
                ExchangeFile file = ExchangeFactory.eINSTANCE.createExchangeFile();
                file.setName(name);
                file.setLocation(path.toAbsolutePath().toString());
                file.setSize(Files.size(path));
                files.add(file);
            } catch (FileNameException e) {
                rejected.add(new Rejected(path, e));
            }
        }
        Exchange exchange = ExchangeFactory.eINSTANCE.createExchange();
        exchange.getUnits().addAll(group(files));
        return new Listing(exchange, List.copyOf(rejected));
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
