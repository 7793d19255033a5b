/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jp.careplan.csv.ExchangeImport;
import jp.careplan.csv.ExchangeImport.Item;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * ファイルの取り込み: received files or a folder of them brought into the exchange folder. The page lists what
 * will happen to each file (取り込む, 同じファイルあり, 同名の別ファイルあり: never overwritten, 名前が規約外 with
 * the reason); Finish copies with progress and Cancel.
 */
public final class ImportFilesWizard extends Wizard {

    private final Path folder;
    private final ExchangeImport importer = new ExchangeImport(FileNames.of(LayoutRegistry.getDefault()));
    private Page page;
    private List<Path> written = List.of();

    public ImportFilesWizard(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    /** Opens the wizard in a dialog whose Finish button says what it does (取り込む). */
    public static int open(Shell shell, ImportFilesWizard wizard) {
        return Wizards.open(shell, wizard, Messages.Import_finish, WidgetIds.IMPORT_FINISH);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The files written by Finish. */
    public List<Path> written() {
        return written;
    }

    @Override
    public boolean canFinish() {
        return page != null && page.items.stream().anyMatch(item -> item.action() == ExchangeImport.Action.COPY);
    }

    @Override
    public boolean performFinish() {
        List<Item> items = page.items;
        List<Path>[] result = new List[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.Import_copying, IProgressMonitor.UNKNOWN);
                try {
                    result[0] = importer.run(items, folder, monitor::isCanceled);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(NLS.bind(Messages.Export_failed, e.getCause().getClass().getSimpleName()));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        written = result[0];
        return true;
    }

    /** Where from, and what will happen to each file. */
    private final class Page extends WizardPage {
        private Text source;
        private TableViewer table;
        private List<Item> items = List.of();

        Page() {
            super("import");
            setTitle(Messages.Import_title);
            setDescription(NLS.bind(Messages.Import_description, folder));
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
            new Label(body, SWT.NONE).setText(Messages.Import_source);
            source = WidgetIds.tag(new Text(body, SWT.BORDER), WidgetIds.IMPORT_SOURCE);
            source.setMessage(Messages.Import_sourceHint);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
            // Enter lists the typed paths (rather than pressing the dialog's default button)
            source.addListener(SWT.Traverse, event -> {
                if (event.detail == SWT.TRAVERSE_RETURN) {
                    event.doit = false;
                    list(paths(source.getText()));
                }
            });
            Button files = new Button(body, SWT.PUSH);
            files.setText(Messages.Import_files);
            files.addListener(SWT.Selection, event -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
                dialog.setFilterExtensions(new String[] { "*.CSV;*.csv", "*" });
                if (dialog.open() != null) {
                    List<Path> chosen = new ArrayList<>();
                    for (String name : dialog.getFileNames()) {
                        chosen.add(Path.of(dialog.getFilterPath(), name));
                    }
                    source.setText(String.join(";", chosen.stream().map(Path::toString).toList()));
                    list(chosen);
                }
            });
            Button directory = new Button(body, SWT.PUSH);
            directory.setText(Messages.Import_folder);
            directory.addListener(SWT.Selection, event -> {
                String chosen = new DirectoryDialog(getShell()).open();
                if (chosen != null) {
                    source.setText(chosen);
                    list(List.of(Path.of(chosen)));
                }
            });

            table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            WidgetIds.tag(table.getTable(), WidgetIds.IMPORT_FILES);
            table.getTable().setHeaderVisible(true);
            table.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.ExchangeView_columnFile, 420, Item::name);
            column(Messages.Import_action, 160, this::actionText);
            column(Messages.ExchangeView_columnProblem, 400,
                    item -> item.problem() == null ? "" : item.problem().getMessage(Locale.getDefault()));
            GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table.getTable());
            setControl(body);
            setPageComplete(false);
        }

        private List<Path> paths(String text) {
            List<Path> paths = new ArrayList<>();
            for (String part : text.split(";")) {
                if (!part.isBlank()) {
                    try {
                        paths.add(Path.of(part.strip()));
                    } catch (InvalidPathException e) {
                        setErrorMessage(NLS.bind(Messages.ExchangeView_noFolder, part));
                    }
                }
            }
            return paths;
        }

        private void list(List<Path> sources) {
            // listing reads folders and compares files with those already there: never on the UI thread
            List<Item>[] planned = new List[1];
            try {
                getContainer().run(true, true, monitor -> {
                    monitor.beginTask(Messages.Import_title, IProgressMonitor.UNKNOWN);
                    try {
                        planned[0] = importer.plan(sources, folder);
                    } catch (IOException e) {
                        throw new InvocationTargetException(e);
                    }
                });
                items = planned[0];
                setErrorMessage(null);
            } catch (InvocationTargetException e) {
                items = List.of();
                setErrorMessage(NLS.bind(Messages.ExchangeView_unreadable, String.join(", ", sources.stream().map(Path::toString).toList())));
            } catch (InterruptedException e) {
                items = List.of();
            }
            table.setInput(items);
            long copies = items.stream().filter(item -> item.action() == ExchangeImport.Action.COPY).count();
            setMessage(NLS.bind(Messages.Import_count, copies, items.size()));
            setPageComplete(copies > 0);
            getContainer().updateButtons();
        }

        private String actionText(Item item) {
            return switch (item.action()) {
            case COPY -> Messages.Import_copy;
            case SAME_EXISTS -> Messages.Import_same;
            case CONFLICT -> Messages.Import_conflict;
            case BAD_NAME -> Messages.Import_badName;
            };
        }

        private void column(String title, int width, Function<Item, String> text) {
            Columns.add(table, title, width, text);
        }
    }
}
