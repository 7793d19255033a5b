/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.prefs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import jp.careplan.csv.CodeListImport;
import jp.careplan.layout.CodeListRegistry;
import jp.careplan.layout.CodeListRegistry.Contribution;
import jp.careplan.layout.CodeListRegistry.FormatException;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.UserCodeLists;
import jp.careplan.ui.internal.WidgetIds;

/**
 * Window › Preferences › careplan › コード一覧: the code lists the installed bundles contribute (the 福祉用具 products
 * for TAISコード and 福祉用具届出コード), which one the editors use, and the office's own list imported over a bundle's
 * sample (or removed again). A file that cannot be imported is refused whole, naming its line.
 */
public final class CodeListsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private TableViewer table;

    public CodeListsPreferencePage() {
        setDescription(Messages.CodeLists_description);
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
        UserCodeLists.imports();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        WidgetIds.tag(table.getTable(), WidgetIds.CODE_LISTS);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.CodeLists_name, 260, Contribution::name);
        column(Messages.CodeLists_items, 200, list -> String.join("、", list.items().stream().sorted().toList()));
        column(Messages.CodeLists_inUse, 260, this::inUse);
        GridDataFactory.fillDefaults().grab(true, true).span(1, 2).hint(560, 160).applyTo(table.getTable());

        Button importButton = WidgetIds.tag(new Button(body, SWT.PUSH), WidgetIds.CODE_LISTS_IMPORT);
        importButton.setText(Messages.CodeLists_import);
        GridDataFactory.fillDefaults().applyTo(importButton);
        importButton.addListener(SWT.Selection, event -> selected().ifPresent(list -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.csv;*.CSV;*.txt", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                importFile(list, Path.of(chosen));
            }
        }));
        Button removeButton = WidgetIds.tag(new Button(body, SWT.PUSH), WidgetIds.CODE_LISTS_REMOVE);
        removeButton.setText(Messages.CodeLists_remove);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(removeButton);
        removeButton.addListener(SWT.Selection, event -> selected().ifPresent(list -> {
            try {
                UserCodeLists.imports().remove(list, CodeListRegistry.getDefault());
                setMessage(NLS.bind(Messages.CodeLists_removed, list.name()), INFORMATION);
            } catch (IOException e) {
                setErrorMessage(NLS.bind(Messages.CodeLists_failed, e.getClass().getSimpleName()));
            }
            table.refresh();
        }));

        table.setInput(contributed());
        if (!contributed().isEmpty()) {
            table.getTable().setSelection(0);
        }
        return body;
    }

    /**
     * Imports a file as the list the user keeps for a contributed one (for the button, and for tests that cannot work
     * the system's file dialog).
     */
    public void importFile(Contribution list, Path file) {
        try {
            List<CodeListRegistry.Entry> entries = CodeListImport.read(file);
            UserCodeLists.imports().store(list, entries, CodeListRegistry.getDefault());
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.CodeLists_imported, entries.size(), list.name()), INFORMATION);
        } catch (FormatException e) {
            setErrorMessage(NLS.bind(Messages.CodeLists_badLine, file.getFileName(), e.line()));
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.CodeLists_failed, e.getClass().getSimpleName()));
        }
        table.refresh();
    }

    /** The lists the bundles contribute (an imported list shows as the one in use of its row). */
    public static List<Contribution> contributed() {
        return CodeListRegistry.getDefault().contributions().stream().filter(list -> !CodeListImport.isImported(list)).toList();
    }

    private Optional<Contribution> selected() {
        Object first = table.getStructuredSelection().getFirstElement();
        return Optional.ofNullable((Contribution) first);
    }

    /** 「取り込んだ一覧（120件）」 or 「見本（24件）」, and a tie when there is one. */
    private String inUse(Contribution list) {
        String item = list.items().stream().sorted().findFirst().orElse(null);
        Optional<CodeListRegistry.Resolution> chosen = item == null ? Optional.empty() : CodeListRegistry.getDefault().forItem(item);
        if (chosen.isEmpty()) {
            return Messages.CodeLists_unreadable;
        }
        CodeListRegistry.Resolution resolution = chosen.get();
        String text = CodeListImport.isImported(resolution.chosen())
                ? NLS.bind(Messages.CodeLists_importedList, resolution.entries().size())
                : NLS.bind(Messages.CodeLists_bundleList, resolution.chosen().contributor(), resolution.entries().size());
        return resolution.ties().isEmpty() ? text : text + NLS.bind(Messages.CodeLists_ties, resolution.ties().size());
    }

    private void column(String title, int width, Function<Contribution, String> text) {
        Columns.add(table, title, width, text);
    }
}
