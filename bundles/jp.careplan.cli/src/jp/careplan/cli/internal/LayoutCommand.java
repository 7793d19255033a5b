/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.LayoutChanges;
import jp.careplan.csv.PlainLayouts;
import jp.careplan.layout.CodeListRegistry.FormatException;
import jp.careplan.layout.LayoutDiff;
import jp.careplan.layout.LayoutDiff.Difference;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.csv.FileNames;
import jp.careplan.validation.DraftImpact;
import jp.careplan.validation.RuleRegistry;

/**
 * {@code careplan layout diff OLD NEW [--markdown]}: how one version of the layouts differs from another (an installed
 * version by its name, or a draft file), per file kind, as text or as Markdown for a change history;
 * {@code careplan layout export VERSION --out FILE}: an installed version in the plain table format, a spec author's
 * starting point for a draft; {@code careplan layout impact DRAFT --against VERSION PATH…}: the files that would stop
 * (or start) being valid under the draft.
 */
final class LayoutCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final LayoutRegistry installed = LayoutRegistry.getDefault();

    LayoutCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            err.println(Messages.format(locale, "layout.usage"));
            return Careplan.EXIT_USAGE;
        }
        return switch (args.get(0)) {
        case "diff" -> diff(args.subList(1, args.size()));
        case "export" -> export(args.subList(1, args.size()));
        case "impact" -> impact(args.subList(1, args.size()));
        case "check" -> check(args.subList(1, args.size()));
        default -> {
            err.println(Messages.format(locale, "layout.usage"));
            yield Careplan.EXIT_USAGE;
        }
        };
    }

    private int diff(List<String> args) {
        boolean markdown = args.contains("--markdown");
        List<String> sides = args.stream().filter(arg -> !arg.equals("--markdown")).toList();
        if (sides.size() != 2 || sides.stream().anyMatch(arg -> arg.startsWith("-"))) {
            err.println(Messages.format(locale, "layout.usage"));
            return Careplan.EXIT_USAGE;
        }
        List<LayoutDiff.Version> versions = new ArrayList<>();
        for (String side : sides) {
            try {
                LayoutDiff.Version version = DraftLayouts.version(side, installed);
                if (version == null) {
                    err.println(Messages.format(locale, "layout.noVersion", side));
                    return Careplan.EXIT_USAGE;
                }
                versions.add(version);
            } catch (FormatException e) {
                err.println(Messages.format(locale, "layout.badDraft", side, e.line(), e.getMessage()));
                return Careplan.EXIT_USAGE;
            } catch (IOException e) {
                err.println(Messages.format(locale, "layout.unreadable", side, e.getClass().getSimpleName()));
                return Careplan.EXIT_USAGE;
            }
        }
        List<Difference> differences = LayoutDiff.between(versions.get(0), versions.get(1));
        if (markdown) {
            markdown(sides, differences);
        } else {
            text(differences);
        }
        return differences.isEmpty() ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    private void text(List<Difference> differences) {
        for (Difference difference : differences) {
            out.println((difference.kind().isEmpty() ? "" : difference.kind() + " ") + describe(difference));
        }
        out.println(Messages.format(locale, "layout.count", differences.size()));
    }

    /** A Markdown section per kind: a table a spec author can paste into a change history. */
    private void markdown(List<String> sides, List<Difference> differences) {
        out.println("# " + Messages.format(locale, "layout.title", sides.get(0), sides.get(1)));
        Map<String, List<Difference>> byKind = new LinkedHashMap<>();
        for (Difference difference : differences) {
            byKind.computeIfAbsent(difference.kind(), kind -> new ArrayList<>()).add(difference);
        }
        for (Map.Entry<String, List<Difference>> kind : byKind.entrySet()) {
            out.println();
            out.println("## " + (kind.getKey().isEmpty() ? Messages.format(locale, "layout.wholeVersion") : kind.getKey()));
            out.println();
            out.println("| No. | " + Messages.format(locale, "layout.columns") + " |");
            out.println("|---|---|---|");
            for (Difference difference : kind.getValue()) {
                int number = LayoutChanges.number(difference);
                out.println("| " + (number > 0 ? number : "") + " | " + cell(LayoutChanges.item(difference)) + " | "
                        + cell(describe(difference)) + " |");
            }
        }
        if (differences.isEmpty()) {
            out.println();
            out.println(Messages.format(locale, "layout.count", 0));
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private String describe(Difference difference) {
        return LayoutChanges.describe(difference, locale);
    }

    /**
     * {@code careplan layout impact DRAFT --against VERSION PATH…}: which files would stop being valid, or become
     * valid, if the draft replaced the installed layouts of VERSION, and at which items.
     */
    private int impact(List<String> args) {
        String draftArg = null;
        String against = null;
        List<Path> files = new ArrayList<>();
        // the bodies of files checked each as one exchange: the files given, and each scenario of a kit given
        java.util.Map<String, List<Path>> bodies = new java.util.LinkedHashMap<>();
        FileNames names = FileNames.of(installed);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--against") && i + 1 < args.size()) {
                against = args.get(++i);
            } else if (arg.startsWith("-")) {
                err.println(Messages.format(locale, "layout.usage"));
                return Careplan.EXIT_USAGE;
            } else if (draftArg == null) {
                draftArg = arg;
            } else if (Files.isRegularFile(Path.of(arg).resolve("kit.tsv"))) {
                // a conformance kit: each scenario folder is an exchange of its own, checked as one
                try (java.util.stream.Stream<Path> scenarios = Files.list(Path.of(arg))) {
                    for (Path scenario : scenarios.filter(Files::isDirectory).sorted().toList()) {
                        List<Path> ofScenario = new ArrayList<>();
                        int status = CheckCommand.collect("layout impact", scenario.toString(), ofScenario, names, err, locale);
                        if (status != Careplan.EXIT_OK) {
                            return status;
                        }
                        bodies.put(scenario.getFileName() + "/", ofScenario);
                    }
                } catch (IOException e) {
                    err.println(Messages.format(locale, "layout.unreadable", arg, e.getClass().getSimpleName()));
                    return Careplan.EXIT_USAGE;
                }
            } else {
                int status = CheckCommand.collect("layout impact", arg, files, names, err, locale);
                if (status != Careplan.EXIT_OK) {
                    return status;
                }
            }
        }
        if (!files.isEmpty()) {
            bodies.put("", files);
        }
        String version = against;
        java.util.Optional<LayoutSet> revises = version == null ? java.util.Optional.empty()
                : installed.layoutSets().stream().filter(set -> version.equals(set.getStandardVersion()))
                        .max(java.util.Comparator.comparingInt(LayoutSet::getPriority));
        if (draftArg == null || bodies.isEmpty() || revises.isEmpty()) {
            err.println(Messages.format(locale, version != null && revises.isEmpty() ? "layout.noVersion" : "layout.usage", version));
            return Careplan.EXIT_USAGE;
        }
        List<DraftImpact.FileImpact> impacts = new ArrayList<>();
        try {
            LayoutSet draft = DraftLayouts.load(Path.of(draftArg), installed);
            for (java.util.Map.Entry<String, List<Path>> body : bodies.entrySet()) {
                for (DraftImpact.FileImpact impact : new DraftImpact(installed, RuleRegistry.getDefault()).of(draft, revises.get(),
                        body.getValue())) {
                    impacts.add(new DraftImpact.FileImpact(body.getKey() + impact.file(), impact.onlyBefore(), impact.onlyAfter(),
                            impact.validBefore(), impact.validAfter()));
                }
            }
        } catch (FormatException e) {
            err.println(Messages.format(locale, "layout.badDraft", draftArg, e.line(), e.getMessage()));
            return Careplan.EXIT_USAGE;
        } catch (IOException e) {
            err.println(Messages.format(locale, "layout.unreadable", draftArg, e.getClass().getSimpleName()));
            return Careplan.EXIT_USAGE;
        }
        int stop = 0;
        int become = 0;
        for (DraftImpact.FileImpact impact : impacts) {
            if (!impact.changed()) {
                continue;
            }
            String key = impact.validBefore() && !impact.validAfter() ? "layout.impact.stops"
                    : !impact.validBefore() && impact.validAfter() ? "layout.impact.becomes" : "layout.impact.changes";
            stop += key.endsWith("stops") ? 1 : 0;
            become += key.endsWith("becomes") ? 1 : 0;
            out.println(Messages.format(locale, key, impact.file()));
            for (DraftImpact.Place place : impact.onlyAfter()) {
                out.println("  + " + Messages.format(locale, "layout.impact.place", place.line(), place.column(),
                        place.item() == null ? "" : place.item(), place.rule()));
            }
            for (DraftImpact.Place place : impact.onlyBefore()) {
                out.println("  - " + Messages.format(locale, "layout.impact.place", place.line(), place.column(),
                        place.item() == null ? "" : place.item(), place.rule()));
            }
        }
        out.println(Messages.format(locale, "layout.impact.summary", impacts.size(), stop, become));
        return stop == 0 ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    /** {@code careplan layout check FILE|VERSION}: what is wrong with a layout itself, before files are read by it. */
    private int check(List<String> args) {
        if (args.size() != 1) {
            err.println(Messages.format(locale, "layout.usage"));
            return Careplan.EXIT_USAGE;
        }
        String argument = args.get(0);
        List<LayoutSet> sets = installed.layoutSets().stream().filter(set -> argument.equals(set.getStandardVersion())).toList();
        if (sets.isEmpty()) {
            Path file = Path.of(argument);
            if (!java.nio.file.Files.isRegularFile(file)) {
                err.println(Messages.format(locale, "layout.noVersion", argument));
                return Careplan.EXIT_USAGE;
            }
            try {
                sets = List.of(DraftLayouts.load(file, installed));
            } catch (FormatException e) {
                err.println(Messages.format(locale, "layout.badDraft", argument, e.line(), e.getMessage()));
                return Careplan.EXIT_PROBLEMS;
            } catch (IOException e) {
                err.println(Messages.format(locale, "layout.unreadable", argument, e.getClass().getSimpleName()));
                return Careplan.EXIT_USAGE;
            }
        }
        int count = 0;
        for (LayoutSet set : sets) {
            for (jp.careplan.layout.LayoutCheck.Finding finding : jp.careplan.layout.LayoutCheck.of(set)) {
                out.println(LayoutChanges.describe(finding, locale));
                count++;
            }
        }
        out.println(Messages.format(locale, "layout.checked", count));
        return count == 0 ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    private int export(List<String> args) {
        String version = null;
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                file = Path.of(args.get(++i));
            } else if (version == null && !args.get(i).startsWith("-")) {
                version = args.get(i);
            } else {
                err.println(Messages.format(locale, "layout.usage"));
                return Careplan.EXIT_USAGE;
            }
        }
        if (version == null || file == null) {
            err.println(Messages.format(locale, "layout.usage"));
            return Careplan.EXIT_USAGE;
        }
        LayoutDiff.Version layouts = LayoutDiff.Version.of(installed, version);
        if (layouts.layouts().isEmpty()) {
            err.println(Messages.format(locale, "layout.noVersion", version));
            return Careplan.EXIT_USAGE;
        }
        try {
            StringWriter text = new StringWriter();
            PlainLayouts.write(version, layouts.csvVersion(), layouts.validFrom(), layouts.fileNameRule(), layouts.layouts(), text);
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.writeNew(file, stream -> stream.write(bytes));
        } catch (FileAlreadyExistsException e) {
            err.println(Messages.format(locale, "layout.exists", file));
            return Careplan.EXIT_USAGE;
        } catch (IOException e) {
            err.println(Messages.format(locale, "layout.unreadable", file, e.getClass().getSimpleName()));
            return Careplan.EXIT_USAGE;
        }
        out.println(Messages.format(locale, "layout.exported", version, file, layouts.layouts().size()));
        return Careplan.EXIT_OK;
    }
}
