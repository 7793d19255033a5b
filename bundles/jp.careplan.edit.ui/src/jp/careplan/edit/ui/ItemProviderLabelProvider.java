/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.edit.ui;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF item providers: their text, and their image (a URL, or the first
 * image of a composed one), created once per URL and disposed with the provider.
 */
public final class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final Map<Object, Image> images = new HashMap<>();

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        Object image = provider == null ? null : provider.getImage(element);
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            image = parts.isEmpty() ? null : parts.get(0);
        }
        if (!(image instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url.toString(), key -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    @Override
    public void dispose() {
        images.values().forEach(image -> {
            if (image != null) {
                image.dispose();
            }
        });
        images.clear();
        super.dispose();
    }
}
