/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.io.IOException;
import java.util.EventObject;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvWriteException;
import jp.careplan.edit.ui.ItemPropertySourceProvider;
import jp.careplan.edit.ui.ItemProviderContentProvider;
import jp.careplan.edit.ui.ItemProviderLabelProvider;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * The model-driven editor of any file kind (the power users' raw view): the records as a tree from the
 * generated item providers, every item in the property sheet under the standard's name, edits as EMF
 * commands with one undo history, and saving through the codec (atomic, nothing lost; a character MS932
 * cannot hold stops the save before anything is written).
 */
public final class RecordsEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "jp.careplan.ui.editors.records";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private CareplanResource resource;
    private TreeViewer viewer;
    /** The page this editor gave the Properties view, to reveal an item in it. */
    private PropertySheetPage propertySheetPage;
    private final CommandStackListener dirtyListener = this::commandStackChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RecordsEditorInput records)) {
            throw new PartInitException("Not a file of the exchange: " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        BasicCommandStack commandStack = new BasicCommandStack();
        commandStack.addCommandStackListener(dirtyListener);
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
        // item property descriptors find the domain through the resource set: every edit becomes a command
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        try {
            resource = (CareplanResource) domain.getResourceSet().getResource(URI.createFileURI(records.path().toString()), true);
        } catch (RuntimeException e) {
            throw new PartInitException(NLS.bind(Messages.RecordsEditor_unreadable, input.getName()), e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.RECORDS_TREE);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action() {
            @Override
            public void run() {
                domain.getCommandStack().undo();
            }
        });
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new Action() {
            @Override
            public void run() {
                domain.getCommandStack().redo();
            }
        });
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The file being edited. */
    public CareplanResource resource() {
        return resource;
    }

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                viewer.refresh();
                firePropertyChange(PROP_DIRTY);
            }
        });
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            resource.save(null);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (CsvWriteException e) {
            String problems = e.problems().stream().limit(10).map(problem -> problem.getMessage(Locale.getDefault()))
                    .collect(Collectors.joining("\n"));
            MessageDialog.openError(getSite().getShell(), Messages.RecordsEditor_notSaved, problems);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.RecordsEditor_notSaved, e.getClass().getSimpleName());
        }
    }

    @Override
    public void doSaveAs() {
        // a file of the standard has the name the standard gives it
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
            propertySheetPage = page;
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(dirtyListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    /** Selects and shows the record that starts on a line of the file (as read), when there is one. */
    /**
     * Shows the Properties view on the selected record with one of its items selected, found by the name
     * the standard gives it (as problems name their items). Nothing happens when no item has that name.
     */
    public void revealItem(String itemName) {
        if (itemName == null || itemName.isEmpty()) {
            return;
        }
        try {
            getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return;
        }
        PropertySheetPage page = propertySheetPage;
        if (page == null || page.getControl() == null || page.getControl().isDisposed()) {
            return;
        }
        // bring the page up to date now rather than when the post-selection event arrives
        page.selectionChanged(this, viewer.getSelection());
        if (page.getControl() instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                if (itemName.equals(item.getText(0))) {
                    tree.setSelection(item);
                    tree.showSelection();
                    return;
                }
            }
        }
    }

    public void selectRecordAtLine(int line) {
        java.util.List<jp.careplan.model.careplan.Record> records = resource.document().getRecords();
        for (int i = 0; i < records.size(); i++) {
            if (resource.lineOf(i) == line) {
                viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(records.get(i)), true);
                return;
            }
        }
    }

    /** The command stack, for tests and the form editors built on this one. */
    public CommandStack commandStack() {
        return domain.getCommandStack();
    }
}
