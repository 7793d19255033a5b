/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.kit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;

/**
 * One scenario of the conformance kit: a folder of files that shows one situation of the standard (a chapter 5 flow,
 * a kind of user, a file a reader must refuse), what it shows in Japanese and English, and the verdict a conforming
 * reader reaches on it.
 *
 * @param folder    the scenario's folder name inside the kit
 * @param title     its title in Japanese
 * @param titleEn   its title in English
 * @param shows     what it shows, in Japanese (paragraphs, Markdown)
 * @param showsEn   what it shows, in English
 * @param section   where the standard describes it (a section of the digests, e.g. "本文 5.1.1.4")
 * @param files     the file names it holds, in the order they were written
 * @param expected  every finding a conforming checker reports on the folder (empty: the folder is clean)
 * @param reproduce whether a program under test is expected to read the files and write them back (false for the
 *                  files a reader must refuse)
 */
public record Scenario(String folder, String title, String titleEn, String shows, String showsEn, String section,
        List<String> files, List<Expectation> expected, boolean reproduce) {

    /** Heading of the verdict section of a scenario's README: the test of the kit reads what follows it. */
    public static final String VERDICT_HEADING = "## 期待される判定 / Expected verdict";

    public Scenario {
        Objects.requireNonNull(folder, "folder");
        files = List.copyOf(files);
        expected = List.copyOf(expected);
    }

    /** Whether a conforming reader accepts every file: nothing at warning or above is expected. */
    public boolean conforming() {
        return expected.stream().allMatch(expectation -> expectation.severity() == Severity.INFO);
    }

    /**
     * One finding a conforming checker reports: its severity, the rule's stable id, the file and the line (0 for the
     * file as a whole or its name).
     */
    public record Expectation(Severity severity, String ruleId, String fileName, int line) implements Comparable<Expectation> {

        /** The finding as a problem reports it. */
        public static Expectation of(CsvProblem problem) {
            return new Expectation(problem.severity(), problem.ruleId(), problem.fileName(), Math.max(0, problem.getLine()));
        }

        /** The expectations of a checker's problems, sorted and without repeats (a rule may fire on several items of a line). */
        public static Set<Expectation> of(Collection<CsvProblem> problems) {
            Set<Expectation> result = new TreeSet<>();
            problems.forEach(problem -> result.add(of(problem)));
            return result;
        }

        /** The line of a README that states it: {@code - ERROR CSV-NAME FILE:LINE}. */
        public String readmeLine() {
            return "- " + severity + " " + ruleId + " " + fileName + (line > 0 ? ":" + line : "");
        }

        /** Reads a line written by {@link #readmeLine()}; empty when the line is something else. */
        public static java.util.Optional<Expectation> parse(String text) {
            String[] parts = text.trim().split(" ");
            if (parts.length != 4 || !parts[0].equals("-")) {
                return java.util.Optional.empty();
            }
            Severity severity;
            try {
                severity = Severity.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notASeverity) {
                return java.util.Optional.empty();
            }
            String file = parts[3];
            int line = 0;
            int colon = file.lastIndexOf(':');
            if (colon > 0) {
                try {
                    line = Integer.parseInt(file.substring(colon + 1));
                    file = file.substring(0, colon);
                } catch (NumberFormatException notALine) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(new Expectation(severity, parts[2], file, line));
        }

        @Override
        public int compareTo(Expectation other) {
            int byFile = fileName.compareTo(other.fileName);
            if (byFile != 0) {
                return byFile;
            }
            int byLine = Integer.compare(line, other.line);
            if (byLine != 0) {
                return byLine;
            }
            int byRule = ruleId.compareTo(other.ruleId);
            return byRule != 0 ? byRule : severity.compareTo(other.severity);
        }
    }

    /** The expectations written in a README's verdict section, in their order. */
    public static List<Expectation> expectedIn(List<String> readmeLines) {
        List<Expectation> result = new ArrayList<>();
        boolean inVerdict = false;
        for (String line : readmeLines) {
            if (line.startsWith("## ")) {
                inVerdict = line.equals(VERDICT_HEADING);
            } else if (inVerdict) {
                Expectation.parse(line).ifPresent(result::add);
            }
        }
        return result;
    }
}
