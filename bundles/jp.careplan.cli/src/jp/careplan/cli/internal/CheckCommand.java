/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.FileKind;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * {@code careplan check [--round-trip] [--format text|json|junit] [--fail-on error|warning|info] PATH…}:
 * reads the standard files among the paths (files, or the .CSV files directly inside folders) in
 * 取込順序, validates each with the installed rules, and reports every problem; names that follow
 * neither naming rule are problems too (CSV-NAME).
 */
final class CheckCommand {

    /** One checked file, or one rejected name (then without a listing entry). */
    record FileResult(ExchangeFile file, String name, List<CsvProblem> problems) {
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private FileNames names = FileNames.of(LayoutRegistry.getDefault());
    private boolean roundTrip;
    private String format = "text";
    private Severity failOn = Severity.ERROR;

    CheckCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        List<Path> files = new ArrayList<>();
        boolean pathGiven = false;
        boolean onlyPaths = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPaths || !arg.startsWith("-")) {
                pathGiven = true;
                int status = collect(arg, files);
                if (status != Careplan.EXIT_OK) {
                    return status;
                }
            } else if (arg.equals("--")) {
                // what follows are paths, also one that begins with -
                onlyPaths = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.print(Messages.format(locale, "usage", kindList(names, locale)));
                return Careplan.EXIT_OK;
            } else if (arg.equals("--layout")) {
                if (i + 1 >= args.size()) {
                    err.println(Messages.format(locale, "check.layoutValue"));
                    return Careplan.EXIT_USAGE;
                }
                // a draft from disk, read before the files and chosen over the installed layouts of its version
                Path draft = Path.of(args.get(++i));
                try {
                    jp.careplan.layout.LayoutSet loaded = DraftLayouts.load(draft, LayoutRegistry.getDefault());
                    List<jp.careplan.layout.LayoutCheck.Finding> findings = jp.careplan.layout.LayoutCheck.of(loaded);
                    if (!findings.isEmpty()) {
                        // files are never read by a layout that is itself wrong
                        findings.forEach(finding -> err.println(jp.careplan.csv.LayoutChanges.describe(finding, locale)));
                        err.println(Messages.format(locale, "check.layoutProblems", draft, findings.size()));
                        return Careplan.EXIT_USAGE;
                    }
                    LayoutRegistry.getDefault().register(loaded);
                } catch (jp.careplan.layout.CodeListRegistry.FormatException e) {
                    err.println(Messages.format(locale, "check.badLayout", draft, e.getMessage()));
                    return Careplan.EXIT_USAGE;
                } catch (IOException e) {
                    err.println(Messages.format(locale, "check.badLayout", draft, e.getClass().getSimpleName()));
                    return Careplan.EXIT_USAGE;
                }
                names = FileNames.of(LayoutRegistry.getDefault());
            } else if (arg.equals("--round-trip")) {
                roundTrip = true;
            } else if (arg.equals("--format") || arg.equals("--fail-on")) {
                if (i + 1 >= args.size()) {
                    err.println(Messages.format(locale, "check.optionValue", arg));
                    return Careplan.EXIT_USAGE;
                }
                String value = args.get(++i);
                if (arg.equals("--format") && List.of("text", "json", "junit").contains(value)) {
                    format = value;
                } else if (arg.equals("--fail-on") && List.of("error", "warning", "info").contains(value)) {
                    failOn = Severity.valueOf(value.toUpperCase(Locale.ROOT));
                } else {
                    err.println(Messages.format(locale, "check.optionBadValue", arg, value));
                    return Careplan.EXIT_USAGE;
                }
            } else {
                err.println(Messages.format(locale, "check.unknownOption", arg));
                return Careplan.EXIT_USAGE;
            }
        }
        if (files.isEmpty()) {
            // nothing to check is no clean check: a folder without standard files is most likely the wrong one
            err.println(Messages.format(locale, pathGiven ? "check.noFiles" : "check.noPath"));
            return Careplan.EXIT_USAGE;
        }
        ExchangeCheck.Result checked;
        try {
            checked = new ExchangeCheck(LayoutRegistry.getDefault(), RuleRegistry.getDefault()).check(files);
        } catch (IOException e) {
            err.println(Messages.format(locale, "check.ioError", e.getClass().getSimpleName()));
            return Careplan.EXIT_USAGE;
        }
        List<FileResult> results = new ArrayList<>();
        for (ExchangeCheck.FileReport file : checked.files()) {
            List<CsvProblem> problems = new ArrayList<>(file.problems());
            if (roundTrip && file.resource() != null && file.resource().isComplete()) {
                RoundTrip.check(file.path(), file.resource()).ifPresent(problems::add);
            }
            results.add(new FileResult(file.file(), file.name(), problems));
        }
        Report report = new Report(results, checked.units(), names, locale, failOn);
        switch (format) {
        case "json" -> report.json(out);
        case "junit" -> report.junit(out);
        default -> report.text(out);
        }
        // a file that could not be read is in the report, and the status is that of an I/O error, above any finding
        boolean unreadable = results.stream().anyMatch(result -> result.problems().stream().anyMatch(problem -> "CSV-IO".equals(problem.ruleId())));
        return unreadable ? Careplan.EXIT_USAGE : report.failed() ? Careplan.EXIT_PROBLEMS : Careplan.EXIT_OK;
    }

    private int collect(String arg, List<Path> files) {
        return collect(arg, files, names, err, locale);
    }

    /**
     * Adds the standard files a command-line argument names (a file, or the files of the standard directly
     * inside a folder: .CSV and the attachments of installed kinds); says so and answers
     * {@link Careplan#EXIT_USAGE} when it names nothing readable.
     */
    static int collect(String arg, List<Path> files, FileNames names, PrintStream err, Locale locale) {
        return collect("check", arg, files, names, err, locale);
    }

    /** As {@link #collect(String, List, FileNames, PrintStream, Locale)}, for the command named (its messages say which). */
    static int collect(String command, String arg, List<Path> files, FileNames names, PrintStream err, Locale locale) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            err.println(Messages.format(locale, "check.noSuchPath", arg, command));
            return Careplan.EXIT_USAGE;
        }
        if (Files.isDirectory(path)) {
            try {
                files.addAll(new ExchangeFolder(names).filesToCheckIn(path));
            } catch (IOException e) {
                err.println(Messages.format(locale, "check.unreadable", arg, command));
                return Careplan.EXIT_USAGE;
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            err.println(Messages.format(locale, "check.noSuchPath", arg, command));
            return Careplan.EXIT_USAGE;
        }
        return Careplan.EXIT_OK;
    }

    static String kindList(FileNames names, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (FileKind kind : names.kinds().all()) {
            text.append(String.format(Locale.ROOT, "  %-9s %s%n", kind.prefix(), kind.displayName(locale)));
        }
        return text.toString();
    }
}
