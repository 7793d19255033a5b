/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.table3.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.editors.ModelEditor;

/**
 * 週間サービス計画表 (第3表) as the form lays it out: one user's week, the hours of the day down and 月 to 日 across,
 * each service in the hours it covers (its times in the first), 主な日常生活上の活動 in the last column, entries
 * without a time in a row of their own, and 週単位以外のサービス below. A file may hold several users' plans: the
 * user is chosen above the grid. The arrow keys move from cell to cell; the entries of the cell are the editor's
 * selection, so the Properties view edits them under the standard's item names; Insert adds an entry at the cell
 * (the day and the hour set, the keys copied from the user's plan), Delete removes the cell's entries, Enter shows
 * the entry's 介護サービス内容 in the Properties view — all undoable; in 週単位以外のサービス the selected line is the
 * selection, and Insert and Delete work the same way. A file with no record has no user to add entries for: the
 * first record of a plan is written with its 第1表. The records are reached by their features'
 * names, as the layout of 第3表 names them; the file is written back as read.
 */
public final class WeeklyPlanEditor extends ModelEditor implements ISelectionProvider {

    /** The editor's id, as plugin.xml declares it. */
    public static final String ID = "jp.careplan.table3.ui.weeklyEditor";

    /** The columns of the days, 曜日 codes 1-7 (月曜日:1 … 日曜日:7) in the order of the form. */
    static final String[] DAYS = { Messages.monday, Messages.tuesday, Messages.wednesday, Messages.thursday, Messages.friday,
            Messages.saturday, Messages.sunday };
    /** The grid's rows: the 24 hours, then the entries that have no time. */
    static final int UNTIMED = 24;
    /** The column of 主な日常生活上の活動 (after the hour and the seven days). */
    static final int ACTIVITY_COLUMN = 8;

    private Combo users;
    private TableViewer grid;
    private TableViewerFocusCellManager focus;
    private org.eclipse.swt.widgets.List others;
    /** The records behind the lines of {@link #others}. */
    private final List<Record> otherRecords = new ArrayList<>();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    /** The users' keys (保険者番号, 被保険者番号, 居宅サービス計画作成（変更）日) in the order of the file. */
    private final List<List<String>> userKeys = new ArrayList<>();

    @Override
    protected void createContent(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.user);
        users = new Combo(parent, SWT.READ_ONLY);
        users.setData("org.eclipse.swtbot.widget.key", "weekly.users");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(users);
        users.addListener(SWT.Selection, event -> refreshGrid());

        grid = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        grid.getTable().setData("org.eclipse.swtbot.widget.key", "weekly.grid");
        grid.getTable().setHeaderVisible(true);
        grid.getTable().setLinesVisible(true);
        grid.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.hour, 90, -1);
        for (int day = 0; day < DAYS.length; day++) {
            column(DAYS[day], 130, day);
        }
        column(Messages.activity, 200, ACTIVITY_COLUMN);
        focus = new TableViewerFocusCellManager(grid, new FocusCellOwnerDrawHighlighter(grid));
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(grid);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(grid.getTable());
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row <= UNTIMED; row++) {
            rows.add(Integer.valueOf(row));
        }
        grid.setInput(rows);
        grid.getTable().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.INSERT) {
                addEntry();
            } else if (event.keyCode == SWT.DEL) {
                removeEntries();
            }
        });
        grid.getTable().addListener(SWT.DefaultSelection, event -> showContent());
        // the focused cell's entries are the selection, whichever way the focus moved
        grid.getTable().addListener(SWT.KeyUp, event -> fireSelection());
        grid.getTable().addListener(SWT.MouseUp, event -> fireSelection());

        MenuManager menu = new MenuManager();
        menu.add(new Action(Messages.add) {
            @Override
            public void run() {
                addEntry();
            }
        });
        menu.add(new Action(Messages.remove) {
            @Override
            public void run() {
                removeEntries();
            }
        });
        grid.getTable().setMenu(menu.createContextMenu(grid.getTable()));

        Label othersLabel = new Label(parent, SWT.NONE);
        othersLabel.setText(Messages.nonWeekly);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(othersLabel);
        others = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
        others.setData("org.eclipse.swtbot.widget.key", "weekly.nonWeekly");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(others);
        // a 週単位以外のサービス is selected, added and removed here as the grid's entries are
        others.addListener(SWT.Selection, event -> fireSelection());
        others.addListener(SWT.FocusIn, event -> fireSelection());
        grid.getTable().addListener(SWT.FocusIn, event -> fireSelection());
        others.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.INSERT) {
                addOther();
            } else if (event.keyCode == SWT.DEL) {
                Record selected = selectedOther();
                if (selected != null) {
                    getEditingDomain().getCommandStack().execute(RemoveCommand.create(getEditingDomain(), resource().document(),
                            CareplanPackage.Literals.CAREPLAN_DOCUMENT__RECORDS, List.of(selected)));
                }
            }
        });

        provideSelection(this);
        bindUndoRedo();
        refreshUsers();
    }

    private void column(String title, int width, int index) {
        TableViewerColumn column = new TableViewerColumn(grid, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new CellLabelProvider() {
            @Override
            public void update(ViewerCell cell) {
                int row = ((Integer) cell.getElement()).intValue();
                cell.setText(index < 0 ? hourLabel(row) : text(row, index));
            }

            @Override
            public String getToolTipText(Object element) {
                // the whole text of a cell too narrow for it
                String text = index < 0 ? null : text(((Integer) element).intValue(), index);
                return text == null || text.isEmpty() ? null : text;
            }
        });
    }

    /** 「午前 9:00」: the hour with the part of the day the form prints beside it. */
    static String hourLabel(int row) {
        if (row == UNTIMED) {
            return Messages.untimed;
        }
        String part = row < 6 || row >= 22 ? Messages.lateNight : row < 8 ? Messages.earlyMorning : row < 12 ? Messages.morning
                : row < 18 ? Messages.afternoon : Messages.evening;
        return part + " " + row + ":00";
    }

    private String text(int row, int column) {
        StringBuilder text = new StringBuilder();
        for (Record record : entries(row, column)) {
            boolean activity = column == ACTIVITY_COLUMN;
            String start = value(record, activity ? "activityStartTime" : "startTime");
            String end = value(record, activity ? "activityEndTime" : "endTime");
            String content = value(record, activity ? "dailyActivity" : "serviceContent");
            if (text.length() > 0) {
                text.append(" / ");
            }
            if (row == UNTIMED || hourOf(start) == row) {
                if (row != UNTIMED) {
                    text.append(time(start)).append('–').append(time(end)).append(' ');
                }
                text.append(content);
            } else {
                text.append("〃 ").append(content); // the hours the entry goes on through
            }
        }
        return text.toString();
    }

    /** The current user's entries in a cell: a day's services covering the hour, or the activities covering it. */
    List<Record> entries(int row, int column) {
        List<Record> found = new ArrayList<>();
        if (column < 0) {
            return found;
        }
        for (Record record : userRecords()) {
            boolean activity = column == ACTIVITY_COLUMN;
            String content = value(record, activity ? "dailyActivity" : "serviceContent");
            if (activity ? content.isEmpty() : !Integer.toString(column + 1).equals(value(record, "dayOfWeek"))) {
                continue;
            }
            int start = hourOf(value(record, activity ? "activityStartTime" : "startTime"));
            int end = hourOf(value(record, activity ? "activityEndTime" : "endTime"));
            String endText = value(record, activity ? "activityEndTime" : "endTime");
            // an entry fills its first hour and every hour up to its end (the end's hour too when it ends past :00)
            boolean covers = start >= 0 && (row == start
                    || end >= 0 && row > start && (row < end || row == end && !endText.endsWith("00")));
            if (row == UNTIMED ? start < 0 : covers) {
                found.add(record);
            }
        }
        return found;
    }

    private List<Record> userRecords() {
        int index = users == null ? -1 : users.getSelectionIndex();
        List<Record> found = new ArrayList<>();
        if (index < 0 || index >= userKeys.size()) {
            return found;
        }
        List<String> key = userKeys.get(index);
        for (Record record : resource().document().getRecords()) {
            if (key.equals(keyOf(record))) {
                found.add(record);
            }
        }
        return found;
    }

    static List<String> keyOf(Record record) {
        return List.of(Objects.toString(record.getInsurerNumber(), ""), Objects.toString(record.getInsuredNumber(), ""),
                value(record, "planDate"));
    }

    static String value(EObject record, String feature) {
        EStructuralFeature found = record.eClass().getEStructuralFeature(feature);
        Object value = found == null ? null : record.eGet(found);
        return value == null ? "" : value.toString();
    }

    /** The hour of an HHMM time, or -1 when it is none (empty, 9999, not a time). */
    static int hourOf(String time) {
        if (time == null || !time.matches("\\d{4}")) {
            return -1;
        }
        int hour = Integer.parseInt(time.substring(0, 2));
        int minute = Integer.parseInt(time.substring(2));
        return hour < 24 && minute < 60 ? hour : -1;
    }

    private static String time(String hhmm) {
        return hourOf(hhmm) < 0 ? hhmm : Integer.parseInt(hhmm.substring(0, 2)) + ":" + hhmm.substring(2);
    }

    private void refreshUsers() {
        int chosen = Math.max(0, users.getSelectionIndex());
        Map<List<String>, String> found = new LinkedHashMap<>();
        for (Record record : resource().document().getRecords()) {
            List<String> key = keyOf(record);
            found.putIfAbsent(key, key.get(0) + " " + key.get(1) + "（" + Messages.planDate + " " + key.get(2) + "）");
        }
        userKeys.clear();
        userKeys.addAll(found.keySet());
        users.setItems(found.values().toArray(String[]::new));
        if (!userKeys.isEmpty()) {
            users.select(Math.min(chosen, userKeys.size() - 1));
        }
        refreshGrid();
    }

    private void refreshGrid() {
        grid.refresh();
        List<String> texts = new ArrayList<>();
        otherRecords.clear();
        for (Record record : userRecords()) {
            String other = value(record, "nonWeeklyService");
            if (!other.isEmpty()) {
                texts.add(other);
                otherRecords.add(record);
            }
        }
        others.setItems(texts.toArray(String[]::new));
        fireSelection();
    }

    /** The focused cell: its row (hour, or {@link #UNTIMED}) and column (0-6 the days, 8 the activities), or null. */
    int[] focusedCell() {
        ViewerCell cell = focus == null ? null : focus.getFocusCell();
        if (cell == null) {
            return null;
        }
        return new int[] { ((Integer) cell.getElement()).intValue(), cell.getColumnIndex() - 1 };
    }

    /** Insert: a new entry at the focused cell, for the current user, with the day and the hour set. */
    void addEntry() {
        int[] cell = focusedCell();
        List<Record> user = userRecords();
        if (cell == null || cell[1] < 0 || user.isEmpty()) {
            return;
        }
        Record model = user.get(0);
        Record entry = (Record) EcoreUtil.create(model.eClass());
        for (String feature : List.of("csvVersion", "insurerNumber", "insuredNumber", "creationDate", "planDate")) {
            set(entry, feature, value(model, feature));
        }
        boolean activity = cell[1] == ACTIVITY_COLUMN;
        if (!activity) {
            set(entry, "dayOfWeek", Integer.toString(cell[1] + 1));
        }
        if (cell[0] != UNTIMED) {
            set(entry, activity ? "activityStartTime" : "startTime", String.format("%02d00", cell[0]));
            // an hour long; the last hour of the day ends at 23:59 (the form's day ends at 24:00)
            set(entry, activity ? "activityEndTime" : "endTime", cell[0] < 23 ? String.format("%02d00", cell[0] + 1) : "2359");
        }
        set(entry, activity ? "dailyActivity" : "serviceContent", activity ? Messages.newActivity : Messages.newService);
        int index = resource().document().getRecords().indexOf(user.get(user.size() - 1)) + 1;
        Command add = AddCommand.create(getEditingDomain(), resource().document(),
                CareplanPackage.Literals.CAREPLAN_DOCUMENT__RECORDS, entry, index);
        getEditingDomain().getCommandStack().execute(add);
    }

    private Record selectedOther() {
        int index = others == null || others.isDisposed() ? -1 : others.getSelectionIndex();
        return index < 0 || index >= otherRecords.size() ? null : otherRecords.get(index);
    }

    /** Insert in 週単位以外のサービス: a new line for the current user. */
    void addOther() {
        List<Record> user = userRecords();
        if (user.isEmpty()) {
            return;
        }
        Record model = user.get(0);
        Record entry = (Record) EcoreUtil.create(model.eClass());
        for (String feature : List.of("csvVersion", "insurerNumber", "insuredNumber", "creationDate", "planDate")) {
            set(entry, feature, value(model, feature));
        }
        set(entry, "nonWeeklyService", Messages.newService);
        int index = resource().document().getRecords().indexOf(user.get(user.size() - 1)) + 1;
        getEditingDomain().getCommandStack().execute(AddCommand.create(getEditingDomain(), resource().document(),
                CareplanPackage.Literals.CAREPLAN_DOCUMENT__RECORDS, entry, index));
    }

    /** Delete: the focused cell's entries removed (undoable). */
    void removeEntries() {
        int[] cell = focusedCell();
        if (cell == null) {
            return;
        }
        List<Record> entries = entries(cell[0], cell[1]);
        if (!entries.isEmpty()) {
            getEditingDomain().getCommandStack().execute(RemoveCommand.create(getEditingDomain(), resource().document(),
                    CareplanPackage.Literals.CAREPLAN_DOCUMENT__RECORDS, entries));
        }
    }

    /** Enter: the entry's content in the Properties view. */
    private void showContent() {
        int[] cell = focusedCell();
        if (cell != null && !entries(cell[0], cell[1]).isEmpty()) {
            revealItem(cell[1] == ACTIVITY_COLUMN ? "主な日常生活上の活動" : "介護サービス内容");
        }
    }

    private static void set(EObject record, String feature, String value) {
        EStructuralFeature found = record.eClass().getEStructuralFeature(feature);
        if (found != null && value != null && !value.isEmpty()) {
            record.eSet(found, value);
        }
    }

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    protected boolean isDisposed() {
        return grid == null || grid.getControl().isDisposed();
    }

    @Override
    protected void modelChanged() {
        refreshUsers();
    }

    @Override
    protected ISelection selection() {
        return getSelection();
    }

    @Override
    public void selectRecord(Record record) {
        int user = userKeys.indexOf(keyOf(record));
        if (user >= 0) {
            users.select(user);
            refreshGrid();
        }
    }

    @Override
    protected void focusContent() {
        grid.getControl().setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public ISelection getSelection() {
        Record other = others != null && !others.isDisposed() && others.isFocusControl() ? selectedOther() : null;
        if (other != null) {
            return new StructuredSelection(other);
        }
        int[] cell = focusedCell();
        return cell == null ? StructuredSelection.EMPTY : new StructuredSelection(entries(cell[0], cell[1]));
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void setSelection(ISelection selection) {
        // the selection follows the focused cell
    }
}
