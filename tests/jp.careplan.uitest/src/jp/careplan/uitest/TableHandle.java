/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A table as a user reads it: column headers and the texts of its cells, in display order. */
public final class TableHandle {

    private final Table table;

    TableHandle(Table table) {
        this.table = table;
    }

    public Table widget() {
        return table;
    }

    public int rowCount() {
        return UiThread.call(table::getItemCount);
    }

    public List<String> columnTitles() {
        return UiThread.call(() -> {
            List<String> titles = new ArrayList<>();
            for (TableColumn column : table.getColumns()) {
                titles.add(column.getText());
            }
            return titles;
        });
    }

    /** The texts of every row, cell by cell, in the order the table shows them. */
    public List<List<String>> rows() {
        return UiThread.call(() -> {
            List<List<String>> rows = new ArrayList<>();
            int columns = Math.max(1, table.getColumnCount());
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>(columns);
                for (int c = 0; c < columns; c++) {
                    cells.add(item.getText(c));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    /** The text of the cell under the column with the given header. */
    public String cell(int row, String columnTitle) {
        int column = columnTitles().indexOf(columnTitle);
        if (column < 0) {
            throw new AssertionError("No column \"" + columnTitle + "\"; columns: " + columnTitles());
        }
        return UiThread.call(() -> table.getItem(row).getText(column));
    }

    /** Selects a row and shows it, telling the table's listeners (as the arrow keys would, and as SWTBot does). */
    public TableHandle select(int row) {
        UiThread.run(() -> {
            table.setSelection(row);
            table.showSelection();
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = table.getItem(row);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, event);
        });
        return this;
    }

    /** Selects several rows (as Ctrl+click would), telling the table's listeners. */
    public TableHandle select(int... rows) {
        UiThread.run(() -> {
            table.setSelection(rows);
            table.showSelection();
            org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
            event.item = table.getItem(rows[rows.length - 1]);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, event);
        });
        return this;
    }

    /** Gives the table the keyboard focus, as a click on it would. */
    public TableHandle focus() {
        Wait.forFocus(table, "the table");
        return this;
    }

    /** Waits until the table shows exactly {@code count} rows. */
    public TableHandle waitForRows(int count) {
        Wait.until(Condition.of(() -> table.getItemCount() == count,
                () -> "the table to show " + count + " rows; it shows " + table.getItemCount()));
        return this;
    }
}
