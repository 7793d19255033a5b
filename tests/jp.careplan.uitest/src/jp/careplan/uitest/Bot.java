/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Entry point of the UI test layer, in the shape of SWTBot's {@code SWTWorkbenchBot}: finds views and
 * widgets by id and returns handles that act as a user would. Every find waits (a named condition)
 * until the widget is there, so tests never sleep.
 */
public final class Bot {

    /** The active workbench window's shell. */
    public Shell workbenchShell() {
        return UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    /** Brings the workbench window to the front and gives it the keyboard focus. */
    public void activateWorkbench() {
        UiThread.run(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            shell.forceActive();
            shell.forceFocus();
        });
    }

    /**
     * Puts the active perspective back as it is defined, as Window › Reset Perspective does (SWTBot's
     * {@code resetActivePerspective}): views other tests opened are closed, so a screenshot shows what a user sees first.
     */
    public void resetActivePerspective() {
        UiThread.run(() -> page().resetPerspective());
    }

    /** An action that may throw, such as a screenshot. */
    public interface Action {
        void run() throws Exception;
    }

    /**
     * Runs an action (a screenshot for the README) with a view or editor maximized, as a user pressing
     * Ctrl+M, and restores it afterwards.
     */
    public void withMaximized(IWorkbenchPart part, Action action) throws Exception {
        IWorkbenchPage page = UiThread.call(() -> part.getSite().getPage());
        UiThread.run(() -> page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED));
        try {
            action.run();
        } finally {
            UiThread.run(() -> page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED));
        }
    }

    /** Opens (or activates) a view, as Window › Show View does. */
    public ViewHandle showView(String viewId) {
        UiThread.run(() -> {
            try {
                page().showView(viewId);
            } catch (PartInitException e) {
                throw new AssertionError("The view " + viewId + " could not be opened: " + e.getMessage(), e);
            }
        });
        return view(viewId);
    }

    /** The open view with the given id. */
    public ViewHandle view(String viewId) {
        Wait.until(Condition.of(() -> page().findViewReference(viewId) != null
                && page().findViewReference(viewId).getView(false) != null,
                () -> "the view " + viewId + " to be open; open views: " + openViewIds()));
        return new ViewHandle(UiThread.call(() -> page().findViewReference(viewId).getView(false)));
    }

    public TableHandle tableWithId(String id) {
        return new TableHandle(find(Table.class, id));
    }

    public CheckBoxHandle checkBoxWithId(String id) {
        return new CheckBoxHandle(find(Button.class, id));
    }

    public ButtonHandle buttonWithId(String id) {
        return new ButtonHandle(find(Button.class, id));
    }

    public ComboHandle comboWithId(String id) {
        return new ComboHandle(find(org.eclipse.swt.widgets.Combo.class, id));
    }

    public LinkHandle linkWithId(String id) {
        return new LinkHandle(find(org.eclipse.swt.widgets.Link.class, id));
    }

    public TextHandle textWithId(String id) {
        return new TextHandle(find(Text.class, id));
    }

    /** The text of the label with the given id. */
    public String labelTextWithId(String id) {
        Label label = find(Label.class, id);
        return UiThread.call(label::getText);
    }

    /** The one visible widget of a type with the given id, awaited. */
    public <W extends Control> W find(Class<W> type, String id) {
        Wait.until(Condition.of(() -> Finder.findAll(null, type, Finder.withId(id)).size() == 1,
                () -> "exactly one " + type.getSimpleName() + " with id \"" + id + "\"; found "
                        + Finder.findAll(null, type, Finder.withId(id)).size()));
        return UiThread.call(() -> Finder.findAll(null, type, Finder.withId(id)).get(0));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static List<String> openViewIds() {
        return Arrays.stream(page().getViewReferences()).map(IViewReference::getId).toList();
    }

    /** An open view. */
    public static final class ViewHandle {
        private final IViewPart part;

        ViewHandle(IViewPart part) {
            this.part = part;
        }

        public IViewPart part() {
            return part;
        }

        public String title() {
            return UiThread.call(part::getTitle);
        }

        /** Activates the view (as a click on its tab) and waits until it is the active part. */
        public ViewHandle activate() {
            UiThread.run(() -> part.getSite().getPage().activate(part));
            Wait.until(Condition.of(() -> part.getSite().getPage().getActivePart() == part,
                    () -> "the view " + part.getSite().getId() + " to be active; active: "
                            + part.getSite().getPage().getActivePart()));
            return this;
        }

        public void close() {
            UiThread.run(() -> part.getSite().getPage().hideView(part));
        }
    }
}
