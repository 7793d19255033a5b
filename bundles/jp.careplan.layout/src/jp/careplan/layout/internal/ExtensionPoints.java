/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * What the registries of this bundle's extension points share: each extension given to {@code added} now and when
 * its bundle arrives, each contributor that goes away to {@code removed}; and the {@code priority} attribute read the
 * same way everywhere.
 */
final class ExtensionPoints {

    private ExtensionPoints() {
    }

    /** Follows an extension point of the running registry (nothing happens without one). */
    static void follow(String pointId, Consumer<IExtension> added, Consumer<String> removed) {
        IExtensionRegistry extensions = RegistryFactory.getRegistry();
        IExtensionPoint point = extensions == null ? null : extensions.getExtensionPoint(pointId);
        if (point == null) {
            return;
        }
        for (IExtension extension : point.getExtensions()) {
            added.accept(extension);
        }
        extensions.addListener(new IRegistryEventListener() {
            @Override
            public void added(IExtension[] extensionsAdded) {
                for (IExtension extension : extensionsAdded) {
                    added.accept(extension);
                }
            }

            @Override
            public void removed(IExtension[] extensionsRemoved) {
                for (IExtension extension : extensionsRemoved) {
                    removed.accept(extension.getContributor().getName());
                }
            }

            @Override
            public void added(IExtensionPoint[] points) {
                // only the point followed matters, and it is there
            }

            @Override
            public void removed(IExtensionPoint[] points) {
                // this bundle itself is going away
            }
        }, pointId);
    }

    /**
     * The element's {@code priority} (0 when absent), or {@code null} when it is not a whole number (then logged,
     * naming what and who).
     */
    static Integer priority(IConfigurationElement element, String what, Class<?> logger) {
        String text = element.getAttribute("priority");
        try {
            return text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            Contributors.error(logger, what + " of " + element.getContributor().getName() + " has a priority that is not a whole number", null);
            return null;
        }
    }
}
