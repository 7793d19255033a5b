/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.ui.action.IKeyAction;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;

import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.JapaneseHolidays;
import jp.careplan.model.schedule.PlanActualComparison;
import jp.careplan.model.schedule.ServiceCalendar;
import jp.careplan.model.schedule.ServiceCalendar.Line;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.ui.internal.ExchangeFiles;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * The 第6表 calendar editor (予定 UPPLAN and 実績 UPJSK): one line per user, service, provider and time band,
 * one column per day of the service month (Saturdays, Sundays and holidays shaded), the サービス回数 in the
 * cells, totals per line and per day. Typing a count in a cell edits the record of that day; a count in an
 * empty cell adds a record like the line's others for that day; clearing a cell removes its record. Every
 * edit is one command of the editor's undo history. The grid is NatTable's: only the visible cells are
 * painted, so a file of 100,000 records opens as quickly as a small one.
 */
public final class ScheduleEditor extends ModelEditor implements ISelectionProvider {

    public static final String ID = "jp.careplan.ui.editors.schedule";

    private static final String EDITABLE = "careplan.editable";
    private static final String SATURDAY = "careplan.saturday";
    private static final String DAY_OFF = "careplan.dayOff";
    private static final String TOTAL = "careplan.total";
    private static final String OTHER = "careplan.other";
    private static final String DIFFERS = "careplan.differs";
    private static final int ROW_HEADER_WIDTH = 100;
    private static final int PROVIDER_WIDTH = 220;

    private ServiceCalendar calendar;
    private int[] dayTotals = new int[0];
    /** The grid's lines: the file's own, each followed by the other side's when 並べる is on. */
    private List<GridRow> rows = List.of();
    /** The 第6表 of the other side (実績 for a 予定, 予定 for a 実績), when shown beside; else {@code null}. */
    private ServiceCalendar other;
    private Path otherFile;
    /** How many versions of the other side were read (月途中変更). */
    private int otherVersions;
    /** What the 実績 of the two sides speaks for (a 予定 carries every provider's visits of its users). */
    private PlanActualComparison.Scope otherScope;
    /** The lines shown without the other side: another provider's or kind's (see {@link #otherScope}). */
    private int notCompared;
    private Button sideBySide;
    private Map<ServiceUseRow, int[]> places = new IdentityHashMap<>();
    private NatTable grid;
    private SelectionLayer selectionLayer;
    private DataLayer bodyData;
    private DataLayer columnHeaderData;
    private DataLayer rowHeaderData;
    private Label summary;
    private ISelection selection = StructuredSelection.EMPTY;
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();

    @Override
    protected void prepare() {
        rebuild();
    }

    @Override
    protected void createContent(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(parent);
        summary = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.SCHEDULE_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(summary);
        sideBySide = WidgetIds.tag(new Button(parent, SWT.CHECK), WidgetIds.SCHEDULE_SIDE_BY_SIDE);
        sideBySide.setText(isPlan() ? Messages.ScheduleEditor_withActual : Messages.ScheduleEditor_withPlan);
        sideBySide.setToolTipText(Messages.ScheduleEditor_sideBySideTip);
        sideBySide.addListener(SWT.Selection, event -> showOtherSide(sideBySide.getSelection()));

        bodyData = new DataLayer(new Body(), 40, 22);
        bodyData.setConfigLabelAccumulator((labels, column, row) -> {
            GridRow line = row < rows.size() ? rows.get(row) : null;
            if (line != null && column < calendar.dayCount() && other != null && line.differs(column + 1)) {
                labels.addLabel(DIFFERS);
            }
            if (line != null && line.isOther()) {
                labels.addLabel(OTHER);
            }
            if (column < calendar.dayCount()) {
                addDayLabel(labels::addLabel, column + 1);
                if (line != null && line.editable() && line.own().cell(column + 1).size() <= 1) {
                    labels.addLabel(EDITABLE);
                }
            }
            if (column == calendar.dayCount() || row == rows.size()) {
                labels.addLabel(TOTAL);
            }
        });
        selectionLayer = new SelectionLayer(bodyData);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);

        IDataProvider columnHeader = new ColumnHeader();
        columnHeaderData = new DataLayer(columnHeader, 40, 22);
        columnHeaderData.setConfigLabelAccumulator((labels, column, row) -> {
            if (column < calendar.dayCount()) {
                addDayLabel(labels::addLabel, column + 1);
            }
        });
        ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(columnHeaderData, viewport, selectionLayer);

        IDataProvider rowHeader = new RowHeader();
        rowHeaderData = new DataLayer(rowHeader, ROW_HEADER_WIDTH, 22);
        rowHeaderData.setColumnWidthByPosition(2, PROVIDER_WIDTH);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderData, viewport, selectionLayer);

        // the corner names the row header's columns (NatTable's CornerLayer would show one spanning cell)
        DataLayer corner = new DataLayer(new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return rowHeaderTitles()[column];
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getColumnCount() {
                return rowHeader.getColumnCount();
            }

            @Override
            public int getRowCount() {
                return 1;
            }
        }, ROW_HEADER_WIDTH, 22);
        corner.setColumnWidthByPosition(2, PROVIDER_WIDTH);

        grid = WidgetIds.tag(new NatTable(parent, new GridLayer(viewport, columnHeaderLayer, rowHeaderLayer, corner), false),
                WidgetIds.SCHEDULE_GRID);
        grid.setUiBindingRegistry(new KeysWithoutButtons(grid));
        grid.addConfiguration(new DefaultNatTableStyleConfiguration());
        grid.addConfiguration(new CalendarConfiguration());
        grid.configure();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);

        selectionLayer.addLayerListener(event -> {
            if (event instanceof CellSelectionEvent cell) {
                selected(cell.getColumnPosition(), cell.getRowPosition());
            }
        });
        provideSelection(this);
        bindUndoRedo();
        showSummary();
        if (!rows.isEmpty()) {
            selectCell(0, 0);
        }
    }

    private boolean isPlan() {
        return resource().fileName() == null || !"UPJSK".equals(resource().fileName().getKind());
    }

    /**
     * Shows the other side of the month (実績 beside a 予定, 予定 beside a 実績) under each line, read-only, days
     * that differ marked: the files of the other kind for the same month between the same offices, each user's rows
     * from the newest version naming the user (月途中変更), as 予実突合 and 月の状況 read them.
     */
    private void showOtherSide(boolean show) {
        if (!show) {
            other = null;
            otherFile = null;
            otherScope = null;
            arrange();
            modelShown();
            return;
        }
        List<Path> files = counterparts();
        if (files.isEmpty()) {
            sideBySide.setSelection(false);
            summary.setText(Messages.ScheduleEditor_noOtherSide);
            return;
        }
        Optional<java.time.YearMonth> month = Optional.ofNullable(calendar.month());
        org.eclipse.swt.widgets.Display display = grid.getDisplay();
        FileName own = resource().fileName();
        FileNames names = FileNames.of(LayoutRegistry.getDefault());
        List<FileName> otherNames = files.stream().map(file -> names.parseOrNull(file.getFileName().toString())).toList();
        PlanActualComparison.Scope base = PlanActualComparison.Scope.of(isPlan() ? List.of(own) : otherNames,
                isPlan() ? otherNames : List.of(own));
        boolean plan = isPlan();
        Job job = Job.create(Messages.PlanActualView_reading, monitor -> {
            List<ServiceUseRow> rows = ExchangeFiles.current(files);
            ServiceCalendar read = ServiceCalendar.of(rows, month);
            // beside a 予定, the 実績 read speaks for the providers its rows name too; beside a 実績, its own rows do
            PlanActualComparison.Scope scope = plan ? base.widenedBy(rows) : base;
            display.asyncExec(() -> {
                if (!isDisposed() && sideBySide.getSelection()) {
                    other = read;
                    otherFile = files.get(files.size() - 1);
                    otherVersions = files.size();
                    otherScope = scope;
                    arrange();
                    modelShown();
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** The versions of the 第6表 of the other kind, same month, sender and receiver swapped, in the file's folder, oldest first. */
    private List<Path> counterparts() {
        FileName own = resource().fileName();
        Path folder = ((RecordsEditorInput) getEditorInput()).path().getParent();
        if (own == null || folder == null) {
            return List.of();
        }
        String kind = isPlan() ? "UPJSK" : "UPPLAN";
        FileNames names = FileNames.of(LayoutRegistry.getDefault());
        java.util.TreeMap<String, Path> versions = new java.util.TreeMap<>();
        try {
            for (Path candidate : ExchangeFolder.csvFilesIn(folder)) {
                try {
                    FileName name = names.parse(candidate.getFileName().toString());
                    if (kind.equals(name.getKind()) && FileNames.sameMonthAndOffices(name, own, true)) {
                        // .csv beside .CSV of one name: the first listed is taken, as the folder's check takes it; files
                        // of one serial under other names (a 3.2 and a 4.x name) are both versions
                        versions.putIfAbsent(name.getSerial() + '\0' + candidate.getFileName().toString().toUpperCase(java.util.Locale.ROOT),
                                candidate);
                    }
                } catch (FileNameException e) {
                    // not a file of the standard
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(versions.values());
    }

    /** Arranges the records: in the background after reading, then after every command, executed, undone or redone. */
    private void rebuild() {
        calendar = ServiceCalendar.of(resource().document().getRecords(), monthOfFile());
        arrange();
    }

    /** The grid's lines from the calendar (and the other side's), day totals, and where each record sits. */
    private void arrange() {
        int days = calendar.dayCount();
        List<GridRow> arranged = new ArrayList<>();
        Map<ServiceCalendar.LineKey, Line> others = new LinkedHashMap<>();
        if (other != null) {
            other.lines().forEach(line -> others.put(line.key(), line));
        }
        // another provider's (or kind's) planned lines are not the 実績's to report: shown without a side, not marked
        PlanActualComparison.Scope scope = otherScope == null ? null
                : isPlan() ? otherScope : otherScope.widenedBy(resource().document().getRecords());
        notCompared = 0;
        for (Line line : calendar.lines()) {
            boolean compared = scope == null || !isPlan() || scope.concerns(line.key().providerCode(), line.key().serviceCode());
            notCompared += compared ? 0 : 1;
            arranged.add(new GridRow(line.key(), line, compared ? others.get(line.key()) : null, false, compared));
            if (other != null && compared) {
                arranged.add(new GridRow(line.key(), line, others.remove(line.key()), true, true));
            }
        }
        for (Line line : others.values()) { // lines only the other side has
            if (scope != null && !isPlan() && !scope.concerns(line.key().providerCode(), line.key().serviceCode())) {
                notCompared++;
                continue;
            }
            arranged.add(new GridRow(line.key(), null, line, false, true));
            arranged.add(new GridRow(line.key(), null, line, true, true));
        }
        rows = List.copyOf(arranged);
        places = new IdentityHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            GridRow row = rows.get(r);
            if (row.isOther() || row.own() == null) {
                continue;
            }
            for (int day = 1; day <= days; day++) {
                for (ServiceUseRow record : row.own().cell(day)) {
                    places.put(record, new int[] { day - 1, r });
                }
            }
        }
        arrangeTotals();
    }

    /** The 日計 of every day, from the counts the records hold now. */
    private void arrangeTotals() {
        int days = calendar.dayCount();
        int[] totals = new int[days];
        for (GridRow row : rows) {
            if (!row.isOther() && row.own() != null) {
                for (int day = 1; day <= days; day++) {
                    totals[day - 1] += row.own().count(day);
                }
            }
        }
        dayTotals = totals;
    }

    /**
     * One line of the grid: the file's own line of a key (may be {@code null} when only the other side has it)
     * or, below it, the other side's line of the same key (read-only).
     */
    private record GridRow(ServiceCalendar.LineKey key, Line own, Line otherLine, boolean isOther, boolean compared) {

        Line shown() {
            return isOther ? otherLine : own;
        }

        boolean editable() {
            return !isOther && own != null;
        }

        boolean differs(int day) {
            return compared && (own == null ? 0 : own.count(day)) != (otherLine == null ? 0 : otherLine.count(day));
        }
    }

    private Optional<java.time.YearMonth> monthOfFile() {
        String month = resource().fileName() == null ? null : resource().fileName().getMonth();
        if (month == null || month.length() != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.YearMonth.of(Integer.parseInt(month.substring(0, 4)),
                    Integer.parseInt(month.substring(4))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void showSummary() {
        if (calendar.month() == null) {
            summary.setText(Messages.ScheduleEditor_noMonth);
            return;
        }
        long users = calendar.lines().stream().map(line -> line.key().insuredNumber()).distinct().count();
        String text = NLS.bind(Messages.ScheduleEditor_summary, new Object[] { calendar.month().getYear(),
                calendar.month().getMonthValue(), users, calendar.lines().size(), calendar.total() });
        if (calendar.outsideMonth() > 0) {
            text += NLS.bind(Messages.ScheduleEditor_outside, calendar.outsideMonth());
        }
        if (otherFile != null) {
            text += otherVersions > 1 ? NLS.bind(Messages.ScheduleEditor_besideVersions, otherFile.getFileName(), otherVersions)
                    : NLS.bind(Messages.ScheduleEditor_beside, otherFile.getFileName());
            if (notCompared > 0) {
                text += NLS.bind(Messages.ScheduleEditor_notCompared, notCompared);
            }
        }
        summary.setText(text);
    }

    private void addDayLabel(java.util.function.Consumer<String> labels, int day) {
        LocalDate date = calendar.month().atDay(day);
        if (JapaneseHolidays.isSundayOrHoliday(date)) {
            labels.accept(DAY_OFF);
        } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            labels.accept(SATURDAY);
        }
    }

    // ---- editing ----

    /** Applies a count typed into a day cell as one command; {@code null} or empty removes the day's record. */
    private void setCount(int column, int row, Object value) {
        Line line = rows.get(row).own();
        int day = column + 1;
        List<ServiceUseRow> cell = line.cell(day);
        String count = value == null ? "" : value.toString().trim();
        Command command;
        if (cell.size() > 1) {
            return; // not editable: several records share the day (the raw view edits them)
        } else if (cell.size() == 1) {
            ServiceUseRow record = cell.get(0);
            if (count.isEmpty()) {
                command = RemoveCommand.create(getEditingDomain(), resource().document(),
                        CareplanPackage.Literals.CAREPLAN_DOCUMENT__RECORDS, record);
            } else if (count.equals(record.getServiceCount())) {
                return;
            } else {
                command = SetCommand.create(getEditingDomain(), record, CareplanPackage.Literals.SERVICE_USE_ROW__SERVICE_COUNT,
                        count);
            }
        } else if (count.isEmpty()) {
            return;
        } else {
            ServiceUseRow added = EcoreUtil.copy(line.template());
            added.setServiceDate(calendar.serviceDate(day));
            added.setServiceCount(count);
            command = AddCommand.create(getEditingDomain(), resource().document(),
                    CareplanPackage.Literals.CAREPLAN_DOCUMENT__RECORDS, added, insertionIndex(line, added.getServiceDate()));
        }
        getEditingDomain().getCommandStack().execute(command);
    }

    /** Where a new day of a line goes: after the line's record of the latest earlier day, else before its first. */
    private int insertionIndex(Line line, String serviceDate) {
        List<Record> records = resource().document().getRecords();
        ServiceUseRow before = null;
        for (ServiceUseRow row : line.rows()) {
            if (row.getServiceDate().compareTo(serviceDate) < 0
                    && (before == null || row.getServiceDate().compareTo(before.getServiceDate()) >= 0)) {
                before = row;
            }
        }
        if (before != null) {
            return records.indexOf(before) + 1;
        }
        ServiceUseRow earliest = line.rows().get(0);
        for (ServiceUseRow row : line.rows()) {
            if (row.getServiceDate().compareTo(earliest.getServiceDate()) < 0) {
                earliest = row;
            }
        }
        return records.indexOf(earliest);
    }

    private static boolean isCount(Object value) {
        String text = value == null ? "" : value.toString().trim();
        return text.isEmpty() || text.matches("[0-9]{1,2}"); // サービス回数: 2 digits
    }

    @Override
    protected boolean isDisposed() {
        return grid == null || grid.isDisposed();
    }

    @Override
    protected void modelChanged() {
        Command command = lastCommand();
        if (severalChanges()) {
            rebuild(); // several commands since the grid was shown: the last one does not tell them all
        } else if (countsOnly(command)) {
            // the lines and days stay as they are: only totals change (a typed count, its undo and redo)
            arrangeTotals();
        } else if (!followedInPlace(command)) {
            rebuild();
        }
        modelShown();
    }

    /**
     * Follows a day added or cleared (its undo, its redo) in the line it belongs to, without arranging the file
     * again; false when that is not possible (a new line, a line left empty, another kind of change).
     */
    private boolean followedInPlace(Command command) {
        if (!(command instanceof AddCommand || command instanceof RemoveCommand) || other != null) {
            return false;
        }
        java.util.Collection<?> changed = command instanceof AddCommand add ? add.getCollection()
                : ((RemoveCommand) command).getCollection();
        if (changed == null || changed.size() != 1 || !(changed.iterator().next() instanceof ServiceUseRow row)) {
            return false;
        }
        boolean inFile = row.eContainer() == resource().document();
        if (inFile == places.containsKey(row)) {
            return true; // already followed
        }
        Line line = inFile ? calendar.place(row) : calendar.unplace(row);
        if (line == null) {
            return false;
        }
        if (inFile) {
            int index = -1;
            for (int r = 0; r < rows.size() && index < 0; r++) {
                if (rows.get(r).own() == line && !rows.get(r).isOther()) {
                    index = r;
                }
            }
            places.put(row, new int[] { ServiceCalendar.parseDayOfMonth(row.getServiceDate()) - 1, index });
        } else {
            places.remove(row);
        }
        arrangeTotals();
        return true;
    }

    /** Whether a command only sets サービス回数 of existing records. */
    private static boolean countsOnly(Command command) {
        if (command instanceof SetCommand set) {
            return set.getFeature() == CareplanPackage.Literals.SERVICE_USE_ROW__SERVICE_COUNT;
        }
        return command instanceof org.eclipse.emf.common.command.CompoundCommand compound && !compound.getCommandList().isEmpty()
                && compound.getCommandList().stream().allMatch(ScheduleEditor::countsOnly);
    }

    /** Shows the arrangement again, keeping the selected cell's records in the Properties view. */
    private void modelShown() {
        grid.refresh();
        showSummary();
        PositionAnchor anchor = anchor();
        if (anchor != null) {
            selected(anchor.column, anchor.row);
        }
    }

    // ---- selection ----

    private record PositionAnchor(int column, int row) {
    }

    private PositionAnchor anchor() {
        var anchor = selectionLayer.getSelectionAnchor();
        return anchor == null || anchor.getColumnPosition() < 0 || anchor.getRowPosition() < 0 ? null
                : new PositionAnchor(anchor.getColumnPosition(), anchor.getRowPosition());
    }

    private void selected(int column, int row) {
        List<Object> records = new ArrayList<>();
        if (row >= 0 && row < rows.size() && rows.get(row).editable() && column >= 0 && column < calendar.dayCount()) {
            records.addAll(rows.get(row).own().cell(column + 1));
        }
        setSelection(new StructuredSelection(records));
    }

    /** Selects a cell of the grid (0-based day column and line) and scrolls it into view. */
    public void selectCell(int column, int row) {
        grid.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
        selectionLayer.doCommand(new ShowCellInViewportCommand(column, row));
    }

    @Override
    public void selectRecord(Record record) {
        int[] place = places.get(record);
        if (place != null) {
            selectCell(place[0], place[1]);
        }
    }

    @Override
    protected ISelection selection() {
        return selection;
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
        for (ISelectionChangedListener listener : selectionListeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    /** The arrangement shown, for tests and the views that follow the editor. */
    public ServiceCalendar calendar() {
        return calendar;
    }

    /** The text of a body cell (day column or 合計; a line or 日計), 0-based, wherever the grid is scrolled. */
    public String cellText(int column, int row) {
        return String.valueOf(bodyData.getDataValueByPosition(column, row));
    }

    /** The configuration labels of a body cell: how it is shaded and whether it can be edited. */
    public List<String> cellLabels(int column, int row) {
        return bodyData.getConfigLabelsByPosition(column, row).getLabels();
    }

    /** The title of a day column (or 合計). */
    public String columnTitle(int column) {
        return String.valueOf(columnHeaderData.getDataValueByPosition(column, 0));
    }

    /** What the row header says of a line: 0 被保険者番号, 1 サービスコード, 2 サービス事業者, 3 提供時間帯. */
    public String lineTitle(int column, int row) {
        return String.valueOf(rowHeaderData.getDataValueByPosition(column, row));
    }

    /** The selected cell as {@code column,row} of the body, or empty when none is. */
    public String selectedCell() {
        PositionAnchor anchor = anchor();
        return anchor == null ? "" : anchor.column() + "," + anchor.row();
    }

    /** The grid, for tests. */
    public NatTable grid() {
        return grid;
    }

    @Override
    protected void focusContent() {
        grid.setFocus();
    }

    // ---- the grid's data ----

    private static String[] rowHeaderTitles() {
        return new String[] { Messages.ScheduleEditor_insured, Messages.ScheduleEditor_service,
                Messages.ScheduleEditor_provider, Messages.ScheduleEditor_time };
    }

    /** Day cells and totals. */
    private final class Body implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            int days = calendar.dayCount();
            if (row == rows.size()) {
                int total = column == days ? calendar.total() : dayTotals[column];
                return total == 0 ? "" : Integer.toString(total);
            }
            Line line = rows.get(row).shown();
            if (line == null) {
                return "";
            }
            if (column == days) {
                return Integer.toString(line.total());
            }
            List<ServiceUseRow> cell = line.cell(column + 1);
            if (cell.isEmpty()) {
                return "";
            }
            // one record: its count as the file writes it (nothing is repaired); several: their sum
            return cell.size() == 1 ? cell.get(0).getServiceCount() : Integer.toString(line.count(column + 1));
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            if (row < rows.size() && rows.get(row).editable() && column < calendar.dayCount()) {
                setCount(column, row, value);
            }
        }

        @Override
        public int getColumnCount() {
            return calendar.dayCount() + 1;
        }

        @Override
        public int getRowCount() {
            return rows.size() + 1;
        }
    }

    /** Day and weekday, then 合計. */
    private final class ColumnHeader implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            if (column == calendar.dayCount()) {
                return Messages.ScheduleEditor_total;
            }
            LocalDate date = calendar.month().atDay(column + 1);
            return (column + 1) + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault());
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getColumnCount() {
            return calendar.dayCount() + 1;
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    /** What a line is: 被保険者番号, サービスコード, サービス事業者, time band; 日計 on the totals line. */
    private final class RowHeader implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            if (row == rows.size()) {
                return column == 0 ? Messages.ScheduleEditor_dayTotal : "";
            }
            GridRow shown = rows.get(row);
            if (shown.isOther()) {
                return column == 0 ? "　└ " + (isPlan() ? Messages.PlanActualView_delivered : Messages.PlanActualView_planned) : "";
            }
            ServiceCalendar.LineKey key = shown.key();
            Line line = shown.shown() != null ? shown.shown() : shown.otherLine();
            return switch (column) {
            case 0 -> key.insuredNumber();
            case 1 -> key.serviceCode();
            case 2 -> key.providerCode() + (key.satelliteBranch().isEmpty() ? "" : "-" + key.satelliteBranch()) + " "
                    + line.providerName();
            default -> key.timeBand();
            };
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public int getRowCount() {
            return rows.size() + 1;
        }
    }

    /**
     * NatTable's key bindings match the modifier state exactly, mouse buttons included: a key pressed while
     * a button is held (or reported held, as some X servers do for synthesized input) would do nothing.
     * Keys are matched here by their keyboard modifiers only.
     */
    private static final class KeysWithoutButtons extends UiBindingRegistry {
        KeysWithoutButtons(NatTable grid) {
            super(grid);
        }

        @Override
        public IKeyAction getKeyEventAction(KeyEvent event) {
            int state = event.stateMask;
            event.stateMask &= ~SWT.BUTTON_MASK;
            try {
                return super.getKeyEventAction(event);
            } finally {
                event.stateMask = state;
            }
        }
    }

    /** Which cells are editable, what a count may be, and the shading of days and totals. */
    private static final class CalendarConfiguration extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry registry) {
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
                    DisplayMode.EDIT, EDITABLE);
            registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new DataValidator() {
                @Override
                public boolean validate(int column, int row, Object value) {
                    return isCount(value);
                }
            }, DisplayMode.EDIT, EDITABLE);
            shade(registry, SATURDAY, 226, 236, 255);
            shade(registry, DAY_OFF, 255, 228, 228);
            shade(registry, TOTAL, 238, 238, 238);
            shade(registry, OTHER, 246, 246, 246);
            shade(registry, DIFFERS, 255, 236, 179);
        }

        private static void shade(IConfigRegistry registry, String label, int red, int green, int blue) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(red, green, blue));
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
        }
    }
}
