/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.NamingRule;

/**
 * Converts files, one at a time, to another installed version of the standard and writes them into a folder under
 * the standard's names: what {@code careplan convert} and the workbench's conversion do. A file is read, converted
 * with {@link VersionConverter}, written to bytes first (the MS932 pre-flight) and then written atomically as a new
 * file, never over one. An attachment (a 家族構成 image) is copied byte for byte when the target version knows its
 * kind. Nothing is lost silently: a conversion that would lose a value is refused unless the caller allows it, and
 * each {@link Outcome} says what happened and why; it never holds a cell's contents.
 */
public final class FileConversion {

    /**
     * What to convert to, and how to name the new files: {@code namesV4} {@code null} keeps the rule the names give
     * (4.x when both サービス種類コード are known, from the old name or the options), {@code TRUE} asks for 4.x names,
     * {@code FALSE} for 3.2 names; the service types, when given, replace those of the old names.
     */
    public record Options(String targetVersion, Boolean namesV4, String senderServiceType, String receiverServiceType,
            boolean allowLoss) {

        public Options {
            Objects.requireNonNull(targetVersion, "targetVersion");
            for (String type : new String[] { senderServiceType, receiverServiceType }) {
                if (type != null && !type.matches("[0-9A-Z]{2}")) {
                    throw new IllegalArgumentException("サービス種類コード: expected 2 digits or capitals");
                }
            }
        }
    }

    /** What became of one file. */
    public enum Status {
        /** Converted and written ({@link Outcome#written()}, {@link Outcome#records()}). */
        CONVERTED,
        /** An attachment, copied byte for byte under its new name. */
        COPIED,
        /** The name follows no rule of the standard ({@link Outcome#nameProblem()}). */
        BAD_NAME,
        /** The file has errors (the check lists them): not converted. */
        HAS_ERRORS,
        /** The target version has no layout of the file's kind ({@link Outcome#kind()}). */
        NO_KIND,
        /** The file's month comes before the target version applies ({@link Outcome#month()}, {@link Outcome#validFrom()}). */
        TOO_EARLY,
        /** Values would be lost ({@link Outcome#losses()}) and the caller did not allow it. */
        LOSSES,
        /** 4.x names need both サービス種類コード, and they are not known. */
        NEED_TYPES,
        /** A record cannot be written in the target version (MS932 pre-flight: {@link Outcome#preflight()}). */
        PREFLIGHT,
        /**
         * An attachment whose name would change: its record names it by that name, so it is not copied under another
         * ({@link Outcome#written()} is the name it would have had).
         */
        ATTACHMENT_RENAMED,
        /** A file of the new name exists already in the folder: never replaced. */
        EXISTS,
        /** The file could not be read or written ({@link Outcome#ioProblem()}: the exception's class, no contents). */
        IO_ERROR
    }

    /**
     * The outcome of one file: its status, the name written (or that would have been), the records converted, the
     * losses found (also when allowed and converted all the same), the details of a refusal, and — when the name
     * written follows an earlier naming rule than the version's (a 4.1 file named without サービス種類コード, which
     * neither the old name nor the options gave) — the rule the version's names follow ({@code nameRuleAhead}, else
     * {@code null}): the file is written all the same, as asked, and a check reports it (CSV-NAME-RULE); and when a
     * newer version than the target applies to the file's service month (4.1 content for 202506 converted back to
     * 3.2, as old software may need to read it), that version ({@code monthVersion}, else {@code null}): written as
     * asked too, and a check reports it (VAL-VERSION-MONTH); and the rule ids of the source's warnings the converted
     * file is written without ({@code rewritten}: CSV-HEADER, CSV-LINE-END, CSV-FORM), so that nothing changes unsaid.
     */
    public record Outcome(Path source, Status status, String written, int records, String version, String kind, String month,
            String validFrom, List<VersionConverter.Loss> losses, List<CsvProblem> preflight, FileNameException nameProblem,
            String ioProblem, NamingRule nameRuleAhead, String monthVersion, List<String> rewritten) {

        /** Whether a file was written. */
        public boolean done() {
            return status == Status.CONVERTED || status == Status.COPIED;
        }

        static Outcome of(Path source, Status status) {
            return new Outcome(source, status, null, 0, null, null, null, null, List.of(), List.of(), null, null, null, null, List.of());
        }

        Outcome with(String newWritten, int newRecords, String newVersion) {
            return new Outcome(source, status, newWritten, newRecords, newVersion, kind, month, validFrom, losses, preflight,
                    nameProblem, ioProblem, nameRuleAhead, monthVersion, rewritten);
        }

        Outcome withRuleAhead(NamingRule rule) {
            return new Outcome(source, status, written, records, version, kind, month, validFrom, losses, preflight, nameProblem,
                    ioProblem, rule, monthVersion, rewritten);
        }
    }

    private final LayoutRegistry layouts;
    private final FileNames names;
    private final VersionConverter converter;

    public FileConversion(LayoutRegistry layouts) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.names = FileNames.of(layouts);
        this.converter = new VersionConverter(layouts);
    }

    /**
     * A send unit of the files converted that was written only in part: its ファイル連番, how many of its files given were
     * written, and how many were given. The unit in the output folder is incomplete; sent as it is, the receiver's check
     * would miss what it lacks.
     */
    public record PartUnit(String serial, int written, int given) {
    }

    /**
     * The send units among the outcomes of which some files were written and some not (files grouped by ファイル連番,
     * sender and receiver as their names say; a name that does not parse belongs to no unit).
     */
    public List<PartUnit> partUnits(java.util.Collection<Outcome> outcomes) {
        java.util.Map<List<String>, int[]> units = new java.util.LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            FileName name = outcome == null ? null : names.parseOrNull(outcome.source().getFileName().toString());
            if (name == null) {
                continue;
            }
            List<String> key = java.util.Arrays.asList(name.getSerial(), name.getSenderOffice(), name.getSenderServiceType(),
                    name.getReceiverOffice(), name.getReceiverServiceType());
            int[] counts = units.computeIfAbsent(key, k -> new int[2]);
            counts[1]++;
            if (outcome.done()) {
                counts[0]++;
            }
        }
        List<PartUnit> part = new java.util.ArrayList<>();
        units.forEach((key, counts) -> {
            if (counts[0] > 0 && counts[0] < counts[1]) {
                part.add(new PartUnit(key.get(0), counts[0], counts[1])); // the key begins with the ファイル連番
            }
        });
        return part;
    }

    /** The versions of the standard whose layouts are installed, e.g. [3.2, 4.1]. */
    public List<String> versions() {
        return converter.versions();
    }

    /**
     * The naming rule the target version's names follow, when the file would be written under a name of an earlier
     * rule with these options (as {@link Outcome#nameRuleAhead()} of a conversion); {@code null} when its name would
     * follow the version's rule, and when it would not be converted for its name (unknown, no such file in the
     * version, service types missing). Reads the name only, so that a dialog can say so before converting.
     */
    public NamingRule nameRuleAhead(String fileName, Options options) {
        FileName parsed = names.parseOrNull(fileName);
        if (parsed == null) {
            return null;
        }
        Optional<LayoutSet> target = converter.target(options.targetVersion(), parsed.getKind());
        FileName newName = newName(parsed, options);
        return target.isEmpty() || newName == null ? null : FileNames.ruleAhead(newName, target.get());
    }

    /**
     * The newer standard version that applies to the service month of the file's name when the target is not it (as
     * {@link Outcome#monthVersion()} of a conversion), else {@code null}: also for a name without a month, and one
     * that would not be converted for its name. Reads the name only, so that a dialog can say so before converting.
     */
    public String monthVersion(String fileName, Options options) {
        FileName parsed = names.parseOrNull(fileName);
        if (parsed == null) {
            return null;
        }
        String month = parsed.getMonth() == null || "000000".equals(parsed.getMonth()) ? null : parsed.getMonth();
        Optional<LayoutSet> target = converter.target(options.targetVersion(), parsed.getKind());
        return target.isEmpty() ? null : newerForMonth(parsed.getKind(), month, target.get());
    }

    /** Converts one file into the folder (which must exist). */
    public Outcome convert(Path file, Options options, Path outFolder) {
        String fileName = file.getFileName().toString();
        FileName parsed;
        try {
            parsed = names.parse(fileName);
        } catch (FileNameException e) {
            return new Outcome(file, Status.BAD_NAME, null, 0, null, null, null, null, List.of(), List.of(), e, null, null, null, List.of());
        }
        Optional<LayoutSet> kindTarget = converter.target(options.targetVersion(), parsed.getKind());
        if (kindTarget.isEmpty()) {
            return new Outcome(file, Status.NO_KIND, null, 0, options.targetVersion(), parsed.getKind(), null, null, List.of(),
                    List.of(), null, null, null, null, List.of());
        }
        LayoutSet target = kindTarget.get();
        FileName newName = newName(parsed, options);
        if (newName == null) {
            return Outcome.of(file, Status.NEED_TYPES);
        }
        String written = names.format(newName);
        if (names.kinds().find(parsed.getKind()).map(FileKind::isAttachment).orElse(false)) {
            if (!written.equalsIgnoreCase(fileName)) {
                // the record that names the image would name a file that is not there: say so rather than break the pair
                return Outcome.of(file, Status.ATTACHMENT_RENAMED).with(written, 0, target.getStandardVersion());
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                Outcome copied = write(file, outFolder, written, bytes, Status.COPIED).with(written, 0, target.getStandardVersion());
                return copied.status() == Status.COPIED ? copied.withRuleAhead(FileNames.ruleAhead(newName, target)) : copied;
            } catch (IOException e) {
                return io(file, e);
            }
        }
        CareplanResource resource;
        try {
            resource = CareplanResource.read(file, layouts);
        } catch (IOException e) {
            return io(file, e);
        }
        if (!resource.isComplete() || resource.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
            return Outcome.of(file, Status.HAS_ERRORS);
        }
        String month = parsed.getMonth() == null || "000000".equals(parsed.getMonth()) ? null : parsed.getMonth();
        if (month != null && target.getValidFrom() != null && month.compareTo(target.getValidFrom()) < 0) {
            return new Outcome(file, Status.TOO_EARLY, null, 0, target.getStandardVersion(), parsed.getKind(), month,
                    target.getValidFrom(), List.of(), List.of(), null, null, null, null, List.of());
        }
        VersionConverter.Result result;
        try {
            result = converter.convert(resource.document(), month, resource::lineOf, target, resource.originals());
        } catch (IllegalArgumentException e) {
            return new Outcome(file, Status.NO_KIND, null, 0, options.targetVersion(), parsed.getKind(), null, null, List.of(),
                    List.of(), null, null, null, null, List.of());
        }
        if (!result.losses().isEmpty() && !options.allowLoss()) {
            return new Outcome(file, Status.LOSSES, written, 0, target.getStandardVersion(), parsed.getKind(), month, null,
                    result.losses(), List.of(), null, null, null, null, List.of());
        }
        CareplanCsvWriter writer = new CareplanCsvWriter(layouts);
        List<CsvProblem> preflight = writer.preflight(result.document(), written, month);
        if (!preflight.isEmpty()) {
            return new Outcome(file, Status.PREFLIGHT, written, 0, target.getStandardVersion(), parsed.getKind(), month, null,
                    result.losses(), List.copyOf(preflight), null, null, null, null, List.of());
        }
        Outcome outcome;
        try {
            AtomicFiles.writeNew(SafeNames.inside(outFolder, written), stream -> writer.write(result.document(), month, result.originals(), stream));
            outcome = new Outcome(file, Status.CONVERTED, written, result.document().getRecords().size(),
                    target.getStandardVersion(), parsed.getKind(), month, null, result.losses(), List.of(), null, null,
                    FileNames.ruleAhead(newName, target), newerForMonth(parsed.getKind(), month, target), rewritten(resource));
        } catch (FileAlreadyExistsException e) {
            outcome = Outcome.of(file, Status.EXISTS).with(written, 0, target.getStandardVersion());
        } catch (IOException e) {
            outcome = io(file, e).with(written, 0, target.getStandardVersion());
        }
        return outcome;
    }

    /**
     * The standard version that applies to a service month when it is not the target's (a newer one: a month before
     * the target applies is refused as TOO_EARLY), as VAL-VERSION-MONTH decides it; else {@code null}.
     */
    private String newerForMonth(String kind, String month, LayoutSet target) {
        if (month == null || target.getValidFrom() != null && month.compareTo(target.getValidFrom()) < 0) {
            return null; // no month, or one before the target applies: refused as TOO_EARLY, not converted
        }
        Optional<String> applies = layouts.versionFor(kind, month);
        if (applies.isEmpty() || applies.get().equals(target.getCsvVersion())) {
            return null;
        }
        return layouts.layoutSets().stream().filter(set -> applies.get().equals(set.getCsvVersion()))
                .map(LayoutSet::getStandardVersion).findFirst().orElse(applies.get());
    }

    private static Outcome write(Path file, Path outFolder, String written, byte[] bytes, Status status) {
        try {
            AtomicFiles.writeNew(SafeNames.inside(outFolder, written), stream -> stream.write(bytes));
            return Outcome.of(file, status);
        } catch (FileAlreadyExistsException e) {
            return Outcome.of(file, Status.EXISTS);
        } catch (IOException e) {
            return io(file, e);
        }
    }

    /** What the reader warned of that the converted file is written without (never silently): its rule ids. */
    private static final List<String> REWRITTEN = List.of("CSV-HEADER", "CSV-LINE-END", "CSV-FORM");

    /**
     * The warnings of the source that a converted file no longer carries, since the writer writes the standard's form:
     * a header row left out (CSV-HEADER), line ends written as CRLF (CSV-LINE-END), items quoted as the standard
     * writes them (CSV-FORM). Said to the user, as everything a conversion changes besides the version.
     */
    private static List<String> rewritten(CareplanResource resource) {
        List<String> found = resource.problems().stream().map(CsvProblem::ruleId).toList();
        return REWRITTEN.stream().filter(found::contains).toList();
    }

    private static Outcome io(Path file, IOException e) {
        return new Outcome(file, Status.IO_ERROR, null, 0, null, null, null, null, List.of(), List.of(), null,
                IoProblems.describe(e), null, null, List.of());
    }

    /** The new name under the rule asked for, or {@code null} when 4.x names are asked for and a service type is unknown. */
    private static FileName newName(FileName parsed, Options options) {
        FileName newName = EcoreUtil.copy(parsed);
        String sender = options.senderServiceType() != null ? options.senderServiceType() : parsed.getSenderServiceType();
        String receiver = options.receiverServiceType() != null ? options.receiverServiceType() : parsed.getReceiverServiceType();
        boolean v4 = options.namesV4() == null ? sender != null && receiver != null : options.namesV4().booleanValue();
        if (v4 && (sender == null || receiver == null)) {
            return null;
        }
        newName.setSenderServiceType(v4 ? sender : null);
        newName.setReceiverServiceType(v4 ? receiver : null);
        return newName;
    }
}
