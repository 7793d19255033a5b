/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.ui.internal.CheckResults;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.Editors;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.validation.ExchangeCheck;

/**
 * 問題: every problem the latest check of the exchange folder found — severity, file, line, column,
 * item (the standard's name), rule and message. Enter or a double click opens the file at the record, with the item selected in the Properties view.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.problems";

    /** A problem of a file, with the file's path to open it. */
    record Entry(ExchangeCheck.FileReport file, CsvProblem problem) {
    }

    private TableViewer viewer;
    private final Consumer<ExchangeCheck.Result> listener = this::show;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        Table table = WidgetIds.tag(viewer.getTable(), WidgetIds.PROBLEMS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.ProblemsView_severity, 70, entry -> severity(entry.problem().severity()));
        column(Messages.ProblemsView_file, 330, entry -> entry.file().name());
        column(Messages.ProblemsView_line, 50, entry -> entry.problem().getLine() == 0 ? "" : Integer.toString(entry.problem().getLine()));
        column(Messages.ProblemsView_column, 50,
                entry -> entry.problem().getColumn() == 0 ? "" : Integer.toString(entry.problem().getColumn()));
        column(Messages.ProblemsView_item, 170, entry -> entry.problem().itemName() == null ? "" : entry.problem().itemName());
        column(Messages.ProblemsView_rule, 140, entry -> entry.problem().ruleId());
        column(Messages.ProblemsView_message, 700, entry -> {
            String message = entry.problem().getMessage(Locale.getDefault());
            int rule = message.indexOf("] ");
            return rule < 0 ? message : message.substring(rule + 2);
        });
        viewer.addOpenListener(event -> open((Entry) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        CheckResults.getDefault().addListener(listener);
        if (CheckResults.getDefault().latest() != null) {
            show(CheckResults.getDefault().latest());
        }
    }

    private void show(ExchangeCheck.Result result) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (ExchangeCheck.FileReport file : result.files()) {
            for (CsvProblem problem : file.problems()) {
                entries.add(new Entry(file, problem));
            }
        }
        entries.sort((a, b) -> Integer.compare(a.problem().severity().ordinal(), b.problem().severity().ordinal()));
        viewer.setInput(entries);
        setContentDescription(entries.isEmpty() ? Messages.ProblemsView_none : "");
    }

    /** Opens the file of a problem in the editor of its kind, at its record, with the item selected. */
    private void open(Entry entry) {
        if (entry == null || entry.file().file() == null) {
            return;
        }
        try {
            ModelEditor editor = Editors.open(getSite().getPage(), entry.file().path(),
                    entry.file().file().getName().getKind());
            if (editor != null) {
                editor.selectRecordAtLine(entry.problem().getLine());
                editor.revealItem(entry.problem().itemName());
            }
        } catch (PartInitException e) {
            setContentDescription(e.getMessage());
        }
    }

    private void column(String title, int width, Function<Entry, String> text) {
        Columns.add(viewer, title, width, text, entry -> entry.problem().severity() == Severity.ERROR
                ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null, entry -> null);
    }

    private static String severity(Severity severity) {
        return switch (severity) {
        case ERROR -> Messages.ProblemsView_error;
        case WARNING -> Messages.ProblemsView_warning;
        case INFO -> Messages.ProblemsView_info;
        };
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        CheckResults.getDefault().removeListener(listener);
        super.dispose();
    }
}
