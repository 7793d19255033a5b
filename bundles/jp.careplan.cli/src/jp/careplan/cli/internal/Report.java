/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jp.careplan.cli.internal.CheckCommand.FileResult;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.FileNames;
import jp.careplan.model.exchange.FileName;

/**
 * The outcome of {@code careplan check} as text for people, JSON for tools, or JUnit XML for CI
 * systems. Only names, positions, rule ids and the rules' messages are written — never cell contents.
 */
final class Report {

    private final List<FileResult> results;
    private final int units;
    private final FileNames names;
    private final Locale locale;
    private final Severity failOn;

    Report(List<FileResult> results, int units, FileNames names, Locale locale, Severity failOn) {
        this.results = results;
        this.units = units;
        this.names = names;
        this.locale = locale;
        this.failOn = failOn;
    }

    /** Whether a problem at or above the --fail-on severity was found. */
    boolean failed() {
        return results.stream().flatMap(result -> result.problems().stream()).anyMatch(this::fails);
    }

    private boolean fails(CsvProblem problem) {
        return problem.severity().ordinal() <= failOn.ordinal();
    }

    private long count(Severity severity) {
        return results.stream().flatMap(result -> result.problems().stream()).filter(p -> p.severity() == severity).count();
    }

    void text(PrintStream out) {
        boolean header = false;
        for (FileResult result : results) {
            if (result.file() != null) {
                if (!header) {
                    out.println(Messages.format(locale, "check.header"));
                    header = true;
                }
                FileName name = result.file().getName();
                String kindName = names.kinds().find(name.getKind()).map(kind -> kind.displayName(locale)).orElse("");
                out.println(String.format(Locale.ROOT, "%-14s  %-8s  %-6s  %-13s  %-13s  %-3s  %s  %s", name.getSerial(),
                        name.getKind(), Objects.toString(name.getMonth(), "-"), office(name.getSenderOffice(), name.getSenderServiceType()),
                        office(name.getReceiverOffice(), name.getReceiverServiceType()), name.getRule().getLiteral(), result.name(),
                        kindName));
            }
            for (CsvProblem problem : result.problems()) {
                String indent = result.file() == null ? "" : "    ";
                out.println(indent + Messages.format(locale, "severity." + problem.severity().name()) + ": " + problem.getMessage(locale));
            }
        }
        long files = results.stream().filter(result -> result.file() != null).count();
        long rejected = results.size() - files;
        out.println(Messages.format(locale, "check.summary", Long.valueOf(files), Integer.valueOf(units), Long.valueOf(rejected),
                Long.valueOf(count(Severity.ERROR) + count(Severity.WARNING) - rejected)));
    }

    void json(PrintStream out) {
        StringBuilder json = new StringBuilder("{\"files\":[");
        for (int i = 0; i < results.size(); i++) {
            FileResult result = results.get(i);
            json.append(i == 0 ? "" : ",").append("{\"name\":").append(string(result.name()));
            // every key on every file, null where a name that follows no rule gives nothing: one shape for tools
            FileName name = result.file() == null ? null : result.file().getName();
            json.append(",\"kind\":").append(string(name == null ? null : name.getKind()))
                    .append(",\"serial\":").append(string(name == null ? null : name.getSerial()))
                    .append(",\"month\":").append(string(name == null ? null : name.getMonth()))
                    .append(",\"sender\":").append(string(name == null ? null : name.getSenderOffice()))
                    .append(",\"senderServiceType\":").append(string(name == null ? null : name.getSenderServiceType()))
                    .append(",\"receiver\":").append(string(name == null ? null : name.getReceiverOffice()))
                    .append(",\"receiverServiceType\":").append(string(name == null ? null : name.getReceiverServiceType()))
                    .append(",\"rule\":").append(string(name == null ? null : name.getRule().getLiteral()));
            json.append(",\"problems\":[");
            List<CsvProblem> problems = result.problems();
            for (int k = 0; k < problems.size(); k++) {
                CsvProblem problem = problems.get(k);
                json.append(k == 0 ? "" : ",").append("{\"rule\":").append(string(problem.ruleId()))
                        .append(",\"severity\":").append(string(problem.severity().name().toLowerCase(Locale.ROOT)))
                        .append(",\"line\":").append(problem.getLine()).append(",\"column\":").append(problem.getColumn())
                        .append(",\"item\":").append(string(problem.itemName()))
                        .append(",\"byte\":").append(problem.byteOffset())
                        .append(",\"message\":").append(string(problem.getMessage(locale))).append('}');
            }
            json.append("]}");
        }
        json.append("],\"summary\":{\"files\":").append(results.size()).append(",\"sendUnits\":").append(units)
                .append(",\"errors\":").append(count(Severity.ERROR)).append(",\"warnings\":").append(count(Severity.WARNING))
                .append(",\"infos\":").append(count(Severity.INFO))
                .append(",\"failed\":").append(failed()).append("}}");
        out.println(json);
    }

    void junit(PrintStream out) {
        long failures = results.stream().filter(result -> result.problems().stream().anyMatch(this::fails)).count();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites><testsuite name=\"careplan check\" tests=\"" + results.size() + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"0\">");
        // a test case's name is unique in its suite, as CI systems key results by it: a second file of a name (from
        // another folder given: CSV-NAME-COPY, CSV-NAME-TWICE) is the name with (2), (3), …
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (FileResult result : results) {
            String kind = result.file() == null ? "name" : result.file().getName().getKind();
            int nth = seen.merge(result.name(), 1, Integer::sum);
            String name = nth == 1 ? result.name() : result.name() + " (" + nth + ")";
            out.print("  <testcase classname=\"careplan." + xml(kind) + "\" name=\"" + xml(name) + "\">");
            List<CsvProblem> failing = result.problems().stream().filter(this::fails).toList();
            if (!failing.isEmpty()) {
                out.print("<failure type=\"" + xml(failing.get(0).ruleId()) + "\" message=\"" + xml(failing.size() + " problem(s)")
                        + "\">");
                for (CsvProblem problem : failing) {
                    out.print(xml(problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.getMessage(locale)) + "\n");
                }
                out.print("</failure>");
            }
            List<CsvProblem> others = result.problems().stream().filter(problem -> !fails(problem)).toList();
            if (!others.isEmpty()) {
                out.print("<system-out>");
                others.forEach(problem -> out.print(xml(problem.severity().name().toLowerCase(Locale.ROOT) + ": "
                        + problem.getMessage(locale)) + "\n"));
                out.print("</system-out>");
            }
            out.println("</testcase>");
        }
        out.println("</testsuite></testsuites>");
    }

    private static String office(String number, String serviceType) {
        return serviceType == null ? number : number + "/" + serviceType;
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '"' -> text.append("\\\"");
            case '\\' -> text.append("\\\\");
            case '\n' -> text.append("\\n");
            case '\r' -> text.append("\\r");
            case '\t' -> text.append("\\t");
            default -> {
                if (c < 0x20) {
                    text.append(String.format("\\u%04x", (int) c));
                } else {
                    text.append(c);
                }
            }
            }
        }
        return text.append('"').toString();
    }

    /**
     * Text for an XML attribute or element: the markup characters escaped, line breaks and tabs as references (an
     * attribute's value would have them turned into spaces), and what XML 1.0 cannot carry at all — control
     * characters, U+FFFE, U+FFFF, a lone surrogate, all possible in a file's name — as U+FFFD, so that a CI system
     * reading the report is never handed a document it must refuse.
     */
    private static String xml(String value) {
        StringBuilder text = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '&' -> text.append("&amp;");
            case '<' -> text.append("&lt;");
            case '>' -> text.append("&gt;");
            case '"' -> text.append("&quot;");
            case '\'' -> text.append("&apos;");
            case '\n' -> text.append("&#10;");
            case '\r' -> text.append("&#13;");
            case '\t' -> text.append("&#9;");
            default -> {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    text.append(c).append(value.charAt(++i));
                } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                    text.append('\uFFFD');
                } else {
                    text.append(c);
                }
            }
            }
        }
        return text.toString();
    }
}
