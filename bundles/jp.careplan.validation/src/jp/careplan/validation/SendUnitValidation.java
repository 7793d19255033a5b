/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.model.careplan.CarePlan1Deletion;
import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceActualDeletion;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.careplan.ServiceUsePlanDeletion;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.careplan.SupplementaryInfo;
import jp.careplan.model.exchange.FileName;
import jp.careplan.validation.internal.RuleMessages;

/**
 * Rules over send units, in 取込順序 (ascending ファイル連番), remembering what earlier units of the folder
 * held (v3.2 digest §2.1, §4.3):
 * <ul>
 * <li>UNIT-COMBINATION: a unit holds only kinds that share a send unit in their layouts ({@code sendUnits}); for
 * 3.2 these are the combinations the standard allows — 第1表, 第2表 and
 * 利用者補足情報 (000000); 第6表, 第7表 and 利用者補足情報 (with the month); a 第1表 deletion; a 第6表 deletion;
 * 実績; a 実績 deletion;</li>
 * <li>UNIT-PARENT: the parent of every dependent record is in the unit or an earlier one — 第2表 and
 * 利用者補足情報 (000000) → 第1表 by 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日; 第7表 and 利用者補足情報
 * (with the month) → 第6表 by 保険者番号 + 被保険者番号 + 対象年月;</li>
 * <li>UNIT-CASCADE (information): what a deletion whose target an earlier unit held removes with it
 * (第1表 → 第2表, 第6表 → 第7表; a 実績 deletion removes the 実績 of one provider and サービス種類); a deletion of a
 * target the folder does not hold is information too —
 * the receiver may hold it.</li>
 * </ul>
 * A file read only in part, or not at all, is in its unit too: its records read are parents, and a finding that may
 * rest on the part not read — a missing parent of its kind (in this unit or a later one), a 第7表 count against its
 * 第6表, an attachment its records would name — is not claimed; the file it would concern is told once instead
 * (UNIT-UNCHECKED, information).
 * Kinds an extension adds may declare the same relations as data in their layouts (the 介護予防 files of 4.x):
 * {@code parentKind} and {@code keyFeature} for UNIT-PARENT, {@code deletesKind} for UNIT-CASCADE, and for an
 * attachment {@code referenceFeature}: UNIT-ATTACHMENT when no record of the unit names it, UNIT-ATTACHMENT-MISSING
 * (a warning) when a record names a file the unit lacks.
 */
public final class SendUnitValidation {

    /**
     * One file of a unit, read; an attachment (a 家族構成 image) has no resource: it is never read. A file that could
     * not be read at all is {@code unreadable} (and has no resource either); one read in part has a resource that is
     * not {@link CareplanResource#isComplete() complete}.
     */
    public record UnitFile(FileName name, String fileName, CareplanResource resource, boolean unreadable) {

        public UnitFile {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(fileName, "fileName");
        }

        /** A file read (or an attachment, never read). */
        public UnitFile(FileName name, String fileName, CareplanResource resource) {
            this(name, fileName, resource, false);
        }

        /** Whether some of the file's records may be missing: it could not be read, or was read only in part. */
        boolean partial() {
            return unreadable || resource != null && !resource.isComplete();
        }

        /** An attachment of the unit (never read), as opposed to a file that could not be read. */
        boolean attachment() {
            return resource == null && !unreadable;
        }
    }

    private final LayoutRegistry layouts;
    private final Set<List<String>> plans = new HashSet<>();
    /** The send units each file of the unit being checked may travel in. */
    private final java.util.Map<UnitFile, Set<String>> unitsOf = new java.util.IdentityHashMap<>();
    private final Set<List<String>> months = new HashSet<>();
    /** 実績 held by the folder: user, month, provider and サービス種類, which a 実績 deletion names. */
    private final Set<List<String>> actuals = new HashSet<>();
    /** Records of kinds whose layouts name a keyFeature (利用者基本情報, …), by kind: their keys. */
    private final java.util.Map<String, Set<List<String>>> keyed = new java.util.HashMap<>();
    /**
     * Kinds of which a file of this unit or an earlier one was read only in part (or not at all): a record whose
     * parent would be of such a kind may have it in the part not read, so its absence is not claimed.
     */
    private final Set<String> partialKinds = new HashSet<>();
    /** Files of the unit being checked whose relations to such a kind were not checked (UNIT-UNCHECKED). */
    private final Set<String> unchecked = new LinkedHashSet<>();

    /** Rules that take the units kinds travel in, and the positions of items, from the layouts. */
    public SendUnitValidation(LayoutRegistry layouts) {
        this.layouts = java.util.Objects.requireNonNull(layouts, "layouts");
    }

    /** The column of a record's item in its layout, or the 3.2 position when its layout has no such item. */
    private Column column(UnitFile file, Record record, String feature, int number, String name) {
        String month = file.name() == null ? null : file.name().getMonth();
        FileLayout layout = layouts.resolveRecords(file.name().getKind(), record.getCsvVersion(), month).layout();
        if (layout != null) {
            for (Column column : layout.getColumns()) {
                if (feature.equals(column.getFeature())) {
                    return column;
                }
            }
        }
        Column fallback = jp.careplan.layout.LayoutFactory.eINSTANCE.createColumn();
        fallback.setNumber(number);
        fallback.setName(name);
        return fallback;
    }

    /** Checks the next unit (units must come in ascending 連番) and remembers what it holds. */
    public List<CsvProblem> check(List<UnitFile> unit) {
        List<CsvProblem> problems = new ArrayList<>();
        unitsOf.clear();
        unchecked.clear();
        for (UnitFile file : unit) {
            unitsOf.put(file, sendUnits(file));
            if (file.partial()) {
                partialKinds.add(file.name().getKind());
            }
        }
        checkCombination(unit, problems);
        for (UnitFile file : unit) {
            if (file.resource() == null) {
                continue;
            }
            FileLayout declared = declared(file.name().getKind());
            if (declared != null && isKeyed(declared)) {
                Set<List<String>> keys = keyed.computeIfAbsent(declared.getKind(), kind -> new HashSet<>());
                for (Record record : file.resource().document().getRecords()) {
                    keys.add(key(record, text(record, declared.getKeyFeature())));
                }
            }
            for (Record record : file.resource().document().getRecords()) {
                if (record instanceof CarePlan1 plan) {
                    plans.add(key(record, plan.getPlanDate()));
                } else if (record instanceof ServiceUseRow row && "UPPLAN".equals(file.name().getKind())) {
                    months.add(key(record, row.getTargetMonth()));
                } else if (record instanceof ServiceUseRow row && "UPJSK".equals(file.name().getKind())) {
                    actuals.add(key(record, actualKey(row.getTargetMonth(), row.getProviderCode(), row.getServiceCode())));
                }
            }
        }
        for (UnitFile file : unit) {
            if (file.attachment()) {
                checkAttachment(file, unit, problems);
                continue;
            }
            FileLayout declared = declared(file.name().getKind());
            boolean byLayout = declared != null && (present(declared.getParentKind()) || present(declared.getDeletesKind()));
            if (file.partial() && !(file.resource() != null && deletes(file, declared, byLayout))) {
                continue; // read in part (or not at all): its records count as parents above, its errors say what is wrong
            }
            // a deletion file read in part still deletes what it was read to delete: each record read is whole, and what
            // later units know must not keep what it removed
            List<Record> records = file.resource().document().getRecords();
            for (int i = 0; i < records.size(); i++) {
                if (byLayout) {
                    checkDeclared(file, declared, i, records.get(i), problems);
                } else {
                    checkParent(file, i, records.get(i), problems);
                }
            }
            if (declared != null && !file.partial()) {
                checkReferences(file, declared, unit, problems);
            }
        }
        checkAnnexCounts(unit, problems);
        // what was not claimed for a file read in part is said once per file, so that nothing is left unsaid and the
        // partial file's own errors are the ones to mend
        for (String fileName : unchecked) {
            problems.add(problem("UNIT-UNCHECKED", Severity.INFO, fileName, 0, 0, null));
        }
        return problems;
    }

    /** Whether a file's records are deletions: by its layout's {@code deletesKind}, or as the model's deletion records. */
    private static boolean deletes(UnitFile file, FileLayout declared, boolean byLayout) {
        if (byLayout) {
            return present(declared.getDeletesKind());
        }
        return file.resource().document().getRecords().stream().anyMatch(record -> record instanceof CarePlan1Deletion
                || record instanceof ServiceUsePlanDeletion || record instanceof ServiceActualDeletion);
    }

    /**
     * Whether a finding about {@code file} rests on a file of {@code kind} that was read only in part, in this unit or
     * an earlier one: then it is not claimed, and the file is told it was not checked against that kind.
     */
    private boolean restsOnAPartFile(UnitFile file, String kind) {
        if (!partialKinds.contains(kind)) {
            return false;
        }
        unchecked.add(file.fileName());
        return true;
    }

    /**
     * UNIT-ANNEX-COUNT (a warning: the standard prints no formula, the form's arithmetic is background):
     * a 第7表 detail row's 回数／日数 is the sum of サービス回数 of the unit's 第6表 rows of the same user,
     * サービス事業者コード, サテライト枝番 and サービスコード, and such rows exist.
     */
    private void checkAnnexCounts(List<UnitFile> unit, List<CsvProblem> problems) {
        java.util.Map<List<String>, Long> counts = new java.util.HashMap<>();
        boolean schedule = false;
        for (UnitFile file : unit) {
            if (!"UPPLAN".equals(file.name().getKind())) {
                continue;
            }
            schedule = true;
            if (file.resource() == null) {
                continue; // not read at all: nothing to count, and every disagreement rests on it
            }
            for (Record record : file.resource().document().getRecords()) {
                if (record instanceof ServiceUseRow row && isCount(row.getServiceCount())) {
                    counts.merge(List.of(Objects.toString(row.getInsurerNumber(), ""), Objects.toString(row.getInsuredNumber(), ""),
                            Objects.toString(row.getProviderCode(), ""), Objects.toString(row.getSatelliteBranch(), ""),
                            Objects.toString(row.getServiceCode(), "")), Long.valueOf(row.getServiceCount()), Long::sum);
                }
            }
        }
        if (!schedule) {
            return;
        }
        // a 第6表 read in part may hold the rows a count sums: a disagreement is then not claimed
        boolean schedulePartial = unit.stream().anyMatch(file -> file.partial() && "UPPLAN".equals(file.name().getKind()));
        for (UnitFile file : unit) {
            if (!"UPSIKYU".equals(file.name().getKind()) || file.resource() == null || !file.resource().isComplete()) {
                continue;
            }
            List<Record> records = file.resource().document().getRecords();
            for (int i = 0; i < records.size(); i++) {
                if (!(records.get(i) instanceof ServiceUseAnnexRow row) || row.getRowType() != jp.careplan.model.careplan.AnnexRowType.DETAIL) {
                    continue;
                }
                Long expected = counts.get(List.of(Objects.toString(row.getInsurerNumber(), ""),
                        Objects.toString(row.getInsuredNumber(), ""), Objects.toString(row.getProviderCode(), ""),
                        Objects.toString(row.getSatelliteBranch(), ""), Objects.toString(row.getServiceCode(), "")));
                int line = file.resource().lineOf(i);
                if (schedulePartial && (expected == null || !Long.toString(expected).equals(row.getCountOrDays()))) {
                    unchecked.add(file.fileName());
                } else if (expected == null) {
                    Column code = column(file, row, "serviceCode", 9, "サービスコード");
                    problems.add(problem("UNIT-ANNEX-COUNT", Severity.WARNING, file.fileName(), line, code.getNumber(), code.getName(),
                            new jp.careplan.csv.MessageSource.Text("annex.noSchedule")));
                } else if (!Long.toString(expected).equals(row.getCountOrDays())) {
                    Column count = column(file, row, "countOrDays", 13, "回数／日数");
                    problems.add(problem("UNIT-ANNEX-COUNT", Severity.WARNING, file.fileName(), line, count.getNumber(), count.getName(),
                            new jp.careplan.csv.MessageSource.Text("annex.count")));
                }
            }
        }
    }

    private void checkCombination(List<UnitFile> unit, List<CsvProblem> problems) {
        // the layouts say which units each kind travels in: the files must share one
        Set<String> common = null;
        for (UnitFile file : unit) {
            if (common == null) {
                common = new LinkedHashSet<>(unitsOf.get(file));
            } else {
                common.retainAll(unitsOf.get(file));
            }
        }
        if (common == null || !common.isEmpty()) {
            return;
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (UnitFile file : unit) {
            kinds.add(role(file.name()));
        }
        for (UnitFile file : unit) {
            problems.add(problem("UNIT-COMBINATION", Severity.ERROR, file.fileName(), 0, 0, null,
                    String.join(", ", kinds).replace("/plan", "(000000)").replace("/month", "")));
        }
    }

    /** UNIT-PARENT at the record's key item, placed by its layout, unless the parent's kind was read only in part. */
    private void parent(UnitFile file, Record record, int line, String feature, int number, String name, String parentKind,
            String parent, List<CsvProblem> problems) {
        if (restsOnAPartFile(file, parentKind)) {
            return;
        }
        Column key = column(file, record, feature, number, name);
        problems.add(problem("UNIT-PARENT", Severity.ERROR, file.fileName(), line, key.getNumber(), key.getName(), parent));
    }

    /**
     * What a 第1表 deletion removes: 第1表 and the kinds keyed to it in the plan unit (第2表, and 第3表 where its
     * bundle is installed) — by the layouts, so an extension's kind is named too; 利用者補足情報 is not removed.
     */
    private String planCascade() {
        List<String> names = new ArrayList<>();
        for (FileLayout layout : layouts.kinds()) {
            if (layout.getRecordClass() == null) {
                continue; // an attachment (a 家族構成 image) has no records
            }
            String units = layout.getSendUnits() == null ? "" : " " + layout.getSendUnits().trim() + " ";
            boolean plan = units.contains(" plan ") || units.contains(" plan@");
            boolean supplementary = jp.careplan.model.careplan.CareplanPackage.Literals.SUPPLEMENTARY_INFO
                    .isSuperTypeOf(layout.getRecordClass());
            if (plan && !supplementary && layout.getRecordClass().getEStructuralFeature("planDate") != null) {
                names.add(layout.getName());
            }
        }
        return names.isEmpty() ? "居宅サービス計画1表, 居宅サービス計画2表" : String.join(", ", names);
    }

    /**
     * Whether a record of a kind the core does not model (an extension's) depends on 第1表: its layout puts it in
     * the plan unit and it has a 居宅サービス計画作成（変更）日 (feature planDate).
     */
    private boolean planDependent(UnitFile file, Record record) {
        if (record instanceof CarePlan1 || record instanceof CarePlan2Row || record instanceof SupplementaryInfo
                || record.eClass().getEStructuralFeature("planDate") == null) {
            return false;
        }
        return unitsOf.get(file).contains("plan");
    }

    private static String planDate(Record record) {
        Object value = record.eGet(record.eClass().getEStructuralFeature("planDate"));
        return value == null ? null : value.toString();
    }

    private void checkParent(UnitFile file, int index, Record record, List<CsvProblem> problems) {
        int line = file.resource().lineOf(index);
        if (record instanceof CarePlan2Row row && !plans.contains(key(record, row.getPlanDate()))) {
            parent(file, record, line, "planDate", 5, "居宅サービス計画作成（変更）日", "UP1KYO", "居宅サービス計画1表", problems);
        } else if (planDependent(file, record) && !plans.contains(key(record, planDate(record)))) {
            // a kind an extension adds to the 第1表 unit (第3表) is keyed to 第1表 as 第2表 is
            parent(file, record, line, "planDate", 5, "居宅サービス計画作成（変更）日", "UP1KYO", "居宅サービス計画1表", problems);
        } else if (record instanceof SupplementaryInfo info) {
            boolean planBound = "000000".equals(info.getTargetMonth());
            if (planBound && !plans.contains(key(record, info.getPlanDate()))) {
                parent(file, record, line, "planDate", 4, "居宅サービス計画作成（変更）日", "UP1KYO", "居宅サービス計画1表", problems);
            } else if (!planBound && !months.contains(key(record, info.getTargetMonth()))) {
                parent(file, record, line, "targetMonth", 63, "対象年月", "UPPLAN", "第6表（サービス利用票）", problems);
            }
        } else if (record instanceof ServiceUseAnnexRow row && !months.contains(key(record, row.getTargetMonth()))) {
            parent(file, record, line, "targetMonth", 5, "対象年月", "UPPLAN", "第6表（サービス利用票）", problems);
        } else if (record instanceof CarePlan1Deletion deletion) {
            boolean known = plans.remove(key(record, deletion.getPlanDate()));
            problems.add(problem("UNIT-CASCADE", Severity.INFO, file.fileName(), line, 0, null,
                    known ? planCascade() : "-"));
        } else if (record instanceof ServiceUsePlanDeletion deletion) {
            boolean known = months.remove(key(record, deletion.getDeletionTargetMonth()));
            problems.add(problem("UNIT-CASCADE", Severity.INFO, file.fileName(), line, 0, null,
                    known ? "第6表（サービス利用票）, 第7表（サービス利用票別表）" : "-"));
        } else if (record instanceof ServiceActualDeletion deletion) {
            // 削除はサービス種類毎に行う (本文 5.1.2.2): the 実績 of one provider and service kind; nothing depends on them
            boolean known = actuals.remove(key(record,
                    actualKey(deletion.getDeletionTargetMonth(), deletion.getProviderCode(), deletion.getServiceType())));
            problems.add(problem("UNIT-CASCADE", Severity.INFO, file.fileName(), line, 0, null, known ? "第6表 実績情報" : "-"));
        }
    }

    /** The key of 実績 rows a 実績 deletion names: month, サービス事業者コード and the サービス種類 (a code's first 2 characters). */
    private static String actualKey(String month, String provider, String serviceCodeOrType) {
        String type = serviceCodeOrType == null ? "" : serviceCodeOrType.substring(0, Math.min(2, serviceCodeOrType.length()));
        return month + "|" + provider + "|" + type;
    }


    /**
     * The layout of a kind that declares its relations as data ({@code parentKind}, {@code keyFeature},
     * {@code deletesKind}, {@code referenceFeature}: the 介護予防 files of 4.x), or {@code null} for the kinds whose
     * relations the rules above know (3.2's).
     */
    private FileLayout declared(String kind) {
        for (FileLayout layout : layouts.kinds()) {
            if (layout.getKind().equals(kind)) {
                return present(layout.getParentKind()) || present(layout.getDeletesKind()) || present(layout.getKeyFeature())
                        || layout.isAttachment() ? layout : null;
            }
        }
        return null;
    }

    /** A kind whose records others depend on or a deletion names: it has a key item and no parent of its own. */
    private static boolean isKeyed(FileLayout layout) {
        return present(layout.getKeyFeature()) && !present(layout.getParentKind()) && !present(layout.getDeletesKind())
                && !layout.isAttachment();
    }

    /** One to nine ASCII digits (a regular expression here would be compiled again for every row). */
    private static boolean isCount(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String text(Record record, String feature) {
        org.eclipse.emf.ecore.EStructuralFeature found = feature == null ? null : record.eClass().getEStructuralFeature(feature);
        Object value = found == null ? null : record.eGet(found);
        return value == null ? null : value.toString();
    }

    /** The standard's name of a kind, from its layout. */
    private String nameOf(String kind) {
        return layouts.kinds().stream().filter(layout -> layout.getKind().equals(kind)).map(FileLayout::getName).findFirst()
                .orElse(kind);
    }

    /**
     * UNIT-PARENT and UNIT-CASCADE for a kind whose layout declares them: a record of a kind with a parentKind needs
     * a parent record with the same 保険者番号, 被保険者番号 and key item in this unit or an earlier one; a deletion
     * removes its target and every kind whose parentKind is the target's kind (利用者基本情報_削除 → 利用者基本情報,
     * 別表1, 別表2, 家族構成 画像ファイル).
     */
    private void checkDeclared(UnitFile file, FileLayout layout, int index, Record record, List<CsvProblem> problems) {
        int line = file.resource().lineOf(index);
        List<String> key = key(record, text(record, layout.getKeyFeature()));
        if (present(layout.getDeletesKind())) {
            Set<List<String>> held = keyed.get(layout.getDeletesKind());
            boolean known = held != null && held.remove(key);
            List<String> names = new ArrayList<>();
            names.add(nameOf(layout.getDeletesKind()));
            for (FileLayout dependant : layouts.kinds()) {
                if (layout.getDeletesKind().equals(dependant.getParentKind())) {
                    names.add(dependant.getName());
                }
            }
            problems.add(problem("UNIT-CASCADE", Severity.INFO, file.fileName(), line, 0, null,
                    known ? String.join(", ", names) : "-"));
        } else if (!keyed.getOrDefault(layout.getParentKind(), Set.of()).contains(key) && !restsOnAPartFile(file, layout.getParentKind())) {
            Column column = column(file, record, layout.getKeyFeature(), 4, layout.getKeyFeature());
            problems.add(problem("UNIT-PARENT", Severity.ERROR, file.fileName(), line, column.getNumber(), column.getName(),
                    nameOf(layout.getParentKind())));
        }
    }

    /**
     * UNIT-ATTACHMENT: an attachment (家族構成 画像ファイル) is named, in its layout's referenceFeature, by a record of
     * its parent kind in the same unit (the standard sends it together with that record: 本文 3.3).
     */
    private void checkAttachment(UnitFile attachment, List<UnitFile> unit, List<CsvProblem> problems) {
        FileLayout layout = declared(attachment.name().getKind());
        if (layout == null || !present(layout.getParentKind()) || !present(layout.getReferenceFeature())) {
            return;
        }
        for (UnitFile file : unit) {
            if (file.resource() != null && file.name().getKind().equals(layout.getParentKind())) {
                for (Record record : file.resource().document().getRecords()) {
                    if (sameFileName(text(record, layout.getReferenceFeature()), attachment.fileName())) {
                        return;
                    }
                }
            }
        }
        if (unit.stream().anyMatch(file -> file.partial() && file.name().getKind().equals(layout.getParentKind()))) {
            unchecked.add(attachment.fileName()); // the record naming it may be in the part not read
            return;
        }
        FileLayout parent = layouts.kinds().stream().filter(candidate -> candidate.getKind().equals(layout.getParentKind()))
                .findFirst().orElse(null);
        String item = parent == null ? layout.getReferenceFeature() : parent.getColumns().stream()
                .filter(column -> layout.getReferenceFeature().equals(column.getFeature())).map(Column::getName).findFirst()
                .orElse(layout.getReferenceFeature());
        problems.add(problem("UNIT-ATTACHMENT", Severity.ERROR, attachment.fileName(), 0, 0, null,
                nameOf(layout.getParentKind()), item));
    }

    /**
     * UNIT-ATTACHMENT-MISSING (a warning): a record names, in the item an attachment kind refers by, a file that is
     * not in its unit.
     */
    private void checkReferences(UnitFile file, FileLayout layout, List<UnitFile> unit, List<CsvProblem> problems) {
        for (FileLayout attachment : layouts.kinds()) {
            if (!attachment.isAttachment() || !layout.getKind().equals(attachment.getParentKind())
                    || !present(attachment.getReferenceFeature())) {
                continue;
            }
            List<Record> records = file.resource().document().getRecords();
            for (int i = 0; i < records.size(); i++) {
                String named = text(records.get(i), attachment.getReferenceFeature());
                if (named == null || named.isEmpty()
                        || unit.stream().anyMatch(other -> other.attachment() && sameFileName(named, other.fileName()))) {
                    continue;
                }
                Column column = column(file, records.get(i), attachment.getReferenceFeature(), 0, attachment.getReferenceFeature());
                problems.add(problem("UNIT-ATTACHMENT-MISSING", Severity.WARNING, file.fileName(), file.resource().lineOf(i),
                        column.getNumber(), column.getName(), attachment.getName()));
            }
        }
    }

    /** Whether a name written in a record is the name of a file: the same, but for the case of the extension. */
    private static boolean sameFileName(String written, String fileName) {
        if (written == null) {
            return false;
        }
        int dot = written.lastIndexOf('.');
        int fileDot = fileName.lastIndexOf('.');
        return dot >= 0 && fileDot == dot && written.regionMatches(0, fileName, 0, dot)
                && written.substring(dot).equalsIgnoreCase(fileName.substring(fileDot));
    }

    /**
     * The send units a file may travel in, from its layout's {@code sendUnits} (names ending in @000000 for a
     * month segment of 000000, in @month for the others); a kind whose layout names none travels only with
     * files of its own kind.
     */
    private Set<String> sendUnits(UnitFile file) {
        String kind = file.name().getKind();
        String month = file.name().getMonth();
        List<Record> records = file.resource() == null ? List.of() : file.resource().document().getRecords();
        FileLayout layout = records.isEmpty() ? null
                : layouts.resolveRecords(kind, records.get(0).getCsvVersion(), "000000".equals(month) ? null : month).layout();
        if (layout == null) {
            layout = layouts.kinds().stream().filter(candidate -> candidate.getKind().equals(kind)).findFirst().orElse(null);
        }
        String declared = layout == null ? null : layout.getSendUnits();
        Set<String> units = new LinkedHashSet<>();
        if (declared == null || declared.isBlank()) {
            units.add("kind:" + kind);
            return units;
        }
        boolean planBound = "000000".equals(month);
        for (String name : declared.trim().split("\\s+")) {
            if (name.endsWith("@000000")) {
                if (planBound) {
                    units.add(name.substring(0, name.length() - "@000000".length()));
                }
            } else if (name.endsWith("@month")) {
                if (!planBound) {
                    units.add(name.substring(0, name.length() - "@month".length()));
                }
            } else {
                units.add(name);
            }
        }
        return units;
    }

    private static String role(FileName name) {
        if ("UPHOSOKU".equals(name.getKind())) {
            return "000000".equals(name.getMonth()) ? "UPHOSOKU/plan" : "UPHOSOKU/month";
        }
        return name.getKind();
    }

    private static List<String> key(Record record, String third) {
        return List.of(Objects.toString(record.getInsurerNumber(), ""), Objects.toString(record.getInsuredNumber(), ""),
                Objects.toString(third, ""));
    }

    private static CsvProblem problem(String ruleId, Severity severity, String fileName, int line, int column, String item,
            Object... arguments) {
        return new CsvProblem(RuleMessages.SOURCE, ruleId, severity, fileName, line, column, item, -1, arguments);
    }
}
