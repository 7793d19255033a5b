/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.edit.ui;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over EMF item providers (the project's own, since EMF's edit.ui is
 * not on Maven Central): a resource shows its roots, an object the children its item provider gives.
 */
public final class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
                IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        Collection<?> children = provider == null ? null : provider.getChildren(parent);
        return children == null ? new Object[0] : children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(element);
    }
}
