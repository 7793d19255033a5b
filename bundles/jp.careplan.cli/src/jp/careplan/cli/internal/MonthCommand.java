/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.MonthOverview;
import jp.careplan.model.schedule.MonthOverview.Pair;
import jp.careplan.model.schedule.MonthOverview.Status;

/**
 * {@code careplan month [--month YYYYMM] [--format text|json] PATH…}: the workbench's 月の状況 on the command line —
 * for each month (or the one given), each pair of 居宅介護支援事業所 and サービス事業所 with its 予定 and 実績 and where it
 * stands (実績未着, 差異あり, 予定なし, 一致, a file not readable), for a script that says each morning which 実績 are
 * still missing. Only the 第6表 予定 and 実績 and their deletions among the paths are read (the deletions applied); what
 * is said holds office numbers and names, file serials and counts, never a user. Exit 0 when every pair agrees or was
 * withdrawn, 1 when one does not, 2 for usage and I/O.
 */
final class MonthCommand {

    private static final Set<String> READ = Set.of("UPPLAN", "UPJSK", "DLTPLAN", "DLTJSK");

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final LayoutRegistry layouts = LayoutRegistry.getDefault();
    private final FileNames names = FileNames.of(layouts);

    MonthCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        String month = null;
        String format = "text";
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--month") || arg.equals("--format")) {
                if (i + 1 >= args.size()) {
                    err.println(Messages.format(locale, "month.usage"));
                    return Careplan.EXIT_USAGE;
                }
                if (arg.equals("--month")) {
                    month = args.get(++i);
                } else {
                    format = args.get(++i);
                }
            } else if (arg.startsWith("-")) {
                err.println(Messages.format(locale, "month.usage"));
                return Careplan.EXIT_USAGE;
            } else {
                int status = CheckCommand.collect("month", arg, paths, names, err, locale);
                if (status != Careplan.EXIT_OK) {
                    return status;
                }
            }
        }
        if (paths.isEmpty() || !List.of("text", "json").contains(format)
                || month != null && !month.matches("[0-9]{4}(0[1-9]|1[0-2])")) {
            err.println(Messages.format(locale, "month.usage"));
            return Careplan.EXIT_USAGE;
        }
        List<MonthOverview.File> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ioFailed = false;
        for (Path path : paths) {
            String fileName = path.getFileName().toString();
            FileName name = names.parseOrNull(fileName);
            // a name given twice (another folder, .csv beside .CSV) is one file of the month: the first is taken
            if (name == null || !READ.contains(name.getKind()) || !seen.add(fileName.toUpperCase(Locale.ROOT))) {
                continue;
            }
            try {
                CareplanResource resource = CareplanResource.read(path, layouts);
                files.add(new MonthOverview.File(name, resource.isComplete() ? resource.document().getRecords() : null));
            } catch (IOException e) {
                err.println(Messages.format(locale, "month.unreadable", fileName, e.getClass().getSimpleName()));
                files.add(new MonthOverview.File(name, null));
                ioFailed = true;
            }
        }
        List<String> months = MonthOverview.months(files);
        if (months.isEmpty() || month != null && !months.contains(month)) {
            err.println(Messages.format(locale, month == null ? "month.none" : "month.noneOf", month));
            return Careplan.EXIT_USAGE;
        }
        List<String> shown = month == null ? months : List.of(month);
        boolean allAgree = true;
        StringBuilder json = new StringBuilder("{\"months\":[");
        for (int m = 0; m < shown.size(); m++) {
            List<Pair> pairs = MonthOverview.of(files, shown.get(m));
            allAgree &= pairs.stream().allMatch(pair -> pair.status() == Status.MATCHES || pair.status() == Status.WITHDRAWN);
            if (format.equals("json")) {
                json.append(m == 0 ? "" : ",").append("{\"month\":").append(Report.string(shown.get(m))).append(",\"pairs\":[");
                for (int p = 0; p < pairs.size(); p++) {
                    json.append(p == 0 ? "" : ",").append(json(pairs.get(p)));
                }
                json.append("]}");
            } else {
                text(shown.get(m), pairs);
            }
        }
        if (format.equals("json")) {
            out.println(json.append("]}"));
        }
        return ioFailed ? Careplan.EXIT_USAGE : allAgree ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    private void text(String month, List<Pair> pairs) {
        out.println(Messages.format(locale, "month.heading", month));
        long[] counts = new long[Status.values().length];
        for (Pair pair : pairs) {
            counts[pair.status().ordinal()]++;
            out.println(Messages.format(locale, "month.pair", Messages.format(locale, "month.status." + pair.status().name()),
                    office(pair.careOffice(), ""), office(pair.provider(), pair.kind()), pair.providerName(), side(pair.plans()),
                    pair.actuals().isEmpty() ? Messages.format(locale, "month.notYet") : side(pair.actuals()), pair.users(),
                    pair.plans().isEmpty() || pair.actuals().isEmpty() ? "-" : Integer.toString(pair.differingUsers())));
            if (pair.comparison().notConcerned() > 0) {
                out.println(Messages.format(locale, "month.notConcerned", pair.comparison().notConcerned()));
            }
            if (pair.deletions() > 0) {
                out.println(Messages.format(locale, "month.deletions", pair.deletions()));
            }
        }
        out.println(Messages.format(locale, "month.summary", pairs.size(), counts[Status.NO_ACTUAL.ordinal()],
                counts[Status.DIFFERS.ordinal()], counts[Status.NO_PLAN.ordinal()], counts[Status.MATCHES.ordinal()],
                counts[Status.UNREAD.ordinal()], counts[Status.WITHDRAWN.ordinal()]));
    }

    private static String office(String number, String kind) {
        return kind.isEmpty() ? number : number + "/" + kind;
    }

    private String side(List<FileName> versions) {
        if (versions.isEmpty()) {
            return "-";
        }
        String newest = String.valueOf(versions.get(versions.size() - 1).getSerial());
        return versions.size() == 1 ? newest : Messages.format(locale, "month.versions", versions.size(), newest);
    }

    private static String json(Pair pair) {
        return "{\"status\":" + Report.string(pair.status().name()) + ",\"careOffice\":" + Report.string(pair.careOffice())
                + ",\"provider\":" + Report.string(pair.provider()) + ",\"serviceType\":"
                + (pair.kind().isEmpty() ? "null" : Report.string(pair.kind())) + ",\"providerName\":" + Report.string(pair.providerName())
                + ",\"plans\":" + serials(pair.plans()) + ",\"actuals\":" + serials(pair.actuals()) + ",\"users\":" + pair.users()
                + ",\"differingUsers\":" + (pair.plans().isEmpty() || pair.actuals().isEmpty() ? "null" : pair.differingUsers())
                + ",\"notCompared\":" + pair.comparison().notConcerned()
                + ",\"deletions\":" + pair.deletions() + "}";
    }

    private static String serials(List<FileName> names) {
        return names.stream().map(name -> Report.string(name.getSerial())).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
