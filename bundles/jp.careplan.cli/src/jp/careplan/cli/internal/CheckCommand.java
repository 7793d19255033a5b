/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import jp.careplan.layout.LayoutRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.ExchangeFolder.Listing;
import jp.careplan.csv.ExchangeFolder.Rejected;
import jp.careplan.csv.FileKind;
import jp.careplan.csv.FileNames;
import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.SendUnit;

/**
 * {@code careplan check PATH…}: lists the standard files among the paths (files, or the .CSV files
 * directly inside folders) in 取込順序 with the kind and the send unit read from each name, and
 * reports every name that follows neither naming rule.
 */
final class CheckCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final FileNames names = FileNames.of(LayoutRegistry.getDefault());
    private boolean roundTrip;

    CheckCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--round-trip")) {
                roundTrip = true;
                continue;
            }
            if (arg.startsWith("-")) {
                err.println(Messages.format(locale, "check.unknownOption", arg));
                return Careplan.EXIT_USAGE;
            }
            int status = collect(arg, files);
            if (status != Careplan.EXIT_OK) {
                return status;
            }
        }
        if (files.isEmpty()) {
            err.println(Messages.format(locale, "check.noPath"));
            return Careplan.EXIT_USAGE;
        }
        Listing listing;
        try {
            listing = new ExchangeFolder(names).list(files);
        } catch (IOException e) {
            err.println(Messages.format(locale, "check.ioError", e.getClass().getSimpleName()));
            return Careplan.EXIT_USAGE;
        }
        int problems = print(listing);
        return listing.rejected().isEmpty() && problems == 0 ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    private int collect(String arg, List<Path> files) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            err.println(Messages.format(locale, "check.noSuchPath", arg));
            return Careplan.EXIT_USAGE;
        }
        if (Files.isDirectory(path)) {
            try {
                files.addAll(ExchangeFolder.csvFilesIn(path));
            } catch (IOException e) {
                err.println(Messages.format(locale, "check.unreadable", arg));
                return Careplan.EXIT_USAGE;
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            err.println(Messages.format(locale, "check.noSuchPath", arg));
            return Careplan.EXIT_USAGE;
        }
        return Careplan.EXIT_OK;
    }

    /** Prints the listing and each file's problems; returns the number of errors and warnings. */
    private int print(Listing listing) {
        List<SendUnit> units = listing.exchange().getUnits();
        if (!units.isEmpty()) {
            out.println(Messages.format(locale, "check.header"));
        }
        int problems = 0;
        for (SendUnit unit : units) {
            for (ExchangeFile file : unit.getFiles()) {
                FileName name = file.getName();
                String kindName = names.kinds().find(name.getKind()).map(kind -> kind.displayName(locale)).orElse("");
                out.println(String.format(Locale.ROOT, "%-14s  %-8s  %-6s  %-13s  %-13s  %-3s  %s  %s",
                        name.getSerial(), name.getKind(), Objects.toString(name.getMonth(), "-"),
                        office(name.getSenderOffice(), name.getSenderServiceType()),
                        office(name.getReceiverOffice(), name.getReceiverServiceType()),
                        name.getRule().getLiteral(), names.format(name), kindName));
                for (String problem : FileCheck.check(Path.of(file.getLocation()), roundTrip, locale)) {
                    out.println("    " + problem);
                    problems++;
                }
            }
        }
        for (Rejected rejected : listing.rejected()) {
            out.println(Messages.format(locale, "check.rejected", rejected.problem().getMessage(locale)));
        }
        out.println(Messages.format(locale, "check.summary", Integer.valueOf(listing.files().size()),
                Integer.valueOf(units.size()), Integer.valueOf(listing.rejected().size()), Integer.valueOf(problems)));
        return problems;
    }

    private static String office(String number, String serviceType) {
        return serviceType == null ? number : number + "/" + serviceType;
    }

    static String kindList(FileNames names, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (FileKind kind : names.kinds().all()) {
            text.append(String.format(Locale.ROOT, "  %-9s %s%n", kind.prefix(), kind.displayName(locale)));
        }
        return text.toString();
    }
}
