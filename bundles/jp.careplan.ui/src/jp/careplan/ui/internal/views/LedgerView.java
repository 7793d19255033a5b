/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.Ledger;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 証跡台帳: the evidence ledger of the folder the folder view shows — every import, export, save, conversion and creation, with
 * its time, user, file, SHA-256, send unit and keys — filtered as one types (file, action, unit, 被保険者番号, month),
 * and verified on demand: an edited, removed or reordered entry is named by its line.
 */
public final class LedgerView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.ledger";

    private TableViewer table;
    private Text filter;
    private Label status;
    private List<Ledger.Entry> entries = List.of();
    private Path folder;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(parent);
        filter = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), WidgetIds.LEDGER_FILTER);
        filter.setMessage(Messages.Ledger_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.Modify, event -> show());
        Button reload = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.LEDGER_RELOAD);
        reload.setText(Messages.Ledger_reload);
        reload.addListener(SWT.Selection, event -> reload());
        Button verify = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.LEDGER_VERIFY);
        verify.setText(Messages.Ledger_verify);
        verify.addListener(SWT.Selection, event -> verify());
        Button report = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.LEDGER_REPORT);
        report.setText(Messages.Ledger_report);
        report.addListener(SWT.Selection, event -> askForReport());

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(table.getTable(), WidgetIds.LEDGER_TABLE);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Columns.<Ledger.Entry>add(table, "No.", 50, entry -> Long.toString(entry.number()));
        Columns.<Ledger.Entry>add(table, Messages.Ledger_time, 190, Ledger.Entry::time);
        Columns.<Ledger.Entry>add(table, Messages.Ledger_user, 90, Ledger.Entry::user);
        Columns.<Ledger.Entry>add(table, Messages.Ledger_action, 90, entry -> action(entry.action()));
        Columns.<Ledger.Entry>add(table, Messages.Ledger_file, 420, Ledger.Entry::file);
        Columns.<Ledger.Entry>add(table, Messages.Ledger_unit, 130, Ledger.Entry::unit);
        Columns.<Ledger.Entry>add(table, Messages.Ledger_keys, 200, entry -> String.join(" ", entry.keys()));
        Columns.<Ledger.Entry>add(table, "SHA-256", 160, entry -> entry.sha256().substring(0, 16) + "…");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.getTable());
        status = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.LEDGER_STATUS);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
        reload();
    }

    /** Reads the ledger of the folder the folder view shows. */
    public void reload() {
        folder = getSite().getPage().findView(ExchangeView.ID) instanceof ExchangeView exchange ? exchange.folder() : null;
        if (folder == null) {
            entries = List.of();
            status.setText(Messages.Ledger_noFolder);
        } else {
            try {
                entries = jp.careplan.ui.internal.Evidence.ledgerOf(folder).entries();
                status.setText(NLS.bind(Messages.Ledger_count, entries.size(), jp.careplan.ui.internal.Evidence.ledgerOf(folder).file()));
            } catch (IOException e) {
                entries = List.of();
                status.setText(NLS.bind(Messages.Ledger_unreadable, jp.careplan.ui.internal.Evidence.ledgerOf(folder).file().getFileName(), e.getClass().getSimpleName()));
            }
        }
        show();
    }

    /** Checks the ledger and says whether it is whole, or which lines were changed. */
    public void verify() {
        if (folder == null) {
            return;
        }
        try {
            Ledger ledger = jp.careplan.ui.internal.Evidence.ledgerOf(folder);
            List<Ledger.Finding> findings = ledger.verify();
            status.setText(findings.isEmpty() ? NLS.bind(ledger.endKnown() ? Messages.Ledger_whole : Messages.Ledger_wholeEndUnknown, entries.size())
                    : NLS.bind(Messages.Ledger_broken, findings.size(), String.join(", ", findings.stream().limit(5)
                            .map(finding -> NLS.bind(Messages.Ledger_finding, finding.line(), problem(finding.problem()))).toList())));
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.Ledger_unreadable, jp.careplan.ui.internal.Evidence.ledgerOf(folder).file().getFileName(), e.getClass().getSimpleName()));
        }
        status.getParent().layout(true);
    }

    /** Asks for the month and the file, then writes the inspector's report there. */
    private void askForReport() {
        if (folder == null) {
            status.setText(Messages.Ledger_noFolder);
            return;
        }
        String thisMonth = java.time.YearMonth.now().toString().replace("-", "");
        org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(), Messages.Ledger_reportMonth,
                Messages.Ledger_reportMonthPrompt, thisMonth,
                text -> text.strip().matches("\\d{4}(0[1-9]|1[0-2])") ? null : Messages.Ledger_reportMonthInvalid);
        if (ask.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        String month = ask.getValue().strip();
        org.eclipse.swt.widgets.FileDialog where = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
        where.setText(Messages.Ledger_reportWhere);
        where.setFilterExtensions(new String[] { "*.pdf" });
        where.setFilterPath(folder.toAbsolutePath().getParent().toString());
        where.setFileName(folder.getFileName() + "-ledger-" + month + ".pdf");
        where.setOverwrite(true);
        String chosen = where.open();
        if (chosen != null) {
            org.eclipse.swt.custom.BusyIndicator.showWhile(status.getDisplay(), () -> report(month, Path.of(chosen)));
        }
    }

    /**
     * Writes the report of a month of the ledger (運営指導) as PDF, in the workbench's language, and says where; a
     * failure is said by its kind (no Japanese font: what to install), never with the ledger's contents.
     */
    public boolean report(String month, Path target) {
        if (folder == null) {
            return false;
        }
        try {
            java.util.Locale language = java.util.Locale.getDefault().getLanguage().equals("ja") ? java.util.Locale.JAPANESE
                    : java.util.Locale.ENGLISH;
            new jp.careplan.pdf.LedgerReport(jp.careplan.ui.internal.Evidence.ledgerOf(folder), month, language).write(target);
            status.setText(NLS.bind(Messages.Ledger_reportWritten, month, target));
            return true;
        } catch (jp.careplan.pdf.JapaneseFonts.NoFontException e) {
            status.setText(NLS.bind(Messages.Ledger_reportFailed, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.Ledger_reportFailed, e.getClass().getSimpleName()));
        }
        status.getParent().layout(true);
        return false;
    }

    /** The entries shown (after the filter). */
    public List<Ledger.Entry> shown() {
        @SuppressWarnings("unchecked")
        List<Ledger.Entry> input = (List<Ledger.Entry>) table.getInput();
        return input == null ? List.of() : input;
    }

    private void show() {
        String text = filter.getText().strip();
        table.setInput(text.isEmpty() ? entries : Ledger.filter(entries, text));
    }

    private static String action(Ledger.Action action) {
        return switch (action) {
        case IMPORT -> Messages.Ledger_import;
        case EXPORT -> Messages.Ledger_export;
        case SAVE -> Messages.Ledger_save;
        case DELETE -> Messages.Ledger_delete;
        case CONVERT -> Messages.Ledger_convert;
        case CREATE -> Messages.Ledger_create;
        };
    }

    private static String problem(Ledger.Problem problem) {
        return switch (problem) {
        case EDITED -> Messages.Ledger_edited;
        case REMOVED, CUT_SHORT -> Messages.Ledger_removed;
        case REPLACED -> Messages.Ledger_replaced;
        case REORDERED -> Messages.Ledger_reordered;
        case CHAIN -> Messages.Ledger_chain;
        case MALFORMED -> Messages.Ledger_malformed;
        case HEAD_UNREADABLE -> Messages.Ledger_headUnreadable;
        };
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }
}
