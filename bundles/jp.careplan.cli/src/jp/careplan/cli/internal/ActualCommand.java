/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.ActualFromPlan;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.Ledger;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.FileName;

/**
 * {@code careplan actual --out DIR [--office NUMBER] PATH…}: for each month's 第6表 予定 (UPPLAN) among the paths —
 * with {@code --office}, each sent to that office — the 実績 the office sends back, begun from it (the core's
 * {@link ActualFromPlan}, as the workbench's この予定から実績を作成), written as a new file in DIR; a month's 予定 in
 * several versions (月途中変更) gives one 実績, each user's rows from the newest version naming the user. Other files
 * among the paths are left alone and counted. Exit 0 when every month gave its 実績, 1 when one did not, 2 for usage
 * and I/O.
 */
final class ActualCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final LayoutRegistry layouts = LayoutRegistry.getDefault();
    private final FileNames names = FileNames.of(layouts);

    ActualCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        Path outFolder = null;
        String office = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") || arg.equals("--office")) {
                if (i + 1 >= args.size()) {
                    err.println(Messages.format(locale, "actual.usage"));
                    return Careplan.EXIT_USAGE;
                }
                if (arg.equals("--out")) {
                    outFolder = Path.of(args.get(++i));
                } else {
                    office = args.get(++i);
                }
            } else if (arg.startsWith("-")) {
                err.println(Messages.format(locale, "actual.usage"));
                return Careplan.EXIT_USAGE;
            } else {
                int status = CheckCommand.collect("actual", arg, files, names, err, locale);
                if (status != Careplan.EXIT_OK) {
                    return status;
                }
            }
        }
        if (outFolder == null || files.isEmpty() || office != null && !office.matches("[0-9]{10}")) {
            err.println(Messages.format(locale, "actual.usage"));
            return Careplan.EXIT_USAGE;
        }
        if (!Files.isDirectory(outFolder)) {
            err.println(Messages.format(locale, "actual.noOut", outFolder));
            return Careplan.EXIT_USAGE;
        }
        ActualFromPlan maker = new ActualFromPlan(layouts);
        List<List<Path>> months = new ArrayList<>();
        int plans = 0;
        for (List<Path> versions : maker.versions(files)) {
            FileName name = names.parseOrNull(versions.get(0).getFileName().toString());
            if (office == null || office.equals(name.getReceiverOffice())) {
                months.add(versions);
                plans += versions.size();
            }
        }
        if (months.isEmpty()) {
            err.println(Messages.format(locale, office == null ? "actual.noPlan" : "actual.noPlanFor", office));
            return Careplan.EXIT_USAGE;
        }
        LocalDateTime now = LocalDateTime.now();
        int made = 0;
        boolean ioFailed = false;
        for (List<Path> versions : months) {
            ActualFromPlan.Outcome outcome = maker.create(versions, outFolder, now);
            say(outcome);
            if (outcome.done()) {
                made++;
                record(outFolder, outFolder.resolve(outcome.name()));
            }
            ioFailed |= outcome.status() == ActualFromPlan.Status.IO_ERROR;
        }
        out.println(Messages.format(locale, "actual.summary", made, months.size() - made, files.size() - plans));
        return ioFailed ? Careplan.EXIT_USAGE : made == months.size() ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    /** What became of one 予定, by file names and counts only. */
    private void say(ActualFromPlan.Outcome outcome) {
        String plan = outcome.plan().getFileName().toString();
        switch (outcome.status()) {
        case CREATED -> {
            out.println(Messages.format(locale, "actual.made", plan, outcome.name(), outcome.rows(), outcome.otherProviders()));
            if (outcome.otherKinds() > 0) {
                out.println(Messages.format(locale, "actual.otherKinds", outcome.name(), outcome.otherKinds()));
            }
            if (outcome.plans().size() > 1) {
                // 月途中変更: say which versions the rows came from, by their names
                out.println(Messages.format(locale, "actual.versions", outcome.name(), outcome.plans().size(),
                        String.join(", ", outcome.plans().stream().map(path -> path.getFileName().toString()).toList()),
                        outcome.replaced()));
            }
        }
        case HAS_ERRORS -> out.println(Messages.format(locale, "actual.hasErrors", outcome.concerned().getFileName()));
        case MIXED_VERSIONS -> out.println(Messages.format(locale, "actual.mixedVersions", plan));
        case NO_ROWS -> out.println(Messages.format(locale, "actual.noRows", plan, outcome.provider()));
        case PREFLIGHT -> {
            outcome.preflight().forEach(problem -> out.println("  " + problem.getMessage(locale)));
            out.println(Messages.format(locale, "actual.preflight", plan, outcome.preflight().size()));
        }
        case EXISTS -> out.println(Messages.format(locale, "actual.exists", plan, outcome.name()));
        case IO_ERROR -> out.println(Messages.format(locale, "actual.ioError", outcome.concerned() != null
                ? outcome.concerned().getFileName().toString() : outcome.name(),
                outcome.ioProblem()));
        // the paths were grouped by their names as 予定: each is one
        case READY, BAD_NAME, NOT_A_PLAN -> throw new IllegalStateException(outcome.status().name());
        }
    }

    /** Records the 実績 in the evidence ledger of the folder written to, as the workbench does. */
    private void record(Path folder, Path written) {
        Ledger ledger = Ledger.of(folder);
        try {
            ledger.append(Ledger.Action.CREATE, written, layouts);
        } catch (java.io.IOException | RuntimeException e) {
            err.println(Messages.format(locale, "actual.ledger", ledger.file().getFileName(), e.getClass().getSimpleName()));
        }
    }
}
