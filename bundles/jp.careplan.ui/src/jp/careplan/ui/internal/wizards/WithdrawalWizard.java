/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jp.careplan.csv.FileNames;
import jp.careplan.csv.Withdrawal;
import jp.careplan.csv.Withdrawal.Outcome;
import jp.careplan.csv.Withdrawal.Target;
import jp.careplan.layout.Column;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 取り下げる（削除ファイルを作成）: what a file sent, listed per target as the deletion record would name it (保険者番号,
 * 被保険者番号 and the deletion's other items under the standard's names, with the number of records each names); the
 * user selects the targets to withdraw, and 作成 writes the deletion into the folder as a new file (the core's
 * {@link Withdrawal}). The file was read before the wizard opened, with progress and Cancel.
 */
public final class WithdrawalWizard extends Wizard {

    private final Withdrawal maker;
    private final Path file;
    private final Withdrawal.Targets targets;
    private final Path folder;
    private Path written;
    private int records;
    private Page page;

    public WithdrawalWizard(Withdrawal maker, Path file, Withdrawal.Targets targets, Path folder) {
        this.maker = Objects.requireNonNull(maker, "maker");
        this.file = Objects.requireNonNull(file, "file");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.folder = Objects.requireNonNull(folder, "folder");
        setWindowTitle(Messages.Withdraw_title);
    }

    /** Opens the wizard in a dialog whose Finish button says what it does (作成). */
    public static int open(Shell shell, WithdrawalWizard wizard) {
        return Wizards.open(shell, wizard, Messages.Withdraw_finish, WidgetIds.WITHDRAW_FINISH);
    }

    /** The deletion written, or {@code null}. */
    public Path written() {
        return written;
    }

    /** How many deletion records it holds. */
    public int records() {
        return records;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return written == null && targets.outcome().status() == Withdrawal.Status.READY && !page.chosen().isEmpty();
    }

    @Override
    public boolean performFinish() {
        Outcome outcome = maker.create(file, page.chosen(), folder, LocalDateTime.now());
        if (outcome.done()) {
            written = folder.resolve(outcome.name());
            records = outcome.records();
            return true;
        }
        page.setErrorMessage(describe(outcome));
        return false;
    }

    /** Why no deletion is made, in the workbench's language (never a value); {@code null} when it can be. */
    static String describe(Outcome outcome) {
        return switch (outcome.status()) {
        case READY, CREATED -> null;
        case BAD_NAME -> NLS.bind(Messages.Withdraw_status_BAD_NAME, outcome.nameProblem().getMessage(Locale.getDefault()));
        case NO_DELETION -> Messages.Withdraw_status_NO_DELETION;
        case HAS_ERRORS -> Messages.Withdraw_status_HAS_ERRORS;
        case NOTHING_CHOSEN -> Messages.Withdraw_status_NOTHING_CHOSEN;
        case INVALID_ITEM -> NLS.bind(Messages.Withdraw_status_INVALID_ITEM, outcome.item());
        case OTHER_KIND -> NLS.bind(Messages.Withdraw_status_OTHER_KIND, outcome.item());
        case PREFLIGHT -> NLS.bind(Messages.Withdraw_status_PREFLIGHT, outcome.preflight().size(),
                outcome.preflight().get(0).getMessage(Locale.getDefault()));
        case EXISTS -> NLS.bind(Messages.Withdraw_status_EXISTS, outcome.name());
        case IO_ERROR -> NLS.bind(Messages.Withdraw_status_IO_ERROR, outcome.ioProblem());
        };
    }

    /** The 送信元の事業所番号 of a file's name, or {@code null}. */
    private static String senderOf(Path file) {
        jp.careplan.model.exchange.FileName name = FileNames.of(LayoutRegistry.getDefault()).parseOrNull(file.getFileName().toString());
        return name == null ? null : name.getSenderOffice();
    }

    /** The file, the deletion's kind, the targets to select, and what the receiver does with them. */
    private final class Page extends WizardPage {
        private TableViewer table;

        Page() {
            super("withdraw");
            setTitle(Messages.Withdraw_title);
            setDescription(Messages.Withdraw_description);
        }

        List<Target> chosen() {
            return table == null ? List.of() : table.getStructuredSelection().stream().map(Target.class::cast).toList();
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            Outcome outcome = targets.outcome();
            Wizards.line(body, Messages.Withdraw_file, file.getFileName().toString());
            if (outcome.kind() != null) {
                Wizards.line(body, Messages.Withdraw_kind, FileNames.of(LayoutRegistry.getDefault()).kinds().find(outcome.kind())
                        .map(kind -> kind.displayName(Locale.getDefault()) + " (" + kind.prefix() + ")").orElse(outcome.kind()));
            }
            Label prompt = new Label(body, SWT.NONE);
            prompt.setText(Messages.Withdraw_targets);
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(prompt);
            table = new TableViewer(body, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            WidgetIds.tag(table.getTable(), WidgetIds.WITHDRAW_TARGETS);
            table.getTable().setHeaderVisible(true);
            table.getTable().setLinesVisible(true);
            table.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.Withdraw_insurer, 90, Target::insurerNumber);
            column(Messages.Withdraw_insured, 110, Target::insuredNumber);
            for (Column item : targets.columns()) {
                column(item.getName(), 170, target -> target.items().getOrDefault(item.getFeature(), ""));
            }
            column(Messages.Withdraw_rows, 70, target -> Integer.toString(target.rows()));
            table.setInput(targets.targets());
            table.addSelectionChangedListener(event -> getContainer().updateButtons());
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(620, 200).applyTo(table.getTable());
            Label note = new Label(body, SWT.WRAP);
            note.setText(Messages.Withdraw_note);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(620, SWT.DEFAULT).indent(0, 8).applyTo(note);
            setErrorMessage(describe(outcome));
            // a file our office received is not ours to withdraw: said, not forbidden, as the preferences may not list
            // every office of ours
            List<String> ours = OfficePreferences.offices();
            String sender = senderOf(file);
            if (sender != null && !ours.isEmpty() && !ours.contains(sender)) {
                setMessage(NLS.bind(Messages.Withdraw_notOurs, sender), WARNING);
            }
            setControl(body);
        }

        private void column(String title, int width, Function<Target, String> text) {
            Columns.add(table, title, width, text);
        }
    }
}
