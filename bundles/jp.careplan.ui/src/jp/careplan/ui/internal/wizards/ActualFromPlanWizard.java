/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jp.careplan.csv.ActualFromPlan;
import jp.careplan.csv.ActualFromPlan.Outcome;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.FileName;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 予定から実績を作成: what the 実績 begun from a received 予定 will be — the office's rows copied, the other providers'
 * left, the name it goes back under, the folder — or why none can be made; 作成 writes it as a new file (the core's
 * {@link ActualFromPlan}). The 予定 was read before the wizard opened, with progress and Cancel.
 */
public final class ActualFromPlanWizard extends Wizard {

    private final ActualFromPlan maker;
    private final ActualFromPlan.Draft draft;
    private final Path folder;
    private Path written;
    private Page page;

    public ActualFromPlanWizard(ActualFromPlan maker, ActualFromPlan.Draft draft, Path folder) {
        this.maker = Objects.requireNonNull(maker, "maker");
        this.draft = Objects.requireNonNull(draft, "draft");
        this.folder = Objects.requireNonNull(folder, "folder");
        setWindowTitle(Messages.Actual_title);
    }

    /** Opens the wizard in a dialog whose Finish button says what it does (作成). */
    public static int open(Shell shell, ActualFromPlanWizard wizard) {
        return Wizards.open(shell, wizard, Messages.Actual_finish, WidgetIds.ACTUAL_FINISH);
    }

    /** The 実績 written, or {@code null}. */
    public Path written() {
        return written;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return written == null && draft.outcome().status() == ActualFromPlan.Status.READY;
    }

    @Override
    public boolean performFinish() {
        // the time of 作成 names the file: a second try after a name that exists takes a later one
        Outcome outcome = maker.write(draft, folder, java.time.LocalDateTime.now());
        if (outcome.done()) {
            written = folder.resolve(outcome.name());
            return true;
        }
        page.setErrorMessage(describe(outcome));
        return false;
    }

    /** Why no 実績 is made, in the workbench's language (never a value); {@code null} when it can be. */
    static String describe(Outcome outcome) {
        return switch (outcome.status()) {
        case READY, CREATED -> null;
        case BAD_NAME -> NLS.bind(Messages.Actual_status_BAD_NAME, outcome.nameProblem().getMessage(Locale.getDefault()));
        case NOT_A_PLAN -> Messages.Actual_status_NOT_A_PLAN;
        case HAS_ERRORS -> NLS.bind(Messages.Actual_status_HAS_ERRORS, outcome.concerned().getFileName());
        case MIXED_VERSIONS -> Messages.Actual_status_MIXED_VERSIONS;
        case NO_ROWS -> NLS.bind(Messages.Actual_status_NO_ROWS, outcome.provider());
        case PREFLIGHT -> NLS.bind(Messages.Actual_status_PREFLIGHT, outcome.preflight().size(),
                outcome.preflight().get(0).getMessage(Locale.getDefault()));
        case EXISTS -> NLS.bind(Messages.Actual_status_EXISTS, outcome.name());
        case IO_ERROR -> NLS.bind(Messages.Actual_status_IO_ERROR, outcome.ioProblem());
        };
    }

    /** The 送信元のサービス種類コード of a 4.x name, or "" for another name. */
    private static String senderKind(String name) {
        FileName parsed = FileNames.of(LayoutRegistry.getDefault()).parseOrNull(name);
        return parsed == null ? "" : Objects.toString(parsed.getSenderServiceType(), "");
    }

    /** What will be made, item by item, and the note on what the clerk corrects. */
    private final class Page extends WizardPage {

        Page() {
            super("actual");
            setTitle(Messages.Actual_title);
            setDescription(Messages.Actual_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            Outcome outcome = draft.outcome();
            Wizards.line(body, Messages.Actual_plan, String.join("\n", outcome.plans().stream().map(path -> path.getFileName().toString())
                    .toList()));
            if (outcome.plans().size() > 1) {
                // 月途中変更: the versions, and what the newer replaced
                Wizards.line(body, "", NLS.bind(Messages.Actual_versions, outcome.plans().size(), outcome.replaced()));
            }
            if (outcome.provider() != null) {
                Wizards.line(body, Messages.Actual_provider, outcome.provider());
                Wizards.line(body, Messages.Actual_careOffice, outcome.careOffice());
            }
            if (outcome.rows() > 0 || outcome.otherProviders() > 0) {
                Wizards.line(body, Messages.Actual_rows, NLS.bind(Messages.Actual_rowsText,
                        new Object[] { outcome.rows(), outcome.provider(), outcome.otherProviders() }));
                if (outcome.otherKinds() > 0) {
                    // under 4.x names: the office's rows of another サービス種類 than the one the 予定 was sent to
                    Wizards.line(body, "", NLS.bind(Messages.Actual_otherKinds, outcome.otherKinds(), senderKind(outcome.name())));
                }
            }
            if (outcome.name() != null) {
                Wizards.line(body, Messages.Actual_name, outcome.name());
                Wizards.line(body, Messages.Actual_folder, folder.toString());
            }
            Label note = new Label(body, SWT.WRAP);
            note.setText(Messages.Actual_note);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).indent(0, 12).applyTo(note);
            setErrorMessage(describe(outcome));
            // a 予定 our office sent (a care office's own) has no 実績 of ours to make: said, not forbidden, as the
            // preferences may not list every office of ours
            List<String> ours = OfficePreferences.offices();
            if (outcome.provider() != null && !ours.isEmpty() && !ours.contains(outcome.provider())) {
                setMessage(NLS.bind(Messages.Actual_notOurs, outcome.provider()), WARNING);
            }
            setPageComplete(outcome.status() == ActualFromPlan.Status.READY);
            setControl(body);
        }
    }
}
