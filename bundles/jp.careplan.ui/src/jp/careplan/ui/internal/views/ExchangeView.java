/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.ActualFromPlan;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.ExchangeFolder.Listing;
import jp.careplan.csv.ExchangeFolder.Rejected;
import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.Ledger;
import jp.careplan.csv.Withdrawal;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.model.exchange.FileName;
import jp.careplan.ui.internal.CheckProgress;
import jp.careplan.ui.internal.CheckResults;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Evidence;
import jp.careplan.ui.internal.ExchangeFolderPreference;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.Editors;
import jp.careplan.ui.internal.wizards.ActualFromPlanWizard;
import jp.careplan.ui.internal.wizards.ConvertFilesWizard;
import jp.careplan.ui.internal.wizards.ExportUnitWizard;
import jp.careplan.ui.internal.wizards.ImportFilesWizard;
import jp.careplan.ui.internal.wizards.WithdrawalWizard;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * データ連携フォルダ: the CSV files of the exchange folder in 取込順序 (ascending ファイル連番), with what
 * each file name says (kind, month, sender, receiver, naming rule). Names that follow no rule of
 * the standard are listed too, with the reason. The folder is typed or chosen by the user and
 * remembered; the view follows it on disk (files arriving from a partner, our own saves) unless the
 * user turns that off, and F5 reads it again at any time. The selection survives a refresh.
 */
public final class ExchangeView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.exchange";
    private static final String REFRESH_COMMAND = "org.eclipse.ui.file.refresh";

    private final FileNames names = FileNames.of(LayoutRegistry.getDefault());
    private Text folderText;
    /** Words every shown file must match (連番, kind, its name, month, sender, receiver, users, file name). */
    private Text filterText;
    /** The texts of the columns the filter searches, as the table shows them. */
    private final List<Function<Row, String>> searched = new ArrayList<>();
    /** How many files the filter shows, of how many ({@code ""} without a filter). */
    private Label filterCount;
    private TableViewer viewer;
    private Label summary;
    private Path folder;
    /** What the check found in each file ({@code ExchangeView_checking} until it is done). */
    private final Map<Path, String> checks = new ConcurrentHashMap<>();
    private final Map<Path, Severity> worst = new ConcurrentHashMap<>();
    /** The users of each file, known once the check has read them. */
    private volatile FileUsers users = FileUsers.none();
    /** Incremented with every folder shown, so that a check of an earlier one is ignored. */
    private int generation;
    private String listingSummary = "";
    /** The check of the folder running now, if any. */
    private Job checkJob;
    /** Told whenever the files, their check or the filter change (the 送信単位 view follows them). */
    private final org.eclipse.core.runtime.ListenerList<Runnable> changeListeners = new org.eclipse.core.runtime.ListenerList<>();
    /** The send units of the listing, in 連番 order. */
    private List<jp.careplan.model.exchange.SendUnit> units = List.of();
    /** Follows the shown folder on disk; {@code null} when not following. */
    private FolderWatch watch;

    /**
     * One line of the table: a recognised file, a rejected name, or a second file of a name already listed
     * ({@code duplicate}: .csv beside .CSV), which its name describes but no send unit holds.
     */
    record Row(Path path, ExchangeFile file, Rejected rejected, boolean duplicate) {

        Row(Path path, ExchangeFile file, Rejected rejected) {
            this(path, file, rejected, false);
        }

        /** A file of the exchange: recognised and in its send unit (what the views and actions work on). */
        boolean standard() {
            return file != null && !duplicate;
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);

        Label label = new Label(parent, SWT.NONE);
        label.setText(Messages.ExchangeView_folder);
        folderText = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SINGLE), WidgetIds.EXCHANGE_FOLDER);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(folderText);
        folderText.addListener(SWT.DefaultSelection, event -> showTypedFolder());
        Button browse = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.EXCHANGE_BROWSE);
        browse.setText(Messages.ExchangeView_browse);
        browse.addListener(SWT.Selection, event -> chooseFolder());
        Button refresh = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.EXCHANGE_REFRESH);
        refresh.setText(Messages.ExchangeView_refresh);
        refresh.addListener(SWT.Selection, event -> refresh());
        Button follow = WidgetIds.tag(new Button(parent, SWT.CHECK), WidgetIds.EXCHANGE_FOLLOW);
        follow.setText(Messages.ExchangeView_follow);
        follow.setToolTipText(Messages.ExchangeView_followTip);
        follow.setSelection(ExchangeFolderPreference.follows());
        follow.addListener(SWT.Selection, event -> {
            ExchangeFolderPreference.setFollows(follow.getSelection());
            if (follow.getSelection()) {
                refresh(); // shows what arrived while the view was not following
            } else {
                follow();
            }
        });

        Label filterLabel = new Label(parent, SWT.NONE);
        filterLabel.setText(Messages.ExchangeView_filter);
        filterText = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.SEARCH | SWT.ICON_CANCEL),
                WidgetIds.EXCHANGE_FILTER);
        filterText.setMessage(Messages.ExchangeView_filterHint);
        filterText.setToolTipText(Messages.ExchangeView_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).span(3, 1).applyTo(filterText);
        filterCount = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.EXCHANGE_FILTER_COUNT);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(filterCount);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = WidgetIds.tag(viewer.getTable(), WidgetIds.EXCHANGE_FILES);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer shown, Object parentElement, Object element) {
                return matches((Row) element, filterText.getText());
            }
        });
        filterText.addListener(SWT.Modify, event -> {
            viewer.refresh();
            showFilterCount();
            changed();
        });
        // Down in the filter goes to the files, as in the IDE's filtered lists
        filterText.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && viewer.getTable().getItemCount() > 0) {
                viewer.getTable().setFocus();
                if (viewer.getTable().getSelectionCount() == 0) {
                    viewer.getTable().setSelection(0);
                }
                event.doit = false;
            }
        });
        // Enter or a double click opens the file in the editor of its kind
        viewer.addOpenListener(event -> open(false));
        // the context menu (also Shift+F10 or the menu key) opens any file in the raw records editor too
        MenuManager menu = new MenuManager();
        menu.add(new Action(Messages.ExchangeView_open) {
            @Override
            public void run() {
                open(false);
            }
        });
        menu.add(new Action(Messages.ExchangeView_openRaw) {
            @Override
            public void run() {
                open(true);
            }
        });
        menu.add(new Action(Messages.Import_action_menu) {
            @Override
            public void run() {
                importFiles();
            }
        });
        menu.add(new Action(Messages.Export_action) {
            @Override
            public void run() {
                exportSelected();
            }
        });
        menu.add(new Action(Messages.Convert_action) {
            @Override
            public void run() {
                convertSelected();
            }
        });
        menu.add(new Action(Messages.Actual_action) {
            @Override
            public void run() {
                actualFromSelected();
            }
        });
        menu.add(new Action(Messages.Withdraw_action) {
            @Override
            public void run() {
                withdrawSelected();
            }
        });
        menu.add(new Action(Messages.Sheet_action) {
            @Override
            public void run() {
                copyForSpreadsheets(null);
            }
        });
        menu.add(new Action(Messages.Pdf_units) {
            @Override
            public void run() {
                List<Path> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).map(Row::path).toList();
                if (!chosen.isEmpty()) {
                    Path target = jp.careplan.ui.internal.PdfExport.ask(getSite().getShell(), folder.getParent(),
                            chosen.get(0).getFileName().toString().replaceFirst("(?i)\\.csv$", "") + ".pdf");
                    if (target != null) {
                        renderUnits(target);
                    }
                }
            }
        });
        menu.add(new org.eclipse.jface.action.Separator());
        menu.add(new Action(Messages.Delete_action) {
            @Override
            public void run() {
                deleteSelected(true);
            }
        });
        table.setMenu(menu.createContextMenu(table));
        // Delete on the files deletes them, after asking
        table.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL && event.stateMask == 0) {
                deleteSelected(true);
                event.doit = false;
            }
        });
        // the selected files are the workbench's selection: the 予実突合 view follows it
        getSite().setSelectionProvider(viewer);
        searchedColumn(Messages.ExchangeView_columnSerial, 130, row -> name(row, FileName::getSerial));
        searchedColumn(Messages.ExchangeView_columnKind, 90, row -> name(row, FileName::getKind));
        searchedColumn(Messages.ExchangeView_columnKindName, 220, row -> row.file() == null ? ""
                : names.kinds().find(row.file().getName().getKind()).map(kind -> kind.displayName(Locale.getDefault()))
                        .orElse(""));
        searchedColumn(Messages.ExchangeView_columnMonth, 70, row -> name(row, FileName::getMonth));
        searchedColumn(Messages.ExchangeView_columnSender, 120,
                row -> name(row, n -> office(n.getSenderOffice(), n.getSenderServiceType())));
        searchedColumn(Messages.ExchangeView_columnReceiver, 120,
                row -> name(row, n -> office(n.getReceiverOffice(), n.getReceiverServiceType())));
        column(Messages.ExchangeView_columnUsers, 160, this::usersText);
        column(Messages.ExchangeView_columnRule, 50, row -> name(row, n -> n.getRule().getLiteral()));
        column(Messages.ExchangeView_columnCheck, 130, row -> row.rejected() != null ? "" : checks.getOrDefault(row.path(),
                Messages.ExchangeView_checking));
        searchedColumn(Messages.ExchangeView_columnFile, 420, row -> row.path().getFileName().toString());
        column(Messages.ExchangeView_columnSize, 80, row -> row.file() == null || row.file().getSize() < 0 ? ""
                : String.format("%,d", row.file().getSize()));
        column(Messages.ExchangeView_columnProblem, 400, row -> row.rejected() != null ? row.rejected().problem().getMessage(Locale.getDefault())
                : row.duplicate() ? Messages.ExchangeView_duplicate : "");

        summary = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.EXCHANGE_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(summary);

        getSite().getService(IHandlerService.class).activateHandler(REFRESH_COMMAND, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                refresh();
                return null;
            }
        });
        show(ExchangeFolderPreference.current(), false);
    }

    /** The files listed now (filtered or not), in 取込順序. */
    @SuppressWarnings("unchecked")
    List<Row> rows() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? (List<Row>) list : List.of();
    }

    /**
     * Opens the export wizard on the selected files (a send unit to send): the receiver proposed is the one
     * the files were addressed to when they all name the same.
     */
    public void exportSelected() {
        List<Row> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).filter(Row::standard)
                .toList();
        // the unit is written from the files: unsaved edits are saved first (or the export is not made)
        if (chosen.isEmpty() || !getSite().getPage().saveAllEditors(true)) {
            return;
        }
        List<String> receivers = chosen.stream().map(row -> row.file().getName().getReceiverOffice()).distinct().toList();
        ExportUnitWizard wizard = new ExportUnitWizard(chosen.stream().map(Row::path).toList(),
                receivers.size() == 1 ? receivers.get(0) : "", OfficePreferences.exportFolder(folder));
        if (ExportUnitWizard.open(getSite().getShell(), wizard) == Window.OK) {
            wizard.written().forEach(path -> Evidence.record(Ledger.Action.EXPORT, folder, path, null));
            summary.setText(NLS.bind(Messages.Export_done, wizard.written().size(),
                    wizard.written().isEmpty() ? "" : wizard.written().get(0).getParent()));
        }
    }

    /**
     * Opens the conversion wizard on the selected files: converted to another installed version of the standard,
     * into a folder of their own (by default beside the export folder), never over a file.
     */
    public void convertSelected() {
        List<Path> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).filter(Row::standard)
                .map(Row::path).toList();
        // the files are converted as saved: unsaved edits are saved first (or nothing is converted)
        if (chosen.isEmpty() || !getSite().getPage().saveAllEditors(true)) {
            return;
        }
        ConvertFilesWizard wizard = new ConvertFilesWizard(chosen, OfficePreferences.exportFolder(folder).resolveSibling(Messages.Convert_folder));
        ConvertFilesWizard.open(getSite().getShell(), wizard);
        wizard.written().forEach(path -> Evidence.record(Ledger.Action.CONVERT, folder, path, null));
        if (!wizard.written().isEmpty()) {
            summary.setText(NLS.bind(Messages.Convert_done, wizard.written().size(), wizard.written().get(0).getParent()));
        }
    }

    /**
     * 予定から実績を作成: the 第6表 実績 of the office a selected 予定 was sent to, begun from the 予定 (the core's
     * {@link ActualFromPlan}): the 予定 is read with progress and Cancel, the wizard says what will be made (or why
     * nothing can be), and 作成 writes it into the folder as a new file, which opens in the 第6表 editor to be
     * corrected to what was delivered. The 予定 is not changed.
     */
    public void actualFromSelected() {
        List<Row> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).filter(Row::standard).toList();
        if (chosen.size() != 1 || !"UPPLAN".equals(chosen.get(0).file().getName().getKind())) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), Messages.Actual_title,
                    Messages.Actual_choosePlan);
            return;
        }
        // the 実績 is made from the 予定 as saved: unsaved edits are saved first (or nothing is made)
        if (!getSite().getPage().saveAllEditors(true)) {
            return;
        }
        Path plan = chosen.get(0).path();
        Path into = folder;
        ActualFromPlan maker = new ActualFromPlan(LayoutRegistry.getDefault());
        // the month's 予定 between the same offices in every version the folder holds (月途中変更)
        List<Path> versions = maker.versions(rows().stream().filter(Row::standard).map(Row::path).toList()).stream()
                .filter(group -> group.contains(plan)).findFirst().orElse(List.of(plan));
        ActualFromPlan.Draft draft = readWithProgress(NLS.bind(Messages.Actual_reading, plan.getFileName()),
                () -> maker.prepare(versions, LocalDateTime.now()), Messages.Actual_status_IO_ERROR);
        if (draft == null) {
            return;
        }
        ActualFromPlanWizard wizard = new ActualFromPlanWizard(maker, draft, into);
        if (ActualFromPlanWizard.open(getSite().getShell(), wizard) != Window.OK || wizard.written() == null) {
            return;
        }
        Path written = wizard.written();
        Evidence.record(Ledger.Action.CREATE, into, written, null);
        refresh();
        made(List.of(written), NLS.bind(Messages.Actual_done, written.getFileName()));
        try {
            Editors.open(getSite().getPage(), written, "UPJSK");
        } catch (PartInitException e) {
            summary.setText(NLS.bind(Messages.RecordsEditor_unreadable, written.getFileName()));
        }
    }

    /**
     * 取り下げる（削除ファイルを作成）: the deletion file of what a selected file sent, for the targets the user selects
     * (the core's {@link Withdrawal}): the file is read with progress and Cancel, the wizard lists the targets, and 作成
     * writes the deletion into the folder as a new file, to be exported as a send unit. The file is not changed.
     */
    public void withdrawSelected() {
        List<Row> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).filter(Row::standard).toList();
        Withdrawal maker = new Withdrawal(LayoutRegistry.getDefault());
        if (chosen.size() != 1 || maker.deletionKind(chosen.get(0).file().getName().getKind()).isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), Messages.Withdraw_title,
                    Messages.Withdraw_choose);
            return;
        }
        // the deletion names what the file holds as saved: unsaved edits are saved first (or nothing is made)
        if (!getSite().getPage().saveAllEditors(true)) {
            return;
        }
        Path file = chosen.get(0).path();
        Path into = folder;
        Withdrawal.Targets targets = readWithProgress(NLS.bind(Messages.Withdraw_reading, file.getFileName()),
                () -> maker.targets(file), Messages.Withdraw_status_IO_ERROR);
        if (targets == null) {
            return;
        }
        WithdrawalWizard wizard = new WithdrawalWizard(maker, file, targets, into);
        if (WithdrawalWizard.open(getSite().getShell(), wizard) != Window.OK || wizard.written() == null) {
            return;
        }
        Evidence.record(Ledger.Action.CREATE, into, wizard.written(), null);
        refresh();
        made(List.of(wizard.written()), NLS.bind(Messages.Withdraw_done, wizard.written().getFileName(), wizard.records()));
    }

    /**
     * Reads what a wizard will show, in a progress dialog with Cancel; {@code null} when cancelled (nothing is made) or
     * when the reading failed (said in the summary with {@code failed}, by the kind of failure only).
     */
    private <T> T readWithProgress(String task, java.util.function.Supplier<T> reading, String failed) {
        List<T> read = new ArrayList<>(1);
        try {
            new ProgressMonitorDialog(getSite().getShell()).run(true, true, monitor -> {
                monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                read.add(reading.get());
                if (monitor.isCanceled()) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            summary.setText(NLS.bind(failed, e.getCause().getClass().getSimpleName()));
            return null;
        } catch (InterruptedException e) {
            return null;
        }
        return read.get(0);
    }

    /**
     * Says what came into the folder, where it stays while the folder is checked again (the status line; the summary
     * below the files is the check's), and selects the new files in the list.
     */
    private void made(List<Path> files, String text) {
        summary.setText(text);
        getViewSite().getActionBars().getStatusLineManager().setMessage(text);
        List<Row> added = rows().stream().filter(row -> files.contains(row.path())).toList();
        if (!added.isEmpty()) {
            viewer.setSelection(new StructuredSelection(added), true);
        }
    }

    /**
     * Writes a copy of each selected file for viewing in a spreadsheet (see {@link jp.careplan.csv.SpreadsheetCopy}) into
     * a folder the user chooses (or the given one): text a spreadsheet would run is escaped in the copy only; the
     * standard files are not touched, and no copy is written over another file.
     *
     * @return the copies written
     */
    public List<Path> copyForSpreadsheets(Path into) {
        List<Path> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).filter(Row::standard)
                .map(Row::path).toList();
        if (chosen.isEmpty() || !getSite().getPage().saveAllEditors(true)) {
            return List.of();
        }
        Path target = into;
        if (target == null) {
            org.eclipse.swt.widgets.DirectoryDialog dialog = new org.eclipse.swt.widgets.DirectoryDialog(getSite().getShell());
            dialog.setText(Messages.Sheet_action);
            dialog.setMessage(Messages.Sheet_where);
            dialog.setFilterPath(OfficePreferences.exportFolder(folder).resolveSibling(Messages.Sheet_folder).toString());
            String picked = dialog.open();
            if (picked == null) {
                return List.of();
            }
            target = Path.of(picked);
        }
        if (jp.careplan.csv.SpreadsheetCopy.amongTheFiles(target, chosen)) {
            // copies there would be .csv files among the standard's: the folder's next check would report them
            summary.setText(NLS.bind(Messages.Sheet_intoExchange, target));
            summary.getParent().layout(true);
            return List.of();
        }
        List<Path> written = new ArrayList<>();
        int refused = 0;
        for (Path file : chosen) {
            try {
                Files.createDirectories(target);
                Path copy = jp.careplan.csv.SpreadsheetCopy.write(file, target, LayoutRegistry.getDefault());
                if (copy == null) {
                    refused++;
                } else {
                    written.add(copy);
                }
            } catch (IOException e) {
                refused++;
            }
        }
        summary.setText(NLS.bind(Messages.Sheet_done, new Object[] { written.size(), target, refused }));
        summary.getParent().layout(true);
        return written;
    }

    /**
     * The forms of the selected files' send units (every file sharing a selected file's ファイル連番) as one PDF, rendered
     * in a job; the summary line says where it went, or why not.
     *
     * @return the job, or null when nothing is selected
     */
    public org.eclipse.core.runtime.jobs.Job renderUnits(Path target) {
        List<Path> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).map(Row::path).toList();
        if (chosen.isEmpty() || !getSite().getPage().saveAllEditors(true)) {
            return null;
        }
        List<Path> unit;
        try {
            unit = jp.careplan.ui.internal.PdfExport.unitsOf(chosen);
        } catch (IOException e) {
            summary.setText(NLS.bind(Messages.Pdf_failed, e.getClass().getSimpleName()));
            return null;
        }
        return jp.careplan.ui.internal.PdfExport.schedule(getSite().getShell(), target.getFileName().toString(),
                forms -> forms.render(unit), target, (written, pages, problem) -> {
                    if (!summary.isDisposed()) {
                        summary.setText(written != null ? NLS.bind(Messages.Pdf_written, written, pages)
                                : NLS.bind(Messages.Pdf_failed, problem));
                        summary.getParent().layout(true);
                    }
                });
    }

    /**
     * Deletes the selected files from the exchange folder, each recorded in the evidence ledger first (its name, the
     * SHA-256 of the bytes deleted, its records' keys). A file open in an editor is kept (its editor may hold edits),
     * and so is one whose deletion the ledger could not record: no deletion goes unrecorded.
     *
     * @param askFirst whether to ask the user (the tests answer for them)
     * @return the files deleted
     */
    public List<Path> deleteSelected(boolean askFirst) {
        List<Path> chosen = viewer.getStructuredSelection().stream().map(Row.class::cast).map(Row::path).toList();
        if (chosen.isEmpty() || askFirst && !org.eclipse.jface.dialogs.MessageDialog.openConfirm(getSite().getShell(),
                Messages.Delete_title, NLS.bind(Messages.Delete_confirm, chosen.size()))) {
            return List.of();
        }
        List<Path> deleted = new ArrayList<>();
        for (Path file : chosen) {
            if (getSite().getPage().findEditor(new jp.careplan.ui.internal.editors.RecordsEditorInput(file)) != null) {
                continue;
            }
            if (Files.isRegularFile(file) && Evidence.record(Ledger.Action.DELETE, folder, file, null)) {
                try {
                    Files.delete(file);
                    deleted.add(file);
                } catch (IOException e) {
                    // recorded but still there: the ledger says what was meant, the folder what is; logged by name only
                    org.eclipse.core.runtime.ILog.of(ExchangeView.class).warn("could not delete " + file.getFileName() + " ("
                            + e.getClass().getSimpleName() + ")");
                }
            }
        }
        refresh();
        summary.setText(NLS.bind(Messages.Delete_done, deleted.size(), chosen.size() - deleted.size()));
        summary.getParent().layout(true);
        return deleted;
    }

    /** Opens the import wizard: received files copied into the shown folder (the view follows what arrives). */
    public void importFiles() {
        ImportFilesWizard wizard = new ImportFilesWizard(folder);
        if (ImportFilesWizard.open(getSite().getShell(), wizard) == Window.OK) {
            wizard.written().forEach(path -> Evidence.record(Ledger.Action.IMPORT, folder, path, null));
            refresh();
            made(wizard.written(), NLS.bind(Messages.Import_done, wizard.written().size()));
        }
    }

    /** 生データで開く: opens the selected file in the raw records editor (unless another editor has it open). */
    public void openSelectedRaw() {
        open(true);
    }

    /** Opens the selected file in the editor of its kind, or in the raw records editor. */
    private void open(boolean raw) {
        Object first = viewer.getStructuredSelection().getFirstElement();
        if (first instanceof Row row && row.file() != null) { // a second file of a name opens too: it may be looked at
            try {
                if (raw) {
                    Editors.openRaw(getSite().getPage(), row.path());
                } else {
                    Editors.open(getSite().getPage(), row.path(), row.file().getName().getKind());
                }
            } catch (PartInitException e) {
                // an attachment (a 家族構成 image) opens in the system's viewer, when it has one
                summary.setText(NLS.bind(Editors.isAttachment(row.path()) ? Messages.ExchangeView_attachment
                        : Messages.RecordsEditor_unreadable, row.path().getFileName()));
            }
        }
    }

    /** Whether the view follows its folder on disk now. */
    public boolean isFollowing() {
        return watch != null;
    }

    /** The folder shown now. */
    public Path folder() {
        return folder;
    }

    /** Shows the files of a folder and remembers it as the user's choice. */
    public void showFolder(Path chosen) {
        show(chosen, true);
    }

    /** Reads the folder again (F5). */
    public void refresh() {
        if (folder != null) {
            show(folder, false);
        }
    }

    private void show(Path chosen, boolean remember) {
        Path before = folder;
        folder = chosen.toAbsolutePath().normalize();
        if (!folder.equals(before)) {
            // a refresh of the same folder (F5, the watch) leaves what the user is typing alone
            folderText.setText(folder.toString());
            // the temporary files a write killed half-way left (the product's own, never a standard file) go at
            // the first sight of the folder: at the start after a crash — in the folder, its export folder (the
            // send units written) and the folder of the ledgers' heads; only those older than this process, since
            // the command line may be writing into the same folders right now
            java.time.Instant started = java.time.Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getStartTime());
            for (Path written : List.of(folder, OfficePreferences.exportFolder(folder), Ledger.headsFolder())) {
                try {
                    jp.careplan.csv.AtomicFiles.removeLeftovers(written, started);
                } catch (IOException e) {
                    // a folder that cannot be listed: the exchange folder's listing below says so; the others stay as they are
                }
            }
        }
        // follow before listing, so that a file arriving meanwhile is not missed
        follow();
        List<Path> selected = folder.equals(before) ? viewer.getStructuredSelection().stream()
                .map(element -> ((Row) element).path()).toList() : List.of();
        List<Row> rows = new ArrayList<>();
        units = List.of();
        if (!Files.isDirectory(folder)) {
            summary.setText(NLS.bind(Messages.ExchangeView_noFolder, folder));
        } else {
            try {
                Listing listing = new ExchangeFolder(names).scan(folder);
                for (ExchangeFile file : listing.files()) {
                    rows.add(new Row(Path.of(file.getLocation()).toAbsolutePath().normalize(), file, null));
                }
                for (ExchangeFolder.Duplicate duplicate : listing.duplicates()) {
                    // a second file of a name (.CSV and .csv): listed, its check says why it is not in a send unit
                    rows.add(new Row(duplicate.path().toAbsolutePath().normalize(), duplicate.file(), null, true));
                }
                for (Rejected rejected : listing.rejected()) {
                    rows.add(new Row(rejected.path(), null, rejected));
                }
                units = List.copyOf(listing.exchange().getUnits());
                listingSummary = NLS.bind(Messages.ExchangeView_summary, new Object[] {
                        listing.files().size() + listing.duplicates().size(), listing.exchange().getUnits().size(),
                        listing.rejected().size() });
                summary.setText(listingSummary);
                if (remember) {
                    ExchangeFolderPreference.remember(folder);
                }
                startCheck(rows.stream().map(Row::path).toList());
            } catch (IOException e) {
                summary.setText(NLS.bind(Messages.ExchangeView_unreadable, folder));
            }
        }
        viewer.setInput(rows);
        if (!selected.isEmpty()) {
            viewer.setSelection(new StructuredSelection(rows.stream().filter(row -> selected.contains(row.path())).toList()));
        }
        showFilterCount();
        changed();
        summary.getParent().layout(true);
    }

    private void showFilterCount() {
        Object input = viewer.getInput();
        int all = input instanceof List<?> rows ? rows.size() : 0;
        filterCount.setText(filterText.getText().isBlank() ? ""
                : NLS.bind(Messages.ExchangeView_filterCount, viewer.getTable().getItemCount(), all));
        filterCount.getParent().layout(true);
    }

    /** Starts, moves or stops following the shown folder on disk, as the preference says. */
    private void follow() {
        boolean wanted = ExchangeFolderPreference.follows() && folder != null && Files.isDirectory(folder);
        if (watch != null && (!wanted || !watch.folder().equals(folder))) {
            watch.close();
            watch = null;
        }
        if (wanted && watch == null) {
            Path followed = folder;
            Display display = viewer.getControl().getDisplay();
            watch = FolderWatch.start(followed, () -> {
                try {
                    display.asyncExec(() -> {
                        if (!viewer.getControl().isDisposed() && followed.equals(folder) && watch != null) {
                            refresh();
                        }
                    });
                } catch (SWTException e) {
                    // the workbench is closing: nothing to show any more
                }
            });
        }
    }

    /**
     * Checks the listed files in the background (a job with progress that can be cancelled): each file
     * read and validated, each send unit against the unit rules; the result fills the 検査結果 column.
     */
    private void startCheck(List<Path> files) {
        int started = ++generation;
        checks.clear();
        worst.clear();
        users = FileUsers.none();
        Display display = viewer.getControl().getDisplay();
        if (checkJob != null) {
            checkJob.cancel(); // its result would be ignored anyway: one check at a time
        }
        Job job = Job.create(Messages.ExchangeView_checkJob, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, Messages.ExchangeView_checkJob, files.size());
            ExchangeCheck.Result result;
            try {
                result = new ExchangeCheck(LayoutRegistry.getDefault(), RuleRegistry.getDefault()).check(files,
                        new CheckProgress(progress));
            } catch (IOException e) {
                return Status.error(NLS.bind(Messages.ExchangeView_unreadable, folder), e);
            }
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            FileUsers found = FileUsers.of(result);
            display.asyncExec(() -> showCheck(result, found, started));
            return Status.OK_STATUS;
        });
        checkJob = job;
        job.schedule();
    }

    private void showCheck(ExchangeCheck.Result result, FileUsers found, int started) {
        if (started != generation || viewer.getControl().isDisposed()) {
            return;
        }
        users = found;
        int withErrors = 0;
        int withWarnings = 0;
        for (ExchangeCheck.FileReport file : result.files()) {
            if (file.file() == null) {
                continue;
            }
            long errors = file.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
            long warnings = file.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
            Path path = file.path().toAbsolutePath().normalize();
            if (errors > 0) {
                withErrors++;
                worst.put(path, Severity.ERROR);
                checks.put(path, NLS.bind(Messages.ExchangeView_checkErrors, errors, warnings));
            } else if (warnings > 0) {
                withWarnings++;
                worst.put(path, Severity.WARNING);
                checks.put(path, NLS.bind(Messages.ExchangeView_checkWarnings, warnings));
            } else {
                checks.put(path, Messages.ExchangeView_checkClean);
            }
        }
        viewer.refresh();
        showFilterCount();
        changed();
        CheckResults.getDefault().publish(result);
        summary.setText(listingSummary + NLS.bind(Messages.ExchangeView_checkSummary, withErrors, withWarnings));
        summary.getParent().layout(true);
    }

    private void showTypedFolder() {
        try {
            showFolder(Path.of(folderText.getText().trim()));
        } catch (InvalidPathException e) {
            summary.setText(NLS.bind(Messages.ExchangeView_noFolder, folderText.getText()));
        }
    }

    /** 参照…: asks for the folder to show (also from 作業の手順). */
    public void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setMessage(Messages.ExchangeView_browseTitle);
        if (folder != null) {
            dialog.setFilterPath(folder.toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            showFolder(Path.of(chosen));
        }
    }

    /** A column whose text the filter searches. */
    private void searchedColumn(String title, int width, Function<Row, String> text) {
        searched.add(text);
        column(title, width, text);
    }

    private void column(String title, int width, Function<Row, String> text) {
        Columns.add(viewer, title, width, text, this::colour, row -> null).getColumn().setMoveable(true);
    }

    /** Dark red for a file with errors (or a rejected name), dark yellow for one with warnings only. */
    private Color colour(Row row) {
        Severity severity = row.rejected() != null ? Severity.ERROR : worst.get(row.path());
        if (severity == Severity.ERROR) {
            return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        }
        return severity == Severity.WARNING ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW) : null;
    }

    /**
     * Whether a row matches every space-separated word of a filter (case-insensitive): in the texts of the
     * searched columns (連番, kind, kind name, month, sender, receiver, file name) or its users.
     */
    boolean matches(Row row, String filter) {
        String trimmed = filter == null ? "" : filter.strip();
        if (trimmed.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder();
        for (Function<Row, String> shown : searched) {
            text.append(Objects.toString(shown.apply(row), "")).append(' ');
        }
        text.append(users.searchText(row.path()));
        // full-width letters and digits (an IME in full-width mode) match their ASCII forms
        String haystack = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String word : Normalizer.normalize(trimmed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).split("[\\s\u3000]+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    // ---- what the 送信単位 view reads ----

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    private void changed() {
        for (Runnable listener : changeListeners) {
            listener.run();
        }
    }

    /** The send units of the folder, in 連番 order. */
    List<jp.careplan.model.exchange.SendUnit> units() {
        return units;
    }

    /** The row of a file of the listing, if it is listed. */
    Row rowOf(Path path) {
        return rows().stream().filter(row -> row.path().equals(path)).findFirst().orElse(null);
    }

    /** Whether the row passes the filter typed now. */
    boolean shown(Row row) {
        return matches(row, filterText.getText());
    }

    /** The check's text of a file: 検査中… until it is done. */
    String checkText(Row row) {
        return checks.getOrDefault(row.path(), Messages.ExchangeView_checking);
    }

    /** Whether the check of a file is done. */
    boolean checked(Row row) {
        return checks.containsKey(row.path());
    }

    /** The worst problem the check found in a file: {@code null} when none (or not checked yet). */
    Severity worst(Row row) {
        return worst.get(row.path());
    }

    /** The distinct users of some files, as the 利用者 column writes one file's. */
    String usersText(List<Row> rows) {
        List<FileUsers.User> all = rows.stream().flatMap(row -> users.of(row.path()).stream()).distinct().toList();
        if (all.size() == 1) {
            String name = users.nameOf(all.get(0));
            return name == null ? all.get(0).insured() : NLS.bind(Messages.ExchangeView_user, name, all.get(0).insured());
        }
        return all.isEmpty() ? "" : NLS.bind(Messages.ExchangeView_users, all.size());
    }

    /** One user as 氏名（被保険者番号）, several as a count; empty until the check has read the file. */
    private String usersText(Row row) {
        List<FileUsers.User> inFile = users.of(row.path());
        if (inFile.size() == 1) {
            FileUsers.User user = inFile.get(0);
            String name = users.nameOf(user);
            return name == null ? user.insured() : NLS.bind(Messages.ExchangeView_user, name, user.insured());
        }
        return inFile.isEmpty() ? "" : NLS.bind(Messages.ExchangeView_users, inFile.size());
    }

    private static String name(Row row, Function<FileName, String> part) {
        return row.file() == null ? "" : part.apply(row.file().getName());
    }

    private static String office(String number, String serviceType) {
        return serviceType == null ? number : number + " / " + serviceType;
    }

    @Override
    public void dispose() {
        if (checkJob != null) {
            checkJob.cancel();
        }
        if (watch != null) {
            watch.close();
            watch = null;
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
