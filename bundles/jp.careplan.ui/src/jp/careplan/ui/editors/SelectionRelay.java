/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.editors;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * An editor's selection provider from the moment its controls are asked for, passing on the selection of whatever
 * shows the file once it is read (a viewer, a calendar). The workbench listens to a part's selection provider only
 * if the part has one when {@code createPartControl} returns; an editor that reads its file in the background has
 * its viewer later, and without this relay the Properties view and every other selection listener never heard it.
 */
final class SelectionRelay implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final ISelectionChangedListener relay = event -> fire(listeners, event.getSelection());
    private final ISelectionChangedListener postRelay = event -> fire(postListeners, event.getSelection());
    private ISelectionProvider delegate;

    /** Passes on the selection of {@code provider} from now on, starting with the one it has. */
    void setDelegate(ISelectionProvider provider) {
        if (delegate != null) {
            delegate.removeSelectionChangedListener(relay);
            if (delegate instanceof IPostSelectionProvider post) {
                post.removePostSelectionChangedListener(postRelay);
            } else {
                delegate.removeSelectionChangedListener(postRelay);
            }
        }
        delegate = provider;
        if (provider != null) {
            provider.addSelectionChangedListener(relay);
            if (provider instanceof IPostSelectionProvider post) {
                post.addPostSelectionChangedListener(postRelay);
            } else {
                provider.addSelectionChangedListener(postRelay); // a provider without a later event: the same one
            }
        }
        ISelection now = getSelection();
        fire(listeners, now);
        fire(postListeners, now);
    }

    private void fire(ListenerList<ISelectionChangedListener> to, ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : to) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public ISelection getSelection() {
        return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (delegate != null) {
            delegate.setSelection(selection);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }
}
