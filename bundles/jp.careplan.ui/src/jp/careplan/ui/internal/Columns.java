/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Columns of the workbench's tables and trees: a title, a width and the text of each element, optionally
 * coloured (a row in error, a value that differs). One place for what every view and wizard does.
 */
public final class Columns {

    /** No colour: the table's own. */
    private static final Function<Object, Color> PLAIN = element -> null;

    private Columns() {
    }

    /** A column of a table showing {@code text} of each element. */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Function<T, String> text) {
        return add(viewer, title, width, text, PLAIN, PLAIN);
    }

    /** A column of a table with the element's text, foreground and background ({@code null}: the table's). */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Function<T, String> text,
            Function<? super T, Color> foreground, Function<? super T, Color> background) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new Provider<>(text, foreground, background));
        return column;
    }

    /** A column of a tree showing {@code text} of each element. */
    public static <T> TreeViewerColumn add(TreeViewer viewer, String title, int width, Function<T, String> text) {
        return add(viewer, title, width, text, PLAIN);
    }

    /** A column of a tree with the element's text and foreground ({@code null}: the tree's). */
    public static <T> TreeViewerColumn add(TreeViewer viewer, String title, int width, Function<T, String> text,
            Function<? super T, Color> foreground) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new Provider<>(text, foreground, PLAIN));
        return column;
    }

    private static final class Provider<T> extends ColumnLabelProvider {
        private final Function<T, String> text;
        private final Function<? super T, Color> foreground;
        private final Function<? super T, Color> background;

        Provider(Function<T, String> text, Function<? super T, Color> foreground, Function<? super T, Color> background) {
            this.text = text;
            this.foreground = foreground;
            this.background = background;
        }

        @SuppressWarnings("unchecked")
        @Override
        public String getText(Object element) {
            String value = text.apply((T) element);
            return value == null ? "" : value;
        }

        @SuppressWarnings("unchecked")
        @Override
        public Color getForeground(Object element) {
            return foreground.apply((T) element);
        }

        @SuppressWarnings("unchecked")
        @Override
        public Color getBackground(Object element) {
            return background.apply((T) element);
        }
    }
}
