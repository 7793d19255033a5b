/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.AnnexRecomputation;
import jp.careplan.model.schedule.AnnexRecomputation.Line;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.ExchangeFiles;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * The 第7表 editor: the rows per user as the form has them (detail rows per service and provider, the
 * 種類別小計 and the 全合計), each 回数／日数 and サービス単位／金額 beside what the 第6表 of the same send unit
 * makes of it (see {@link AnnexRecomputation}), differences highlighted. 再計算値を反映 sets the recomputed
 * values of the selected rows as one command of the editor's undo history; any item is edited in the
 * Properties view.
 */
public final class AnnexEditor extends ModelEditor {

    public static final String ID = "jp.careplan.ui.editors.annex";

    private List<Record> schedule = List.of();
    private Path scheduleFile;
    private List<Line> lines = List.of();
    private final Map<ServiceUseAnnexRow, Line> byRow = new IdentityHashMap<>();
    private TableViewer viewer;
    private Label summary;

    @Override
    protected void prepare() {
        scheduleFile = scheduleOfTheUnit();
        schedule = scheduleFile == null ? List.of() : ExchangeFiles.read(List.of(scheduleFile));
        recompute();
    }

    /** The 第6表 予定 of the same send unit (same ファイル連番, sender and receiver) in the file's folder. */
    private Path scheduleOfTheUnit() {
        FileName own = resource().fileName();
        Path file = ((RecordsEditorInput) getEditorInput()).path();
        if (own == null || file.getParent() == null) {
            return null;
        }
        FileNames names = FileNames.of(LayoutRegistry.getDefault());
        try {
            for (Path candidate : ExchangeFolder.csvFilesIn(file.getParent())) {
                try {
                    FileName name = names.parse(candidate.getFileName().toString());
                    if ("UPPLAN".equals(name.getKind()) && Objects.equals(name.getSerial(), own.getSerial())
                            && Objects.equals(name.getSenderOffice(), own.getSenderOffice())
                            && Objects.equals(name.getReceiverOffice(), own.getReceiverOffice())) {
                        return candidate;
                    }
                } catch (FileNameException e) {
                    // not a file of the standard: not the 第6表 of this unit
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private void recompute() {
        lines = AnnexRecomputation.of(resource().document().getRecords(), schedule);
        byRow.clear();
        lines.forEach(line -> byRow.put(line.row(), line));
    }

    @Override
    protected void createContent(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        summary = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.ANNEX_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        Button apply = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.ANNEX_APPLY);
        apply.setText(Messages.AnnexEditor_apply);
        apply.setToolTipText(Messages.AnnexEditor_applyTip);
        apply.addListener(SWT.Selection, event -> applySelected());

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = WidgetIds.tag(viewer.getTable(), WidgetIds.ANNEX_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.PlanActualView_insured, 110, row -> row.getInsuredNumber(), line -> false);
        column(Messages.AnnexEditor_rowType, 200, row -> row.getRowType().getLiteral(), line -> false);
        column(Messages.PlanActualView_service, 90, ServiceUseAnnexRow::getServiceCode, line -> false);
        column(Messages.PlanActualView_provider, 110, ServiceUseAnnexRow::getProviderCode, line -> false);
        column(Messages.AnnexEditor_units, 70, ServiceUseAnnexRow::getUnits, line -> false);
        column(Messages.AnnexEditor_count, 80, ServiceUseAnnexRow::getCountOrDays, Line::countDiffers);
        column(Messages.AnnexEditor_expectedCount, 90, row -> Objects.toString(byRow.get(row).expectedCount(), ""),
                Line::countDiffers);
        column(Messages.AnnexEditor_amount, 110, ServiceUseAnnexRow::getServiceUnitsAmount, Line::amountDiffers);
        column(Messages.AnnexEditor_expectedAmount, 110, row -> Objects.toString(byRow.get(row).expectedAmount(), ""),
                Line::amountDiffers);
        viewer.setInput(lines.stream().map(Line::row).toList());
        provideSelection(viewer);
        bindUndoRedo();
        showSummary();
        // the 第6表 may have been saved since it was read: read it again whenever this editor comes to the front
        getSite().getPage().addPartListener(activation);
    }

    private final org.eclipse.ui.IPartListener2 activation = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPartReference reference) {
            if (reference.getPart(false) == AnnexEditor.this && scheduleFile != null) {
                rereadSchedule();
            }
        }
    };

    private void rereadSchedule() {
        Path file = scheduleFile;
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        org.eclipse.core.runtime.jobs.Job.create(Messages.PlanActualView_reading, monitor -> {
            List<Record> read = ExchangeFiles.read(List.of(file));
            display.asyncExec(() -> {
                if (!isDisposed()) {
                    schedule = read;
                    modelChanged();
                }
            });
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public void dispose() {
        if (getSite() != null && getSite().getPage() != null) {
            getSite().getPage().removePartListener(activation);
        }
        super.dispose();
    }

    private void showSummary() {
        long differing = lines.stream().filter(Line::differs).count();
        summary.setText(scheduleFile == null ? Messages.AnnexEditor_noSchedule
                : NLS.bind(Messages.AnnexEditor_summary, scheduleFile.getFileName(), differing));
        summary.getParent().layout(true);
    }

    /** Sets the recomputed values of the selected rows that differ, as one command. */
    public void applySelected() {
        CompoundCommand command = new CompoundCommand(Messages.AnnexEditor_apply);
        for (Object element : viewer.getStructuredSelection().toList()) {
            Line line = byRow.get(element);
            if (line == null) {
                continue;
            }
            if (line.countDiffers()) {
                command.append(SetCommand.create(getEditingDomain(), line.row(),
                        CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS, line.expectedCount()));
            }
            if (line.amountDiffers()) {
                command.append(SetCommand.create(getEditingDomain(), line.row(),
                        CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT, line.expectedAmount()));
            }
        }
        if (!command.isEmpty()) {
            getEditingDomain().getCommandStack().execute(command);
        }
    }

    /** The rows with what the 第6表 makes of them, for tests. */
    public List<Line> lines() {
        return lines;
    }

    @Override
    protected boolean isDisposed() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    @Override
    protected void modelChanged() {
        recompute();
        viewer.setInput(lines.stream().map(Line::row).toList());
        showSummary();
    }

    @Override
    protected ISelection selection() {
        return viewer.getSelection();
    }

    @Override
    public void selectRecord(Record record) {
        viewer.setSelection(new StructuredSelection(record), true);
    }

    @Override
    protected void focusContent() {
        viewer.getControl().setFocus();
    }

    private void column(String title, int width, Function<ServiceUseAnnexRow, String> text,
            java.util.function.Predicate<Line> differs) {
        Columns.add(viewer, title, width, text, row -> null, row -> {
            Line line = byRow.get(row);
            return line != null && differs.test(line) ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_YELLOW) : null;
        });
    }
}
