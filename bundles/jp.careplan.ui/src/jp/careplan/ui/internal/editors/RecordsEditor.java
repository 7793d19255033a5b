/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jp.careplan.edit.ui.ItemProviderContentProvider;
import jp.careplan.edit.ui.ItemProviderLabelProvider;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.ui.internal.WidgetIds;

/**
 * The model-driven editor of any file kind (the power users' raw view): the records as a tree from the
 * generated item providers, every item in the property sheet under the standard's name, edits as EMF
 * commands with one undo history, and saving through the codec (see {@link ModelEditor}). It opens any kind
 * a layout describes, those of extension bundles and drafts too, with no code of its own per kind.
 */
public final class RecordsEditor extends ModelEditor {

    public static final String ID = "jp.careplan.ui.editors.records";

    private TreeViewer viewer;

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.RECORDS_TREE);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory()));
        viewer.setInput(resource());
        viewer.expandToLevel(2);
        provideSelection(viewer);
        bindUndoRedo();
    }

    @Override
    protected boolean isDisposed() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    @Override
    protected void modelChanged() {
        viewer.refresh();
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
}
