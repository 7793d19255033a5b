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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.FileName;

/**
 * A service provider's 第6表 実績 (UPJSK) begun from the 予定 (UPPLAN) it received for a month, for the provider's
 * clerk to correct to what was delivered and send back (本文 5.1.2.1). The standard gives both the same layout; what
 * differs is said by its notes, and only that is changed:
 * <ul>
 * <li>the rows are the receiving office's own — those whose サービス事業者コード is the 予定's 送信先の事業所番号 (a
 * 予定 carries every service of the user, of every provider: 本文 5.1.1's examples), satellites included; under
 * 3.2 names all its service kinds in one file, as 5.1.2.1's example has them; under 4.x names, whose
 * 送信先のサービス種類コード says the kind, the rows of that kind (the サービスコード's first two characters), as the
 * rule 「サービス種類コード＋事業所番号毎にまとめ送信する」 says — <b>a reading</b>: the example prints another kind in
 * the same file, and a 4.x name can carry one kind only; the office's rows of other kinds are counted, for a 実績 from
 * the 予定 sent to that kind;</li>
 * <li>when the month's 予定 came in several versions (月途中変更: the same month between the same offices under
 * another ファイル連番), each user's rows are those of the newest version that names the user, as a newer version
 * replaces an older one user by user;</li>
 * <li>更新業者コード is the provider's number (「実績の場合はサービス事業者番号」);</li>
 * <li>作成年月日 is the day the 実績 is made (the digests are silent; the 予定 keeps its own date);</li>
 * <li>every other item, 予定の時刻 and サービス回数 included, is copied as it is, for the clerk to correct
 * (「介護サービス事業所からの送信ファイルの場合は実績の時刻を記載」), with the byte forms its characters came in.</li>
 * </ul>
 * The new file is named for the way back: from the provider (and the サービス種類コード the newest 予定 was addressed
 * to) to the 居宅介護支援事業所 that sent it, for the same month, under the newest 予定's naming rule, with the given
 * time as its ファイル連番. It is written atomically as a new file, never over one. The 予定 are read only: one read in
 * part or with errors is refused (the check lists why), as are 予定 without a row of the receiving office and rows of
 * characters MS932 cannot hold. No outcome holds a cell's contents.
 */
public final class ActualFromPlan {

    private static final String PLAN = "UPPLAN";
    private static final String ACTUAL = "UPJSK";
    private static final DateTimeFormatter SERIAL = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** What became of a 予定. */
    public enum Status {
        /** Made and ready to write ({@link ActualFromPlan#prepare}). */
        READY,
        /** Written ({@link Outcome#name()}, {@link Outcome#rows()}). */
        CREATED,
        /** The name follows no rule of the standard ({@link Outcome#nameProblem()}). */
        BAD_NAME,
        /** The file is not a 第6表 予定 (UPPLAN). */
        NOT_A_PLAN,
        /** The 予定 has errors, or was read only in part: the check lists why. */
        HAS_ERRORS,
        /** The versions of the month's 予定 are of different CSVバージョン: a 実績 is of one. */
        MIXED_VERSIONS,
        /** No row of the 予定 names the receiving office as its サービス事業者コード. */
        NO_ROWS,
        /** A row cannot be written (MS932 pre-flight: {@link Outcome#preflight()}). */
        PREFLIGHT,
        /** A file of the new name exists already in the folder: never replaced. */
        EXISTS,
        /** The 予定 could not be read or the 実績 written ({@link Outcome#ioProblem()}: kind and reason, no contents). */
        IO_ERROR
    }

    /**
     * What became of a month's 予定: the versions used (oldest first), the one a refusal concerns, the status, the
     * 実績's name (when one is made), how many rows it has, how many rows of the versions used are other providers'
     * (left in the 予定), how many are the office's of another サービス種類 than a 4.x name's, how many rows of older
     * versions a newer one replaced, the provider (the 予定's 送信先の事業所番号) and the 居宅介護支援事業所 it goes back
     * to, and the details of a refusal.
     */
    public record Outcome(List<Path> plans, Path concerned, Status status, String name, int rows, int otherProviders,
            int otherKinds, int replaced, String provider, String careOffice, List<CsvProblem> preflight,
            FileNameException nameProblem, String ioProblem) {

        public Outcome {
            plans = List.copyOf(plans);
            preflight = List.copyOf(preflight);
        }

        /** Whether the 実績 was written. */
        public boolean done() {
            return status == Status.CREATED;
        }

        /** The newest version of the 予定, which names the 実績. */
        public Path plan() {
            return plans.get(plans.size() - 1);
        }

        Outcome with(Status newStatus, Path newConcerned) {
            return new Outcome(plans, newConcerned, newStatus, name, rows, otherProviders, otherKinds, replaced, provider,
                    careOffice, preflight, nameProblem, ioProblem);
        }
    }

    /**
     * A 実績 made and not yet written: its outcome ({@link Status#READY}, or why it was not made) and, when made, its
     * records. Holds a person's data: it says nothing of them as text.
     */
    public static final class Draft {
        private final Outcome outcome;
        private final CareplanDocument document;
        private final OriginalForms originals;
        private final String month;

        Draft(Outcome outcome, CareplanDocument document, OriginalForms originals, String month) {
            this.outcome = outcome;
            this.document = document;
            this.originals = originals;
            this.month = month;
        }

        public Outcome outcome() {
            return outcome;
        }

        @Override
        public String toString() {
            return "Draft[" + outcome.status() + ", " + outcome.name() + ", " + outcome.rows() + " rows]";
        }
    }

    private final LayoutRegistry layouts;
    private final FileNames names;

    public ActualFromPlan(LayoutRegistry layouts) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.names = FileNames.of(layouts);
    }

    /**
     * The 予定 among the files, grouped by month, sender and receiver with their サービス種類コード (none under 3.2
     * names) — the versions of one month's 予定 to one office (and kind), each group oldest first (by ファイル連番), the
     * groups in the order of their newest. Files of other kinds, names that follow no rule and a file given twice are
     * left out.
     */
    public List<List<Path>> versions(Collection<Path> files) {
        Map<List<String>, List<Path>> groups = new LinkedHashMap<>();
        Map<Path, String> serials = new HashMap<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path file : files) {
            FileName name = names.parseOrNull(file.getFileName().toString());
            if (name != null && PLAN.equals(name.getKind()) && seen.add(file.toAbsolutePath().normalize())) {
                groups.computeIfAbsent(key(name), key -> new ArrayList<>()).add(file);
                serials.put(file, name.getSerial());
            }
        }
        List<List<Path>> versions = new ArrayList<>();
        for (List<Path> group : groups.values()) {
            group.sort(Comparator.comparing(serials::get));
            versions.add(List.copyOf(group));
        }
        versions.sort(Comparator.comparing(group -> serials.get(group.get(group.size() - 1))));
        return versions;
    }

    /** Makes the 実績 of a month's 予定 (its versions, as {@link #versions} groups them) and writes it into the folder. */
    public Outcome create(List<Path> plans, Path folder, LocalDateTime now) {
        Draft draft = prepare(plans, now);
        return draft.outcome().status() == Status.READY ? write(draft, folder, now) : draft.outcome();
    }

    /**
     * Reads a month's 予定 — one file, or its versions — and makes its 実績 without writing it, so that a dialog can say
     * what will be written (status {@link Status#READY}), or why nothing will be.
     *
     * @param plans the versions of one month's 予定 between two offices, in any order
     * @param now   the time that names the 実績 (its ファイル連番) and gives its 作成年月日
     * @throws IllegalArgumentException when the files are not of one month between the same two offices
     */
    public Draft prepare(List<Path> plans, LocalDateTime now) {
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("no 予定");
        }
        List<FileName> parsed = new ArrayList<>();
        for (Path plan : plans) {
            try {
                parsed.add(names.parse(plan.getFileName().toString()));
            } catch (FileNameException e) {
                return refused(new Outcome(plans, plan, Status.BAD_NAME, null, 0, 0, 0, 0, null, null, List.of(), e, null));
            }
            if (!PLAN.equals(parsed.get(parsed.size() - 1).getKind())) {
                return refused(new Outcome(plans, plan, Status.NOT_A_PLAN, null, 0, 0, 0, 0, null, null, List.of(), null, null));
            }
        }
        Integer[] order = new Integer[plans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(i -> parsed.get(i).getSerial()));
        List<Path> versions = new ArrayList<>();
        List<FileName> versionNames = new ArrayList<>();
        for (Integer i : order) {
            versions.add(plans.get(i));
            versionNames.add(parsed.get(i));
        }
        FileName newest = versionNames.get(versionNames.size() - 1);
        for (FileName name : versionNames) {
            if (!key(name).equals(key(newest))) {
                throw new IllegalArgumentException("the 予定 are not of one month to one office and kind");
            }
        }
        // under 4.x names the 予定 was sent to one サービス種類 of the office: its 実績 holds that kind's rows
        String kind = newest.getReceiverServiceType();
        String provider = newest.getReceiverOffice();
        String careOffice = newest.getSenderOffice();
        FileName actualName = EcoreUtil.copy(newest);
        actualName.setKind(ACTUAL);
        actualName.setSenderOffice(provider);
        actualName.setSenderServiceType(newest.getReceiverServiceType());
        actualName.setReceiverOffice(careOffice);
        actualName.setReceiverServiceType(newest.getSenderServiceType());
        actualName.setSerial(SERIAL.format(now));
        actualName.setExtension(null);
        String name = names.format(actualName);
        Outcome named = new Outcome(versions, null, Status.READY, name, 0, 0, 0, 0, provider, careOffice, List.of(), null, null);

        List<CareplanResource> read = new ArrayList<>();
        for (Path plan : versions) {
            try {
                CareplanResource resource = CareplanResource.read(plan, layouts);
                if (!resource.isComplete() || resource.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
                    return refused(named.with(Status.HAS_ERRORS, plan));
                }
                read.add(resource);
            } catch (IOException e) {
                return refused(new Outcome(versions, plan, Status.IO_ERROR, null, 0, 0, 0, 0, provider, careOffice, List.of(),
                        null, IoProblems.describe(e)));
            }
        }
        // each user's rows come from the newest version that names the user (月途中変更 replaces user by user)
        Map<List<String>, Integer> versionOf = new HashMap<>();
        for (int v = read.size() - 1; v >= 0; v--) {
            for (Record record : read.get(v).document().getRecords()) {
                versionOf.putIfAbsent(user(record), v);
            }
        }
        OriginalForms kept = new OriginalForms();
        CareplanDocument actual = CareplanFactory.eINSTANCE.createCareplanDocument();
        actual.setKind(ACTUAL);
        String created = DATE.format(now);
        int others = 0;
        int otherKinds = 0;
        int replaced = 0;
        for (int v = 0; v < read.size(); v++) {
            OriginalForms originals = read.get(v).originals();
            for (Record record : read.get(v).document().getRecords()) {
                if (versionOf.get(user(record)) != v) {
                    replaced++;
                } else if (!(record instanceof ServiceUseRow row) || !provider.equals(row.getProviderCode())) {
                    others++;
                } else if (kind != null && (row.getServiceCode() == null || !row.getServiceCode().startsWith(kind))) {
                    otherKinds++;
                } else {
                    actual.getRecords().add(copy(row, originals, kept, created, provider));
                }
            }
        }
        int rows = actual.getRecords().size();
        Outcome made = new Outcome(versions, null, Status.READY, name, rows, others, otherKinds, replaced, provider, careOffice,
                List.of(), null, null);
        if (rows == 0) {
            return refused(made.with(Status.NO_ROWS, null));
        }
        if (actual.getRecords().stream().map(Record::getCsvVersion).distinct().count() > 1) {
            // 3.2 first, then 4.1 for the same month: a file is of one CSVバージョン, and which one is not ours to choose
            return refused(made.with(Status.MIXED_VERSIONS, null));
        }
        List<CsvProblem> preflight = new CareplanCsvWriter(layouts).preflight(actual, name, newest.getMonth());
        if (!preflight.isEmpty()) {
            return refused(new Outcome(versions, null, Status.PREFLIGHT, name, rows, others, otherKinds, replaced, provider,
                    careOffice, preflight, null, null));
        }
        return new Draft(made, actual, kept, newest.getMonth());
    }

    /** The 実績's row: the 予定's, with 作成年月日 and 更新業者コード set, and the byte forms of the rest kept. */
    private static ServiceUseRow copy(ServiceUseRow row, OriginalForms originals, OriginalForms kept, String created,
            String provider) {
        ServiceUseRow copy = EcoreUtil.copy(row);
        for (EAttribute attribute : row.eClass().getEAllAttributes()) {
            OriginalForms.Original original = originals == null || changed(attribute) ? null
                    : originals.unchanged(row, attribute, (String) row.eGet(attribute));
            if (original != null) {
                kept.add(copy, attribute, original.value(), original.positions(), original.codes());
            }
        }
        copy.setCreationDate(created);
        copy.setUpdaterCode(provider);
        return copy;
    }

    /** A user as 保険者番号 and 被保険者番号 (a key only: never said). */
    private static List<String> user(Record record) {
        return List.of(Objects.toString(record.getInsurerNumber(), ""), Objects.toString(record.getInsuredNumber(), ""));
    }

    /** What makes files versions of one month's 予定: month, offices and their サービス種類コード (a 4.x name's). */
    private static List<String> key(FileName name) {
        return java.util.Arrays.asList(name.getMonth(), name.getSenderOffice(), name.getSenderServiceType(),
                name.getReceiverOffice(), name.getReceiverServiceType());
    }

    /**
     * Writes a {@link Status#READY} draft into the folder as a new file, named with the time given as its ファイル連番
     * (the draft's name says the time it was made; a second try after {@link Status#EXISTS} takes a later one).
     */
    public Outcome write(Draft draft, Path folder, LocalDateTime now) {
        Outcome ready = draft.outcome();
        if (ready.status() != Status.READY) {
            throw new IllegalArgumentException("not ready: " + ready.status());
        }
        String name = ready.name().replaceFirst("_\\d{14}(\\.[^.]*)$", "_" + SERIAL.format(now) + "$1");
        Outcome named = new Outcome(ready.plans(), null, Status.READY, name, ready.rows(), ready.otherProviders(),
                ready.otherKinds(), ready.replaced(), ready.provider(), ready.careOffice(), List.of(), null, null);
        CareplanCsvWriter writer = new CareplanCsvWriter(layouts);
        try {
            AtomicFiles.writeNew(SafeNames.inside(folder, name), stream -> writer.write(draft.document, draft.month, draft.originals, stream));
            return named.with(Status.CREATED, null);
        } catch (FileAlreadyExistsException e) {
            return named.with(Status.EXISTS, null);
        } catch (IOException e) {
            return new Outcome(ready.plans(), null, Status.IO_ERROR, name, ready.rows(), ready.otherProviders(), ready.otherKinds(),
                    ready.replaced(), ready.provider(), ready.careOffice(), List.of(), null, IoProblems.describe(e));
        }
    }

    /** The items the 実績 sets anew (their byte forms are the writer's). */
    private static boolean changed(EAttribute attribute) {
        return attribute == CareplanPackage.Literals.SERVICE_USE_ROW__CREATION_DATE
                || attribute == CareplanPackage.Literals.SERVICE_USE_ROW__UPDATER_CODE;
    }

    private static Draft refused(Outcome outcome) {
        return new Draft(outcome, null, null, null);
    }
}
