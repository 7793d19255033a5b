/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
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
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.editors.LayoutItemCodes;
import jp.careplan.ui.internal.editors.LayoutItemNames;
import jp.careplan.ui.internal.Journal;
import jp.careplan.ui.internal.editors.RecordsEditorInput;

/**
 * What every editor of an exchange file shares: the file read through the codec into an EMF resource, an
 * editing domain over the generated item providers with one undo history (Undo and Redo of the workbench
 * bound to it), the dirty state from the command stack, and saving through the codec (atomic, nothing
 * lost; a character MS932 cannot hold stops the save before anything is written). Subclasses show the
 * model and edit it only through {@link #getEditingDomain()}'s commands.
 * <p>
 * API: an extension bundle writes the editor of its file kind by extending this class (as the 第3表 weekly editor
 * of the 4.1 feature does), declares it with {@code org.eclipse.ui.editors} and names it for its kind
 * through {@code jp.careplan.ui.editors}. The Properties view of every such editor shows each item under the
 * standard's name, with the name of its code where the item has a code list.
 */
public abstract class ModelEditor extends EditorPart implements IEditingDomainProvider {

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private CareplanResource resource;
    /** The page this editor gave the Properties view, to reveal an item in it. */
    private PropertySheetPage propertySheetPage;
    /** The site's selection provider from the start (see {@link #provideSelection}). */
    private final SelectionRelay selectionRelay = new SelectionRelay();
    private Composite parent;
    /** The "reading" message shown while the file is read; {@code null} once it is shown. */
    private Composite loading;
    private final List<Runnable> whenLoaded = new ArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final java.util.concurrent.atomic.AtomicInteger pendingChanges = new java.util.concurrent.atomic.AtomicInteger();
    private boolean severalChanges;
    /** The job reading the file, cancelled when the editor closes first. */
    private Job loadJob;
    /** Whether the model came from the journal and is not saved yet. */
    private volatile boolean restoredUnsaved;

    /** The context of the file editors' key bindings (plugin.xml). */
    public static final String FILE_EDITOR_CONTEXT = "jp.careplan.ui.contexts.fileEditor";
    /** Whether a journal write is scheduled. */
    private boolean journalScheduled;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RecordsEditorInput records)) {
            throw new PartInitException("Not a file of the exchange: " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        // classes without generated item providers (a vendor's or a draft's dynamic model) are shown reflectively
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack commandStack = new BasicCommandStack();
        commandStack.addCommandStackListener(stackListener);
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
        // item property descriptors find the domain through the resource set: every edit becomes a command
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        // read in the background when the editor is shown (see createPartControl): never on the UI thread
        resource = (CareplanResource) resourceSet.createResource(URI.createFileURI(records.path().toString()));
    }

    /**
     * Shows "reading" with a Cancel button while a job reads the file, then the editor's own controls
     * ({@link #createContent(Composite)}). A file that cannot be read leaves a message naming the file
     * (never its contents) and no editor controls.
     */
    @Override
    public final void createPartControl(Composite parent) {
        this.parent = parent;
        // the workbench listens to the provider the site has when this method returns: the content's comes later
        getSite().setSelectionProvider(selectionRelay);
        // the file editors' key bindings (Ctrl+P: the forms as PDF), active while this editor is
        org.eclipse.ui.contexts.IContextService contexts = getSite().getService(org.eclipse.ui.contexts.IContextService.class);
        if (contexts != null) {
            contexts.activateContext(FILE_EDITOR_CONTEXT);
        }
        parent.setLayout(new FillLayout());
        loading = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(loading);
        Label label = new Label(loading, SWT.NONE);
        label.setText(NLS.bind(Messages.ModelEditor_reading, getEditorInput().getName()));
        Button cancel = new Button(loading, SWT.PUSH);
        cancel.setText(Messages.ModelEditor_cancel);
        org.eclipse.swt.widgets.Display display = parent.getDisplay();
        Job job = Job.create(NLS.bind(Messages.ModelEditor_reading, getEditorInput().getName()), monitor -> {
            monitor.beginTask(getEditorInput().getName(), IProgressMonitor.UNKNOWN);
            try {
                byte[] restored = ((RecordsEditorInput) getEditorInput()).restored();
                if (restored != null) {
                    // after a crash: the unsaved state the journal kept, saved to the file only when the user saves
                    resource.load(new java.io.ByteArrayInputStream(restored), resource.getResourceSet().getLoadOptions());
                    restoredUnsaved = true;
                } else {
                    resource.load(resource.getResourceSet().getLoadOptions());
                }
                if (!monitor.isCanceled()) {
                    prepare();
                }
            } catch (IOException | RuntimeException e) {
                // the log names the file and the kind of failure, never a message that could quote a cell
                ILog.of(ModelEditor.class).warn("Could not read " + getEditorInput().getName() + ": " + e.getClass().getName());
                display.asyncExec(() -> failed(label, cancel));
                return Status.OK_STATUS; // the editor says so; the file's name only, never its contents
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(this::loaded);
            return Status.OK_STATUS;
        });
        cancel.addListener(SWT.Selection, event -> {
            job.cancel();
            getSite().getPage().closeEditor(this, false);
        });
        job.setPriority(Job.LONG);
        loadJob = job;
        job.schedule();
    }

    private void failed(Label label, Button cancel) {
        if (!label.isDisposed()) {
            label.setText(NLS.bind(Messages.RecordsEditor_unreadable, getEditorInput().getName()));
            cancel.setText(Messages.ModelEditor_close);
            loading.layout();
        }
    }

    private void loaded() {
        if (parent.isDisposed()) {
            return;
        }
        loading.dispose();
        loading = null;
        Composite content = new Composite(parent, SWT.NONE);
        createContent(content);
        parent.layout(true, true);
        setFocus();
        if (restoredUnsaved) {
            // restored from the journal: dirty from the start (the save action, the asterisk, the prompt at close)
            firePropertyChange(PROP_DIRTY);
        }
        List<Runnable> waiting = new ArrayList<>(whenLoaded);
        whenLoaded.clear();
        waiting.forEach(Runnable::run);
    }

    /** Whether the file has been read and the editor's controls are shown. */
    public boolean isLoaded() {
        return parent != null && !parent.isDisposed() && loading == null;
    }

    /** Runs now when the file is shown, else once it is (on the UI thread). */
    protected void whenLoaded(Runnable action) {
        if (isLoaded()) {
            action.run();
        } else {
            whenLoaded.add(action);
        }
    }

    /**
     * Works out in the background, right after the file is read, what the editor's controls will show
     * (e.g. the calendar's arrangement of a large file), so that creating them does not hold up the UI
     * thread. Nothing but the editor's own model may be touched here. Does nothing by default.
     */
    protected void prepare() {
        // nothing to prepare
    }

    /**
     * Makes {@code provider}'s selection the editor's, the one the workbench (the Properties view, every selection
     * listener) hears: call it from {@link #createContent(Composite)} with what shows the records, instead of setting
     * the site's provider, which the workbench would no longer listen to.
     */
    protected final void provideSelection(org.eclipse.jface.viewers.ISelectionProvider provider) {
        selectionRelay.setDelegate(provider);
    }

    /** Creates the editor's controls in {@code parent} once the file is read (and prepared). */
    protected abstract void createContent(Composite parent);

    /** Gives the focus to the editor's main control, or to the reading message while reading. */
    @Override
    public final void setFocus() {
        if (loading != null && !loading.isDisposed()) {
            loading.setFocus();
        } else if (isLoaded()) {
            focusContent();
        }
    }

    /** Gives the focus to the editor's main control. */
    protected abstract void focusContent();

    /** Binds the workbench's Undo and Redo to this editor's command stack; call from createPartControl. */
    protected void bindUndoRedo() {
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action() {
            @Override
            public void run() {
                commitPending();
                domain.getCommandStack().undo();
            }
        });
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new Action() {
            @Override
            public void run() {
                commitPending();
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

    /** The command executed, undone or redone last (what {@link #modelChanged()} follows), or {@code null}. */
    protected org.eclipse.emf.common.command.Command lastCommand() {
        return domain.getCommandStack().getMostRecentCommand();
    }

    /** The command stack, for tests and the views that follow an editor. */
    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    protected ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    private void commandStackChanged(EventObject event) {
        // several commands may run before the UI shows the first (a multi-cell edit, fast undo/redo): count them,
        // so that the editor can tell one change it may follow in place from several it must show anew
        if (pendingChanges.getAndIncrement() > 0) {
            return;
        }
        getSite().getShell().getDisplay().asyncExec(() -> {
            severalChanges = pendingChanges.getAndSet(0) > 1;
            if (!isDisposed()) {
                modelChanged();
                firePropertyChange(PROP_DIRTY);
                scheduleJournal();
            }
        });
    }

    /**
     * Whether more than one command was executed, undone or redone since the model was last shown: then
     * {@link #lastCommand()} tells only of the last of them.
     */
    protected boolean severalChanges() {
        return severalChanges;
    }

    /**
     * Turns what the user is typing but has not confirmed yet (a field not yet left) into commands, before a
     * save, an undo or a redo. Nothing by default.
     */
    protected void commitPending() {
        // nothing typed is held back by default
    }

    /** Whether the editor's controls are gone. */
    protected abstract boolean isDisposed();

    /** Shows the model again after a command was executed, undone or redone (on the UI thread). */
    protected abstract void modelChanged();

    @Override
    public boolean isDirty() {
        return restoredUnsaved || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /**
     * Within a second of a change, the bytes a save would write go to the crash-recovery journal ({@link Journal});
     * back to the saved state, the journal is removed. Several changes in the second make one write.
     */
    private void scheduleJournal() {
        if (journalScheduled || !resource.getURI().isFile()) {
            return;
        }
        journalScheduled = true;
        getSite().getShell().getDisplay().timerExec(500, () -> {
            journalScheduled = false;
            if (isDisposed() || !isLoaded()) {
                return;
            }
            Path file = Path.of(resource.getURI().toFileString());
            if (!isDirty()) {
                Journal.remove(file);
                return;
            }
            try {
                Journal.write(file, resource.toBytes(null));
            } catch (IOException e) {
                // a state that cannot be written as a standard file yet (a character MS932 lacks) is not journaled;
                // the log names the file and the kind of failure only
                ILog.of(ModelEditor.class).warn("Could not journal " + getEditorInput().getName() + ": " + e.getClass().getName());
            }
        });
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!isLoaded()) {
            return;
        }
        commitPending();
        try {
            resource.save(null);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            restoredUnsaved = false;
            firePropertyChange(PROP_DIRTY);
            if (resource.getURI().isFile()) {
                java.nio.file.Path saved = java.nio.file.Path.of(resource.getURI().toFileString());
                Journal.remove(saved);
                jp.careplan.ui.internal.Evidence.record(jp.careplan.csv.Ledger.Action.SAVE, saved.getParent(), saved,
                        jp.careplan.csv.Ledger.keysOf(resource));
            }
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

    /** What the editor has selected, as the Properties view shows it. */
    protected abstract ISelection selection();

    /** Selects and shows a record of the file. */
    public abstract void selectRecord(Record record);

    /** Selects and shows the record that starts on a line of the file (as read), when there is one. */
    public void selectRecordAtLine(int line) {
        whenLoaded(() -> selectLoadedRecordAtLine(line));
    }

    private void selectLoadedRecordAtLine(int line) {
        List<Record> records = resource.document().getRecords();
        for (int i = 0; i < records.size(); i++) {
            if (resource.lineOf(i) == line) {
                selectRecord(records.get(i));
                return;
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new jp.careplan.edit.ui.ItemPropertySheetPage(
                    new ItemPropertySourceProvider(adapterFactory, LayoutItemNames.INSTANCE, LayoutItemCodes.INSTANCE));
            propertySheetPage = page;
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    /**
     * Shows the Properties view on the selected record with one of its items selected, found by the name
     * the standard gives it (as problems name their items). Nothing happens when no item has that name.
     */
    public void revealItem(String itemName) {
        if (itemName == null || itemName.isEmpty()) {
            return;
        }
        whenLoaded(() -> revealLoadedItem(itemName));
    }

    private void revealLoadedItem(String itemName) {
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
        page.selectionChanged(this, selection());
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

    @Override
    public void dispose() {
        if (loadJob != null) {
            loadJob.cancel();
        }
        // closed: saved, or its changes discarded by the user; a killed workbench never gets here and leaves the journal
        if (resource != null && resource.getURI().isFile()) {
            Journal.remove(Path.of(resource.getURI().toFileString()));
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
