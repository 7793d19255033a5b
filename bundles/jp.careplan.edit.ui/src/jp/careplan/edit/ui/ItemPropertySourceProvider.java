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
import org.eclipse.jface.viewers.LabelProvider;
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

        /**
         * The position of a feature among the object's items (the standard's item No.), or {@code -1} where the caller
         * does not know it: the properties are listed in this order, those without one after, as the item provider gives
         * them.
         */
        default int positionOf(Object object, Object feature) {
            return -1;
        }

        ItemNames NONE = (object, feature) -> null;
    }

    /** One code an item may take, and what it stands for (a 性別's 男性, a product's name). */
    public record Choice(String code, String label) {
    }

    /**
     * The codes an item may take, when the caller knows them (a layout's code list, a product list): the sheet shows
     * the label next to the code and offers the codes while the item is edited (Ctrl+Space, or typing a digit).
     */
    @FunctionalInterface
    public interface ItemCodes {
        /** The codes of a feature of an object, in order; empty when there is no list. */
        List<Choice> codesOf(Object object, Object feature);

        ItemCodes NONE = (object, feature) -> List.of();
    }

    private final AdapterFactory adapterFactory;
    private final ItemNames names;
    private final ItemCodes codes;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, ItemNames.NONE);
    }

    /**
     * A provider whose properties are named by {@code names} where it knows them (e.g. the standard's item
     * names from the layouts, for classes that have no generated item provider of their own).
     */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory, ItemNames names) {
        this(adapterFactory, names, ItemCodes.NONE);
    }

    /** A provider that also knows the codes items may take (shown with their labels, offered while editing). */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory, ItemNames names, ItemCodes codes) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
        this.names = Objects.requireNonNull(names, "names");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new Source(object, source, names, codes);
    }

    private static final class Source implements IPropertySource {
        private final Object object;
        private final IItemPropertySource source;
        private final ItemNames names;
        private final ItemCodes codes;

        Source(Object object, IItemPropertySource source, ItemNames names, ItemCodes codes) {
            this.object = object;
            this.source = source;
            this.names = names;
            this.codes = codes;
        }

        @Override
        public Object getEditableValue() {
            return object;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IItemPropertyDescriptor> descriptors = new java.util.ArrayList<>(source.getPropertyDescriptors(object));
            // each position asked once (a lookup in the layouts), then a stable sort: the item provider's order among
            // items of the same (or no) position
            java.util.Map<IItemPropertyDescriptor, Integer> positions = new java.util.IdentityHashMap<>();
            for (IItemPropertyDescriptor descriptor : descriptors) {
                int position = names.positionOf(object, descriptor.getFeature(object));
                positions.put(descriptor, position < 0 ? Integer.MAX_VALUE : position);
            }
            descriptors.sort(java.util.Comparator.comparingInt(positions::get));
            return descriptors.stream().map(descriptor -> new Descriptor(object, descriptor, names,
                    codes.codesOf(object, descriptor.getFeature(object)))).toArray(IPropertyDescriptor[]::new);
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
        private final List<Choice> choices;

        Descriptor(Object object, IItemPropertyDescriptor descriptor, ItemNames names, List<Choice> choices) {
            super(descriptor.getId(object), Objects.requireNonNullElse(names.nameOf(object, descriptor.getFeature(object)),
                    descriptor.getDisplayName(object)));
            this.object = object;
            this.descriptor = descriptor;
            this.choices = List.copyOf(choices);
            setDescription(descriptor.getDescription(object));
            setCategory(descriptor.getCategory(object));
            if (!this.choices.isEmpty()) {
                // the code as written, and what it stands for beside it
                setLabelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        String code = element == null ? "" : element.toString();
                        return Descriptor.this.choices.stream().filter(choice -> choice.code().equals(code)).findFirst()
                                .map(choice -> code + "\u3000" + choice.label()).orElse(code);
                    }
                });
            }
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!descriptor.canSetProperty(object)) {
                return null;
            }
            return choices.isEmpty() ? new TextCellEditor(parent) : new CodeCellEditor(parent, choices);
        }
    }
}
