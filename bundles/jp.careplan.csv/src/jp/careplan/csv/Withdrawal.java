/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.internal.FieldRules;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.MonthSegment;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;

/**
 * 取り下げ: the deletion file that withdraws what a file sent — a 第1表 (DLT1KYO, 本文 5.1.1.2), a month's 第6表 予定
 * (DLTPLAN, 5.1.1.4: when the 事業所 no longer has any planned service that month), a 実績 (DLTJSK, 5.1.2.2: 「削除は
 * サービス種類毎に行う」), and the kinds whose deletion a layout declares ({@code deletesKind}: the 介護予防 files of
 * 4.x) — for the users chosen. The file's records give the targets, each once: 保険者番号 and 被保険者番号 with the items
 * a deletion record names besides them (居宅サービス計画作成（変更）日; 削除対象年月 from 対象年月; for a 実績 also
 * サービス事業者コード and the サービス種類コード, the first two characters of the サービスコード; the layout's key item).
 * The deletion goes the way the file went (same sender and receiver, the month where its kind's name has one, the
 * same naming rule), in the version of the records it withdraws, with the given time as its ファイル連番; it is written
 * atomically as a new file, never over one. The file read is not changed, and one read in part or with errors is
 * refused (what it holds is not known). No outcome or target says a cell's contents as text.
 */
public final class Withdrawal {

    private static final DateTimeFormatter SERIAL = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    /** The deletions of the core's kinds, whose records are the model's own deletion classes. */
    private static final Map<String, String> CORE = Map.of("UP1KYO", "DLT1KYO", "UPPLAN", "DLTPLAN", "UPJSK", "DLTJSK");

    /** What became of a withdrawal. */
    public enum Status {
        /** Read: the targets are known ({@link Withdrawal#targets}). */
        READY,
        /** Written ({@link Outcome#name()}, {@link Outcome#records()}). */
        CREATED,
        /** The name follows no rule of the standard ({@link Outcome#nameProblem()}). */
        BAD_NAME,
        /** The file's kind has no deletion in the installed layouts (a 第2表 goes with its 第1表, a 第7表 with its 第6表). */
        NO_DELETION,
        /** The file has errors, or was read only in part: the check lists why. */
        HAS_ERRORS,
        /** No target was chosen. */
        NOTHING_CHOSEN,
        /**
         * A deletion record would lack an item or hold one its column does not admit ({@link Outcome#item()}): the file
         * withdrawn leaves it empty or malformed (「項目は全て必須項目とする」).
         */
        INVALID_ITEM,
        /**
         * Under 4.x names a 実績 deletion goes per サービス種類, the one its name carries ({@link Outcome#item()}): a
         * target of another kind was chosen.
         */
        OTHER_KIND,
        /** A record cannot be written (MS932 pre-flight: {@link Outcome#preflight()}). */
        PREFLIGHT,
        /** A file of the new name exists already in the folder: never replaced. */
        EXISTS,
        /** The file could not be read or the deletion written ({@link Outcome#ioProblem()}: kind and reason). */
        IO_ERROR
    }

    /**
     * What became of a withdrawal: the file it withdraws from, the status, the deletion's kind and name, how many
     * records it has, and the details of a refusal (for {@link Status#INVALID_ITEM} the item's name as the standard
     * writes it, for {@link Status#OTHER_KIND} the name's サービス種類コード).
     */
    public record Outcome(Path file, Status status, String kind, String name, int records, String item,
            List<CsvProblem> preflight, FileNameException nameProblem, String ioProblem) {

        public Outcome {
            preflight = List.copyOf(preflight);
        }

        /** Whether the deletion was written. */
        public boolean done() {
            return status == Status.CREATED;
        }

        static Outcome of(Path file, Status status, String kind, String name) {
            return new Outcome(file, status, kind, name, 0, null, List.of(), null, null);
        }
    }

    /**
     * One thing a deletion record withdraws: a user (保険者番号, 被保険者番号) with the other items of the record, as
     * feature and value, the CSVバージョン of the records it names and how many they are. Holds a person's data: its
     * text says only how many values it holds.
     */
    public static final class Target {
        private final String insurerNumber;
        private final String insuredNumber;
        private final Map<String, String> items;
        private final String csvVersion;
        private int rows;

        Target(String insurerNumber, String insuredNumber, Map<String, String> items, String csvVersion) {
            this.insurerNumber = insurerNumber;
            this.insuredNumber = insuredNumber;
            this.items = items;
            this.csvVersion = csvVersion;
        }

        public String insurerNumber() {
            return insurerNumber;
        }

        public String insuredNumber() {
            return insuredNumber;
        }

        /** The deletion record's other items, by feature name, in the layout's order. */
        public Map<String, String> items() {
            return java.util.Collections.unmodifiableMap(items);
        }

        /** How many records of the file it names. */
        public int rows() {
            return rows;
        }

        private List<Object> key() {
            return java.util.Arrays.asList(insurerNumber, insuredNumber, items, csvVersion);
        }

        @Override
        public String toString() {
            return "Target[" + (2 + items.size()) + " items, " + rows + " rows]";
        }
    }

    /** The targets of a file, with its outcome ({@link Status#READY}, or why it has none) and the deletion's columns. */
    public record Targets(Outcome outcome, List<Target> targets, List<Column> columns) {
        public Targets {
            targets = List.copyOf(targets);
            columns = List.copyOf(columns);
        }
    }

    private final LayoutRegistry layouts;
    private final FileNames names;

    public Withdrawal(LayoutRegistry layouts) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.names = FileNames.of(layouts);
    }

    /** The kind of file that withdraws files of the given kind (DLTPLAN for UPPLAN…), when one is installed. */
    public Optional<String> deletionKind(String kind) {
        if (CORE.containsKey(kind)) {
            String deletion = CORE.get(kind);
            return names.kinds().find(deletion).isPresent() ? Optional.of(deletion) : Optional.empty();
        }
        return layouts.layoutSets().stream().flatMap(set -> set.getFileLayouts().stream())
                .filter(layout -> kind.equals(layout.getDeletesKind())).map(FileLayout::getKind).findFirst();
    }

    /**
     * Reads a file and lists what a deletion could withdraw of it, each target once, in the order of the file; the
     * deletion's columns after 保険者番号 and 被保険者番号 name the targets' other items.
     */
    public Targets targets(Path file) {
        FileName name;
        try {
            name = names.parse(file.getFileName().toString());
        } catch (FileNameException e) {
            return new Targets(new Outcome(file, Status.BAD_NAME, null, null, 0, null, List.of(), e, null), List.of(), List.of());
        }
        Optional<String> deletion = deletionKind(name.getKind());
        if (deletion.isEmpty()) {
            return new Targets(Outcome.of(file, Status.NO_DELETION, null, null), List.of(), List.of());
        }
        CareplanResource resource;
        try {
            resource = CareplanResource.read(file, layouts);
        } catch (IOException e) {
            return new Targets(new Outcome(file, Status.IO_ERROR, deletion.get(), null, 0, null, List.of(), null,
                    IoProblems.describe(e)), List.of(), List.of());
        }
        if (!resource.isComplete() || resource.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
            return new Targets(Outcome.of(file, Status.HAS_ERRORS, deletion.get(), null), List.of(), List.of());
        }
        String month = month(name);
        Map<List<Object>, Target> targets = new LinkedHashMap<>();
        // the layouts of each CSVバージョン the records have (usually one): the deletion's and the file's own
        Map<String, FileLayout[]> byVersion = new java.util.HashMap<>();
        FileLayout[] last = null;
        for (Record record : resource.document().getRecords()) {
            FileLayout[] pair = byVersion.computeIfAbsent(Objects.toString(record.getCsvVersion(), ""), version -> new FileLayout[] {
                    deletionLayout(deletion.get(), record.getCsvVersion(), month),
                    layouts.resolveRecords(name.getKind(), record.getCsvVersion(), month).layout() });
            if (pair[0] == null) {
                return new Targets(Outcome.of(file, Status.NO_DELETION, deletion.get(), null), List.of(), List.of());
            }
            last = pair;
            Target target = new Target(record.getInsurerNumber(), record.getInsuredNumber(),
                    keyItems(deletion.get(), pair[0], pair[1], record), record.getCsvVersion());
            targets.computeIfAbsent(target.key(), key -> target).rows++;
        }
        List<Column> columns = last == null ? List.of()
                : last[0].getColumns().stream().filter(column -> column.getNumber() > 3).toList();
        return new Targets(Outcome.of(file, Status.READY, deletion.get(), null), new ArrayList<>(targets.values()), columns);
    }

    /**
     * Writes the deletion of the chosen targets (from {@link #targets} of the same file) into the folder (which must
     * exist).
     *
     * @param now the time that names the deletion (its ファイル連番)
     */
    public Outcome create(Path file, List<Target> chosen, Path folder, LocalDateTime now) {
        FileName name;
        try {
            name = names.parse(file.getFileName().toString());
        } catch (FileNameException e) {
            return new Outcome(file, Status.BAD_NAME, null, null, 0, null, List.of(), e, null);
        }
        Optional<String> deletion = deletionKind(name.getKind());
        if (deletion.isEmpty()) {
            return Outcome.of(file, Status.NO_DELETION, null, null);
        }
        FileName deletionName = EcoreUtil.copy(name);
        deletionName.setKind(deletion.get());
        FileKind kind = names.kinds().find(deletion.get()).orElseThrow();
        deletionName.setMonth(kind.monthSegment() == MonthSegment.NONE ? null : name.getMonth());
        deletionName.setSerial(SERIAL.format(now));
        deletionName.setExtension(null);
        String written = names.format(deletionName);
        if (chosen.isEmpty()) {
            return Outcome.of(file, Status.NOTHING_CHOSEN, deletion.get(), written);
        }
        String kindOfName = name.getSenderServiceType();
        if ("DLTJSK".equals(deletion.get()) && kindOfName != null
                && chosen.stream().anyMatch(target -> !kindOfName.equals(target.items.get("serviceType")))) {
            return new Outcome(file, Status.OTHER_KIND, deletion.get(), written, 0, kindOfName, List.of(), null, null);
        }
        String month = month(name);
        CareplanDocument document = CareplanFactory.eINSTANCE.createCareplanDocument();
        document.setKind(deletion.get());
        for (Target target : chosen) {
            FileLayout layout = deletionLayout(deletion.get(), target.csvVersion, month);
            if (layout == null) {
                return Outcome.of(file, Status.NO_DELETION, deletion.get(), written);
            }
            EObject record = EcoreUtil.create(layout.getRecordClass());
            for (Column column : layout.getColumns()) {
                EStructuralFeature feature = layout.getRecordClass().getEStructuralFeature(column.getFeature());
                String value = switch (column.getNumber()) {
                case 1 -> target.csvVersion;
                case 2 -> target.insurerNumber;
                case 3 -> target.insuredNumber;
                default -> target.items.get(column.getFeature());
                };
                // never a deletion that names less than it must: the file withdrawn left the item empty or malformed
                if (value == null || value.isEmpty() ? column.isRequired() : FieldRules.check(column, value) != null) {
                    return new Outcome(file, Status.INVALID_ITEM, deletion.get(), written, 0, column.getName(), List.of(), null, null);
                }
                record.eSet(feature, value);
            }
            document.getRecords().add((Record) record);
        }
        CareplanCsvWriter writer = new CareplanCsvWriter(layouts);
        List<CsvProblem> preflight = writer.preflight(document, written, deletionName.getMonth());
        if (!preflight.isEmpty()) {
            return new Outcome(file, Status.PREFLIGHT, deletion.get(), written, 0, null, preflight, null, null);
        }
        try {
            AtomicFiles.writeNew(SafeNames.inside(folder, written), stream -> writer.write(document, deletionName.getMonth(), null, stream));
            return new Outcome(file, Status.CREATED, deletion.get(), written, chosen.size(), null, List.of(), null, null);
        } catch (FileAlreadyExistsException e) {
            return Outcome.of(file, Status.EXISTS, deletion.get(), written);
        } catch (IOException e) {
            return new Outcome(file, Status.IO_ERROR, deletion.get(), written, 0, null, List.of(), null, IoProblems.describe(e));
        }
    }

    /** The file's service month, for choosing layouts (none for 000000 or a name without one). */
    private static String month(FileName name) {
        return name.getMonth() == null || "000000".equals(name.getMonth()) ? null : name.getMonth();
    }

    private FileLayout deletionLayout(String kind, String csvVersion, String month) {
        return layouts.resolveRecords(kind, csvVersion, month).layout();
    }

    /**
     * The items a deletion record names besides 保険者番号 and 被保険者番号, by feature, from the record it withdraws: the
     * core's deletions as the standard describes them, a layout's by its key item ({@code keyFeature} of the deletion's
     * layout and of the layout the record was read by).
     */
    private static Map<String, String> keyItems(String deletion, FileLayout layout, FileLayout read, Record record) {
        Map<String, String> items = new LinkedHashMap<>();
        switch (deletion) {
        case "DLT1KYO" -> items.put("planDate", value(record, "planDate"));
        case "DLTPLAN" -> items.put("deletionTargetMonth", value(record, "targetMonth"));
        case "DLTJSK" -> {
            items.put("deletionTargetMonth", value(record, "targetMonth"));
            items.put("providerCode", value(record, "providerCode"));
            String code = value(record, "serviceCode");
            // 「削除はサービス種類毎に行う」: the サービス種類 is the サービスコード's first two characters
            items.put("serviceType", code == null || code.length() < 2 ? code : code.substring(0, 2));
        }
        default -> {
            if (layout.getKeyFeature() != null) {
                items.put(layout.getKeyFeature(), value(record, read == null ? null : read.getKeyFeature()));
            }
        }
        }
        return items;
    }

    private static String value(Record record, String feature) {
        EStructuralFeature found = feature == null ? null : record.eClass().getEStructuralFeature(feature);
        return found == null ? null : (String) record.eGet(found);
    }
}
