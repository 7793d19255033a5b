/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;

/** Dispatches a command line to its command; prints usage for help and for mistakes. */
public final class CommandLine {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;

    public CommandLine(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    public int run(List<String> args) {
        if (args.isEmpty()) {
            err.println(Messages.format(locale, "usage.noCommand"));
            err.print(Messages.format(locale, "usage", CheckCommand.kindList(FileNames.of(LayoutRegistry.getDefault()), locale)));
            return Careplan.EXIT_USAGE;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
        case "--help", "-h", "help":
            out.print(Messages.format(locale, "usage", CheckCommand.kindList(FileNames.of(LayoutRegistry.getDefault()), locale)));
            return Careplan.EXIT_OK;
        case "--version":
            out.println(Messages.format(locale, "version", version()));
            return Careplan.EXIT_OK;
        case "check":
            return new CheckCommand(out, err, locale).run(rest);
        case "convert":
            return new ConvertCommand(out, err, locale).run(rest);
        case "layout":
            return new LayoutCommand(out, err, locale).run(rest);
        case "kit":
            return new KitCommand(out, err, locale).run(rest);
        case "actual":
            return new ActualCommand(out, err, locale).run(rest);
        case "month":
            return new MonthCommand(out, err, locale).run(rest);
        case "sheet":
            return new SheetCommand(out, err, locale).run(rest);
        case "ledger":
            return new LedgerCommand(out, err, locale).run(rest);
        case "render":
            return new RenderCommand(out, err, locale).run(rest);
        default:
            err.println(Messages.format(locale, "usage.unknownCommand", command));
            err.print(Messages.format(locale, "usage", CheckCommand.kindList(FileNames.of(LayoutRegistry.getDefault()), locale)));
            return Careplan.EXIT_USAGE;
        }
    }

    private static String version() {
        Package pkg = CommandLine.class.getPackage();
        String version = pkg == null ? null : pkg.getImplementationVersion();
        if (version == null) {
            try {
                Bundle bundle = FrameworkUtil.getBundle(CommandLine.class);
                version = bundle == null ? null : bundle.getVersion().toString();
            } catch (LinkageError noOsgi) {
                version = null;
            }
        }
        return version == null ? "dev" : version;
    }
}
