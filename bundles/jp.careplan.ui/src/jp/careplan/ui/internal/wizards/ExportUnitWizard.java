/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jp.careplan.csv.CsvProblem;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.UnitExport;

/**
 * 送信単位の書き出し: the selected files written as one send unit under the standard's names (sender from the
 * preferences, the receiver, a new ファイル連番), into the export folder. Finish runs the MS932 pre-flight and
 * the unit's check first, with progress and Cancel; a unit with errors is not written (the errors are
 * listed), one with warnings only when 警告を承知で書き出す is checked.
 */
public final class ExportUnitWizard extends Wizard {

    private static final DateTimeFormatter SERIAL = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final java.util.List<Path> sources;
    private final String defaultReceiver;
    private final Path defaultFolder;
    private Page page;
    private java.util.List<Path> written = java.util.List.of();

    public ExportUnitWizard(java.util.List<Path> sources, String defaultReceiver, Path defaultFolder) {
        this.sources = java.util.List.copyOf(sources);
        this.defaultReceiver = defaultReceiver == null ? "" : defaultReceiver;
        this.defaultFolder = Objects.requireNonNull(defaultFolder, "defaultFolder");
        setWindowTitle(Messages.Export_title);
        setNeedsProgressMonitor(true);
    }

    /** Opens the wizard in a dialog whose Finish button says what it does (書き出す). */
    public static int open(Shell shell, ExportUnitWizard wizard) {
        return Wizards.open(shell, wizard, Messages.Export_finish, WidgetIds.EXPORT_FINISH);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The files written by the last Finish. */
    public java.util.List<Path> written() {
        return written;
    }

    @Override
    public boolean performFinish() {
        UnitExport.Addressing addressing;
        try {
            addressing = page.addressing();
        } catch (IllegalArgumentException e) {
            page.setErrorMessage(NLS.bind(Messages.Export_badAddress, e.getMessage()));
            return false;
        }
        Path folder;
        try {
            folder = Path.of(page.folder.getText().strip());
        } catch (java.nio.file.InvalidPathException e) {
            folder = null;
        }
        if (folder == null || !folder.isAbsolute()) {
            page.setErrorMessage(NLS.bind(Messages.ExchangeView_noFolder, page.folder.getText()));
            return false;
        }
        boolean acceptWarnings = page.acceptWarnings.getSelection();
        UnitExport export = new UnitExport(LayoutRegistry.getDefault(), RuleRegistry.getDefault());
        UnitExport.Prepared[] prepared = new UnitExport.Prepared[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.Export_checking, IProgressMonitor.UNKNOWN);
                try {
                    prepared[0] = export.prepare(sources, addressing, new jp.careplan.validation.ExchangeCheck.Progress() {
                        @Override
                        public void reading(String fileName) {
                            monitor.subTask(fileName);
                        }

                        @Override
                        public boolean isCanceled() {
                            return monitor.isCanceled();
                        }
                    });
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
                if (monitor.isCanceled()) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(NLS.bind(Messages.Export_failed, e.getCause().getClass().getSimpleName()));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        page.problems.setInput(prepared[0].problems());
        if (!prepared[0].errors().isEmpty()) {
            page.setErrorMessage(NLS.bind(Messages.Export_errors, prepared[0].errors().size()));
            return false;
        }
        if (!prepared[0].warnings().isEmpty() && !acceptWarnings) {
            page.setErrorMessage(NLS.bind(Messages.Export_warnings, prepared[0].warnings().size()));
            return false;
        }
        try {
            written = export.write(prepared[0], folder, acceptWarnings);
            return true;
        } catch (UnitExport.RefusedException e) {
            page.setErrorMessage(NLS.bind(Messages.Export_refused, e.getMessage()));
            return false;
        } catch (IOException e) {
            page.setErrorMessage(NLS.bind(Messages.Export_failed, e.getClass().getSimpleName()));
            return false;
        }
    }

    /** The one page: what is sent, from whom, to whom, when, where; and what the check found. */
    private final class Page extends WizardPage {
        private Combo sender;
        private Text senderType;
        private Text receiver;
        private Text receiverType;
        private Text serial;
        private Text folder;
        private Button acceptWarnings;
        private TableViewer problems;

        Page() {
            super("unit");
            setTitle(Messages.Export_title);
            setDescription(Messages.Export_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

            label(body, Messages.Export_files);
            org.eclipse.swt.widgets.List files = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL);
            sources.forEach(source -> files.add(source.getFileName().toString()));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 70).applyTo(files);

            label(body, Messages.Export_sender);
            sender = WidgetIds.tag(new Combo(body, SWT.BORDER), WidgetIds.EXPORT_SENDER);
            OfficePreferences.offices().forEach(sender::add);
            if (sender.getItemCount() > 0) {
                sender.select(0);
            }
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(sender);
            senderType = text(body, Messages.Export_senderType, OfficePreferences.serviceType(), WidgetIds.EXPORT_SENDER_TYPE);
            receiver = text(body, Messages.Export_receiver, defaultReceiver, WidgetIds.EXPORT_RECEIVER);
            receiverType = text(body, Messages.Export_receiverType, "", WidgetIds.EXPORT_RECEIVER_TYPE);
            serial = text(body, Messages.Export_serial, LocalDateTime.now().format(SERIAL), WidgetIds.EXPORT_SERIAL);

            folder = Wizards.folderField(body, Messages.Export_folder, WidgetIds.EXPORT_FOLDER, defaultFolder.toString());

            acceptWarnings = WidgetIds.tag(new Button(body, SWT.CHECK), WidgetIds.EXPORT_ACCEPT_WARNINGS);
            acceptWarnings.setText(Messages.Export_acceptWarnings);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(acceptWarnings);

            problems = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            WidgetIds.tag(problems.getTable(), WidgetIds.EXPORT_PROBLEMS);
            problems.getTable().setHeaderVisible(true);
            problems.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.ProblemsView_severity, 70, problem -> problem.severity() == CsvProblem.Severity.ERROR
                    ? Messages.ProblemsView_error : Messages.ProblemsView_warning);
            column(Messages.ProblemsView_file, 300, CsvProblem::fileName);
            column(Messages.ProblemsView_line, 50, problem -> problem.getLine() > 0 ? Integer.toString(problem.getLine()) : "");
            column(Messages.ProblemsView_rule, 130, CsvProblem::ruleId);
            column(Messages.ProblemsView_message, 500, problem -> problem.getMessage(Locale.getDefault()));
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 150).applyTo(problems.getTable());

            setControl(body);
        }

        UnitExport.Addressing addressing() {
            return new UnitExport.Addressing(sender.getText().strip(), blankToNull(senderType.getText()),
                    receiver.getText().strip(), blankToNull(receiverType.getText()), serial.getText().strip());
        }

        private String blankToNull(String text) {
            return text.isBlank() ? null : text.strip();
        }

        private Text text(Composite body, String title, String value, String id) {
            label(body, title);
            Text text = WidgetIds.tag(new Text(body, SWT.BORDER), id);
            text.setText(value);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(text);
            text.addListener(SWT.Modify, event -> setErrorMessage(null));
            return text;
        }

        private void label(Composite body, String title) {
            new Label(body, SWT.NONE).setText(title);
        }

        private void column(String title, int width, java.util.function.Function<CsvProblem, String> text) {
            Columns.add(problems, title, width, text);
        }
    }
}
