/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.edit.ui;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The property sheet over EMF item property descriptors: names (the standard's item names, from the
 * generated labels), values as text, and text cell editors where the item may be set — a set goes
 * through the item provider, so it is an undoable command of the editing domain.
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    /** The name an item is shown under, when the caller knows a better one than the item provider's. */
    @FunctionalInterface
    public interface ItemNames {
        /** The name of a feature of an object, or {@code null} to keep the item provider's. */
        String nameOf(Object object, Object feature);

        ItemNames NONE = (object, feature) -> null;
    }

    private final AdapterFactory adapterFactory;
    private final ItemNames names;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, ItemNames.NONE);
    }

    /**
     * A provider whose properties are named by {@code names} where it knows them (e.g. the standard's item
     * names from the layouts, for classes that have no generated item provider of their own).
     */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory, ItemNames names) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
        this.names = Objects.requireNonNull(names, "names");
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new Source(object, source, names);
    }

    private static final class Source implements IPropertySource {
        private final Object object;
        private final IItemPropertySource source;
        private final ItemNames names;

        Source(Object object, IItemPropertySource source, ItemNames names) {
            this.object = object;
            this.source = source;
            this.names = names;
        }

        @Override
        public Object getEditableValue() {
            return object;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
            return descriptors.stream().map(descriptor -> new Descriptor(object, descriptor, names)).toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
            Object value = descriptor == null ? null : descriptor.getPropertyValue(object);
            if (value instanceof IItemPropertySource wrapped) {
                value = wrapped.getEditableValue(object);
            }
            return value == null ? "" : value.toString();
        }

        @Override
        public boolean isPropertySet(Object id) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
            return descriptor != null && descriptor.isPropertySet(object);
        }

        @Override
        public void resetPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
            if (descriptor != null) {
                descriptor.resetPropertyValue(object);
            }
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
            if (descriptor != null) {
                String text = value == null ? "" : value.toString();
                // an emptied item is written as an empty (unquoted) item, as the standard's Null（空）
                descriptor.setPropertyValue(object, text.isEmpty() ? null : text);
            }
        }
    }

    private static final class Descriptor extends PropertyDescriptor {
        private final Object object;
        private final IItemPropertyDescriptor descriptor;

        Descriptor(Object object, IItemPropertyDescriptor descriptor, ItemNames names) {
            super(descriptor.getId(object), Objects.requireNonNullElse(names.nameOf(object, descriptor.getFeature(object)),
                    descriptor.getDisplayName(object)));
            this.object = object;
            this.descriptor = descriptor;
            setDescription(descriptor.getDescription(object));
            setCategory(descriptor.getCategory(object));
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            return descriptor.canSetProperty(object) ? new TextCellEditor(parent) : null;
        }
    }
}
