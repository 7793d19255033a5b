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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.PlainLayouts;
import jp.careplan.layout.CodeListRegistry.FormatException;
import jp.careplan.layout.LayoutDiff;
import jp.careplan.layout.LayoutDiff.Difference;
import jp.careplan.layout.LayoutRegistry;

/**
 * {@code careplan layout diff OLD NEW [--markdown]}: how one version of the layouts differs from another (an installed
 * version by its name, or a draft file), per file kind, as text or as Markdown for a change history;
 * {@code careplan layout export VERSION --out FILE}: an installed version in the plain table format, a spec author's
 * starting point for a draft.
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
                int number = difference.newNumber() > 0 ? difference.newNumber() : difference.oldNumber();
                out.println("| " + (number > 0 ? number : "") + " | " + cell(name(difference)) + " | " + cell(describe(difference)) + " |");
            }
        }
        if (differences.isEmpty()) {
            out.println();
            out.println(Messages.format(locale, "layout.count", 0));
        }
    }

    private static String name(Difference difference) {
        return difference.newName() != null ? difference.newName() : difference.oldName() == null ? "" : difference.oldName();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private String describe(Difference difference) {
        return Messages.format(locale, "layout.change." + difference.change(), difference.oldNumber(),
                difference.oldName() == null ? "" : difference.oldName(), difference.newNumber(),
                difference.newName() == null ? "" : difference.newName(),
                difference.oldValue() == null ? "" : difference.oldValue(),
                difference.newValue() == null ? "" : difference.newValue());
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
            PlainLayouts.write(version, layouts.csvVersion(), layouts.validFrom(), layouts.layouts(), text);
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
