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
import java.util.List;
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
 * A service provider's 第6表 実績 (UPJSK) begun from the 予定 (UPPLAN) it received, for the provider's clerk to
 * correct to what was delivered and send back (本文 5.1.2.1). The standard gives both the same layout; what differs is
 * said by its notes, and only that is changed:
 * <ul>
 * <li>the rows are the receiving office's own — those whose サービス事業者コード is the 予定's 送信先の事業所番号 (a
 * 予定 carries every service of the user, of every provider: 本文 5.1.1's examples), all its service kinds in one
 * file, satellites included, as 5.1.2.1's example has them;</li>
 * <li>更新業者コード is the provider's number (「実績の場合はサービス事業者番号」);</li>
 * <li>作成年月日 is the day the 実績 is made (the digests are silent; the 予定 keeps its own date);</li>
 * <li>every other item, 予定の時刻 and サービス回数 included, is copied as it is, for the clerk to correct
 * (「介護サービス事業所からの送信ファイルの場合は実績の時刻を記載」), with the byte forms its characters came in.</li>
 * </ul>
 * The new file is named for the way back: from the provider (and the サービス種類コード the 予定 was addressed to)
 * to the 居宅介護支援事業所 that sent it, for the same month, under the 予定's naming rule, with the given time as
 * its ファイル連番. It is written atomically as a new file, never over one. The 予定 is read only: a 予定 read in part
 * or with errors is refused (the check lists why), as are a 予定 with no row of the receiving office and one of
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
     * What became of a 予定: the status, the 実績's name (when one is made), how many rows it has, how many rows of the
     * 予定 are other providers' (left in the 予定), the provider (the 予定's 送信先の事業所番号) and the 居宅介護支援事業所
     * it goes back to, and the details of a refusal.
     */
    public record Outcome(Path plan, Status status, String name, int rows, int otherProviders, String provider,
            String careOffice, List<CsvProblem> preflight, FileNameException nameProblem, String ioProblem) {

        public Outcome {
            preflight = List.copyOf(preflight);
        }

        /** Whether the 実績 was written. */
        public boolean done() {
            return status == Status.CREATED;
        }

        static Outcome of(Path plan, Status status) {
            return new Outcome(plan, status, null, 0, 0, null, null, List.of(), null, null);
        }

        Outcome with(Status newStatus) {
            return new Outcome(plan, newStatus, name, rows, otherProviders, provider, careOffice, preflight, nameProblem, ioProblem);
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

    /** Makes the 実績 of a 予定 and writes it into the folder (which must exist). */
    public Outcome create(Path plan, Path folder, LocalDateTime now) {
        Draft draft = prepare(plan, now);
        return draft.outcome().status() == Status.READY ? write(draft, folder) : draft.outcome();
    }

    /**
     * Reads a 予定 and makes its 実績 without writing it, so that a dialog can say what will be written (status
     * {@link Status#READY}), or why nothing will be.
     *
     * @param now the time that names the 実績 (its ファイル連番) and gives its 作成年月日
     */
    public Draft prepare(Path plan, LocalDateTime now) {
        FileName planName;
        try {
            planName = names.parse(plan.getFileName().toString());
        } catch (FileNameException e) {
            return refused(new Outcome(plan, Status.BAD_NAME, null, 0, 0, null, null, List.of(), e, null));
        }
        if (!PLAN.equals(planName.getKind())) {
            return refused(Outcome.of(plan, Status.NOT_A_PLAN));
        }
        String provider = planName.getReceiverOffice();
        String careOffice = planName.getSenderOffice();
        FileName actualName = EcoreUtil.copy(planName);
        actualName.setKind(ACTUAL);
        actualName.setSenderOffice(provider);
        actualName.setSenderServiceType(planName.getReceiverServiceType());
        actualName.setReceiverOffice(careOffice);
        actualName.setReceiverServiceType(planName.getSenderServiceType());
        actualName.setSerial(SERIAL.format(now));
        actualName.setExtension(null);
        String name = names.format(actualName);
        Outcome named = new Outcome(plan, Status.READY, name, 0, 0, provider, careOffice, List.of(), null, null);

        CareplanResource resource;
        try {
            resource = CareplanResource.read(plan, layouts);
        } catch (IOException e) {
            return refused(new Outcome(plan, Status.IO_ERROR, null, 0, 0, provider, careOffice, List.of(), null, IoProblems.describe(e)));
        }
        if (!resource.isComplete() || resource.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
            return refused(named.with(Status.HAS_ERRORS));
        }
        OriginalForms originals = resource.originals();
        OriginalForms kept = new OriginalForms();
        CareplanDocument actual = CareplanFactory.eINSTANCE.createCareplanDocument();
        actual.setKind(ACTUAL);
        String created = DATE.format(now);
        int others = 0;
        for (Record record : resource.document().getRecords()) {
            if (!(record instanceof ServiceUseRow row) || !provider.equals(row.getProviderCode())) {
                others++;
                continue;
            }
            ServiceUseRow copy = EcoreUtil.copy(row);
            for (EAttribute attribute : row.eClass().getEAllAttributes()) {
                OriginalForms.Original original = originals == null ? null
                        : originals.unchanged(row, attribute, (String) row.eGet(attribute));
                if (original != null && !changed(attribute)) {
                    kept.add(copy, attribute, original.value(), original.positions(), original.codes());
                }
            }
            copy.setCreationDate(created);
            copy.setUpdaterCode(provider);
            actual.getRecords().add(copy);
        }
        int rows = actual.getRecords().size();
        Outcome made = new Outcome(plan, Status.READY, name, rows, others, provider, careOffice, List.of(), null, null);
        if (rows == 0) {
            return refused(made.with(Status.NO_ROWS));
        }
        List<CsvProblem> preflight = new CareplanCsvWriter(layouts).preflight(actual, name, planName.getMonth());
        if (!preflight.isEmpty()) {
            return refused(new Outcome(plan, Status.PREFLIGHT, name, rows, others, provider, careOffice, preflight, null, null));
        }
        return new Draft(made, actual, kept, planName.getMonth());
    }

    /** Writes a {@link Status#READY} draft into the folder as a new file. */
    public Outcome write(Draft draft, Path folder) {
        Outcome ready = draft.outcome();
        if (ready.status() != Status.READY) {
            throw new IllegalArgumentException("not ready: " + ready.status());
        }
        CareplanCsvWriter writer = new CareplanCsvWriter(layouts);
        try {
            AtomicFiles.writeNew(SafeNames.inside(folder, ready.name()),
                    stream -> writer.write(draft.document, draft.month, draft.originals, stream));
            return ready.with(Status.CREATED);
        } catch (FileAlreadyExistsException e) {
            return ready.with(Status.EXISTS);
        } catch (IOException e) {
            return new Outcome(ready.plan(), Status.IO_ERROR, ready.name(), ready.rows(), ready.otherProviders(),
                    ready.provider(), ready.careOffice(), List.of(), null, IoProblems.describe(e));
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
