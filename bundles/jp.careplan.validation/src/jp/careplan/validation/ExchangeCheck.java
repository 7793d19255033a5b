/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;


import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.ExchangeFolder.Duplicate;
import jp.careplan.csv.ExchangeFolder.Listing;
import jp.careplan.csv.ExchangeFolder.Rejected;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.model.exchange.SendUnit;
import jp.careplan.validation.internal.RuleMessages;

/**
 * Checks files of an exchange as the standard's receiver would take them: grouped into send units and
 * in 取込順序; each file read with the codec and validated with the rules, each unit with the send-unit
 * rules (remembering what earlier units held). What {@code careplan check} and the workbench report.
 */
public final class ExchangeCheck {

    /**
     * One file: its place in the exchange ({@code null} when its name follows no rule), what was read
     * ({@code null} when it could not be, and for an attachment, which is never read), its problems.
     */
    public record FileReport(Path path, ExchangeFile file, CareplanResource resource, List<CsvProblem> problems) {

        public String name() {
            return path.getFileName().toString();
        }
    }

    /**
     * The files in 取込順序, then second files of a name (CSV-NAME-COPY, CSV-NAME-TWICE), then rejected names; and the
     * number of send units.
     */
    public record Result(List<FileReport> files, int units) {

        /** Every problem of every file. */
        public List<CsvProblem> problems() {
            return files.stream().flatMap(file -> file.problems().stream()).toList();
        }
    }

    private final LayoutRegistry layouts;
    private final RuleRegistry rules;

    public ExchangeCheck(LayoutRegistry layouts, RuleRegistry rules) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Progress of a check: told of each file before it is read; may ask to stop. */
    public interface Progress {
        /** Called before each file is read. */
        void reading(String fileName);

        /** Whether the check should stop (the files checked so far are reported). */
        boolean isCanceled();

        /** No progress reporting, never cancelled. */
        Progress NONE = new Progress() {
            @Override
            public void reading(String fileName) {
                // nobody listens
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
    }

    /**
     * Checks the given files.
     *
     * @throws IOException when the size of a file cannot be read
     */
    public Result check(Collection<Path> paths) throws IOException {
        return check(paths, Progress.NONE);
    }

    /**
     * Checks the given files, reporting progress and stopping when asked (then the result holds the
     * files checked until then).
     *
     * @throws IOException when the size of a file cannot be read
     */
    public Result check(Collection<Path> paths, Progress progress) throws IOException {
        FileNames names = FileNames.of(layouts);
        Listing listing = new ExchangeFolder(names).list(paths);
        List<FileReport> reports = new ArrayList<>();
        SendUnitValidation units = new SendUnitValidation(layouts);
        Validation validation = new Validation(rules, layouts);
        for (SendUnit unit : listing.exchange().getUnits()) {
            if (progress.isCanceled()) {
                break;
            }
            List<FileReport> unitReports = new ArrayList<>();
            List<SendUnitValidation.UnitFile> read = new ArrayList<>();
            for (ExchangeFile file : unit.getFiles()) {
                Path path = Path.of(file.getLocation());
                progress.reading(path.getFileName().toString());
                FileLayout attachment = attachmentLayout(file.getName().getKind());
                if (attachment != null) {
                    // carried through as it is: never read as records; only its first bytes are looked at
                    List<CsvProblem> problems = new ArrayList<>(checkSignature(path, attachment));
                    read.add(new SendUnitValidation.UnitFile(file.getName(), path.getFileName().toString(), null));
                    unitReports.add(new FileReport(path, file, null, problems));
                    continue;
                }
                CareplanResource resource = read(path);
                if (resource == null) {
                    List<CsvProblem> problems = new ArrayList<>();
                    problems.add(new CsvProblem(RuleMessages.SOURCE, "CSV-IO", Severity.ERROR, path.getFileName().toString(), 0, 0,
                            null, -1));
                    unitReports.add(new FileReport(path, file, null, problems));
                    // in its unit all the same: what rests on it is not claimed (UNIT-UNCHECKED)
                    read.add(new SendUnitValidation.UnitFile(file.getName(), path.getFileName().toString(), null, true));
                    continue;
                }
                List<CsvProblem> problems = new ArrayList<>(resource.problems());
                if (resource.isComplete()) {
                    problems.addAll(validation.validate(resource));
                }
                // a file read in part is in its unit too: its records are parents, and what rests on the rest is not claimed
                read.add(new SendUnitValidation.UnitFile(file.getName(), path.getFileName().toString(), resource));
                unitReports.add(new FileReport(path, file, resource, problems));
            }
            for (CsvProblem problem : units.check(read)) {
                unitReports.stream().filter(report -> report.name().equals(problem.fileName())).findFirst()
                        .ifPresent(report -> report.problems().add(problem));
            }
            for (FileReport report : unitReports) {
                report.problems().sort(Comparator.comparingInt(CsvProblem::getLine).thenComparingInt(CsvProblem::getColumn));
            }
            reports.addAll(unitReports);
        }
        for (Duplicate duplicate : listing.duplicates()) {
            if (progress.isCanceled()) {
                break;
            }
            progress.reading(duplicate.path().getFileName().toString()); // its bytes are compared with the first's
            reports.add(duplicate(duplicate));
        }
        for (Rejected rejected : listing.rejected()) {
            String name = rejected.path().getFileName().toString();
            List<CsvProblem> problems = new ArrayList<>();
            problems.add(new CsvProblem(RuleMessages.SOURCE, "CSV-NAME", Severity.ERROR, name, 0, 0, null, -1,
                    rejected.problem().ruleId(), rejected.problem()));
            reports.add(new FileReport(rejected.path(), null, null, problems));
        }
        return new Result(reports, listing.exchange().getUnits().size());
    }

    /**
     * A second file of a name: the same bytes as the first are checked with it (CSV-NAME-COPY, a warning); other
     * bytes cannot be checked in its send unit, which holds one file of a name (CSV-NAME-TWICE, an error).
     */
    private static FileReport duplicate(Duplicate duplicate) {
        String name = duplicate.path().getFileName().toString();
        List<CsvProblem> problems = new ArrayList<>();
        try {
            boolean same = Files.mismatch(duplicate.first(), duplicate.path()) < 0;
            problems.add(new CsvProblem(RuleMessages.SOURCE, same ? "CSV-NAME-COPY" : "CSV-NAME-TWICE",
                    same ? Severity.WARNING : Severity.ERROR, name, 0, 0, null, -1));
        } catch (IOException e) {
            problems.add(new CsvProblem(RuleMessages.SOURCE, "CSV-IO", Severity.ERROR, name, 0, 0, null, -1));
        }
        return new FileReport(duplicate.path(), duplicate.file(), null, problems);
    }

    /** The layout of an attachment kind (a 家族構成 image), or {@code null} for a kind of records. */
    private FileLayout attachmentLayout(String kind) {
        for (FileLayout layout : layouts.kinds()) {
            if (layout.getKind().equals(kind)) {
                return layout.isAttachment() ? layout : null;
            }
        }
        return null;
    }

    /** ATTACH-SIGNATURE: the file begins with the bytes its layout gives (a JPEG: FF D8 FF); CSV-IO when unreadable. */
    private static List<CsvProblem> checkSignature(Path path, FileLayout layout) {
        String name = path.getFileName().toString();
        String hex = layout.getSignature() == null ? "" : layout.getSignature().replaceAll("\\s", "");
        if (hex.isEmpty()) {
            return List.of();
        }
        byte[] expected = java.util.HexFormat.of().parseHex(hex);
        byte[] start = new byte[expected.length];
        int filled = 0;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
            int n;
            while (filled < start.length && (n = in.read(start, filled, start.length - filled)) > 0) {
                filled += n;
            }
        } catch (IOException e) {
            return List.of(new CsvProblem(RuleMessages.SOURCE, "CSV-IO", Severity.ERROR, name, 0, 0, null, -1));
        }
        if (filled == expected.length && java.util.Arrays.equals(start, expected)) {
            return List.of();
        }
        return List.of(new CsvProblem(RuleMessages.SOURCE, "ATTACH-SIGNATURE", Severity.ERROR, name, 0, 0, null, -1,
                layout.getName()));
    }

    private CareplanResource read(Path path) {
        try {
            return CareplanResource.read(path, layouts);
        } catch (IOException e) {
            return null;
        }
    }
}
