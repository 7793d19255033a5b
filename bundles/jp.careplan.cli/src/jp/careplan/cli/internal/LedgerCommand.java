/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.Ledger;

/**
 * {@code careplan ledger FOLDER [--filter TEXT] [--month YYYYMM]} lists the evidence ledger of an exchange folder;
 * {@code careplan ledger verify FOLDER} checks it (exit 1 when an entry was edited, removed or reordered).
 */
final class LedgerCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;

    LedgerCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("report")) {
            return report(args.subList(1, args.size()));
        }
        boolean verify = !args.isEmpty() && args.get(0).equals("verify");
        List<String> rest = verify ? args.subList(1, args.size()) : args;
        Path folder = null;
        String filter = null;
        String month = null;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--filter") && i + 1 < rest.size() && !verify) {
                filter = rest.get(++i);
            } else if (arg.equals("--month") && i + 1 < rest.size() && !verify) {
                month = rest.get(++i);
                if (!isMonth(month)) {
                    err.println(Messages.format(locale, "ledger.badMonth", month));
                    return Careplan.EXIT_USAGE;
                }
            } else if (!arg.startsWith("-") && folder == null) {
                folder = Path.of(arg);
            } else {
                err.println(Messages.format(locale, "ledger.usage"));
                return Careplan.EXIT_USAGE;
            }
        }
        if (folder == null || !Files.isDirectory(folder)) {
            err.println(Messages.format(locale, folder == null ? "ledger.usage" : "ledger.noFolder", folder));
            return Careplan.EXIT_USAGE;
        }
        Ledger ledger = Ledger.of(folder);
        try {
            if (verify) {
                List<Ledger.Finding> findings = ledger.verify();
                for (Ledger.Finding finding : findings) {
                    out.println(Messages.format(locale, "ledger.finding." + finding.problem().name(), finding.line(), finding.number()));
                }
                out.println(Messages.format(locale, findings.isEmpty() ? ledger.endKnown() ? "ledger.whole" : "ledger.wholeEndUnknown" : "ledger.broken",
                        ledger.file(),
                        ledger.entries().size(), findings.size()));
                return findings.isEmpty() ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
            }
            List<Ledger.Entry> entries = ledger.entries();
            if (month != null) {
                entries = Ledger.ofMonth(entries, month);
            }
            if (filter != null) {
                entries = Ledger.filter(entries, filter);
            }
            out.println(Messages.format(locale, "ledger.header"));
            for (Ledger.Entry entry : entries) {
                out.println(String.join("  ", String.format("%5d", entry.number()), entry.time(), entry.user(),
                        String.format("%-7s", entry.action().name()), entry.file(), entry.unit().isEmpty() ? "-" : entry.unit(),
                        Messages.format(locale, "ledger.keys", entry.keys().size()), entry.sha256().substring(0, 16)));
            }
            out.println(Messages.format(locale, "ledger.count", entries.size(), ledger.file()));
            return Careplan.EXIT_OK;
        } catch (IOException e) {
            err.println(Messages.format(locale, "ledger.io", ledger.file(), jp.careplan.csv.IoProblems.describe(e)));
            return Careplan.EXIT_USAGE;
        }
    }

    /**
     * {@code ledger report FOLDER --month YYYYMM --out FILE.pdf [--lang ja|en]}: the month's report for an inspector;
     * exit 0 when written and the ledger is whole, 1 when written and the ledger was changed, 2 otherwise.
     */
    private int report(List<String> args) {
        Path folder = null;
        String month = null;
        Path target = null;
        Locale language = locale;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean value = i + 1 < args.size();
            if (arg.equals("--month") && value) {
                month = args.get(++i);
                if (!isMonth(month)) {
                    err.println(Messages.format(locale, "ledger.badMonth", month));
                    return Careplan.EXIT_USAGE;
                }
            } else if (arg.equals("--out") && value) {
                target = Path.of(args.get(++i));
            } else if (arg.equals("--lang") && value && args.get(i + 1).matches("ja|en")) {
                language = Locale.forLanguageTag(args.get(++i));
            } else if (!arg.startsWith("-") && folder == null) {
                folder = Path.of(arg);
            } else {
                err.println(Messages.format(locale, "ledger.usage"));
                return Careplan.EXIT_USAGE;
            }
        }
        if (folder == null || month == null || target == null) {
            err.println(Messages.format(locale, "ledger.usage"));
            return Careplan.EXIT_USAGE;
        }
        if (!Files.isDirectory(folder)) {
            err.println(Messages.format(locale, "ledger.noFolder", folder));
            return Careplan.EXIT_USAGE;
        }
        Ledger ledger = Ledger.of(folder);
        try {
            jp.careplan.pdf.LedgerReport.Rendered report = new jp.careplan.pdf.LedgerReport(ledger, month, language).report();
            jp.careplan.csv.AtomicFiles.write(target, stream -> stream.write(report.pdf()));
            boolean whole = report.findings().isEmpty();
            out.println(Messages.format(locale, "ledger.report", target, month, report.pages(),
                    Messages.format(locale, !whole ? "ledger.report.broken" : ledger.endKnown() ? "ledger.report.whole"
                            : "ledger.report.wholeEndUnknown")));
            return whole ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
        } catch (jp.careplan.pdf.JapaneseFonts.NoFontException e) {
            err.println(Messages.format(locale, "ledger.report.font", e.getMessage()));
            return Careplan.EXIT_USAGE;
        } catch (IOException e) {
            err.println(Messages.format(locale, "ledger.report.io", target, jp.careplan.csv.IoProblems.describe(e)));
            return Careplan.EXIT_USAGE;
        }
    }

    /** Whether a text is a month as YYYYMM (202506; not 202513, not 2025-06). */
    private static boolean isMonth(String text) {
        return text.matches("\\d{4}(0[1-9]|1[0-2])");
    }
}
