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
        boolean verify = !args.isEmpty() && args.get(0).equals("verify");
        List<String> rest = verify ? args.subList(1, args.size()) : args;
        Path folder = null;
        String filter = null;
        String month = null;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--filter") && i + 1 < rest.size() && !verify) {
                filter = rest.get(++i);
            } else if (arg.equals("--month") && i + 1 < rest.size() && !verify && rest.get(i + 1).matches("\\d{6}")) {
                month = rest.get(++i);
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
                out.println(Messages.format(locale, findings.isEmpty() ? "ledger.whole" : "ledger.broken", ledger.file(),
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
            err.println(Messages.format(locale, "ledger.io", ledger.file(), e.getClass().getSimpleName()));
            return Careplan.EXIT_USAGE;
        }
    }
}
