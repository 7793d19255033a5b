/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout.internal;

import java.io.IOException;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.emf.common.util.URI;

import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutRegistry.Contribution;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;

/**
 * The extension registry side of {@link LayoutExtensionReader}: one contribution per
 * {@code layoutSet} element, loaded lazily, removed when its bundle goes away and added when a
 * bundle arrives. Problems go to the log, naming the contributing bundle.
 */
final class EclipseLayoutExtensions {

    private EclipseLayoutExtensions() {
    }

    static void fill(LayoutRegistry registry) {
        ExtensionPoints.follow(LayoutExtensionReader.EXTENSION_POINT, extension -> add(registry, extension),
                registry::unregisterContributor);
    }

    private static void add(LayoutRegistry registry, IExtension extension) {
        String bundle = extension.getContributor().getName();
        for (IConfigurationElement element : extension.getConfigurationElements()) {
            if (!"layoutSet".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("id");
            String csvVersion = element.getAttribute("csvVersion");
            String validFrom = element.getAttribute("validFrom");
            String resource = element.getAttribute("resource");
            Integer priority = ExtensionPoints.priority(element, "The layout set " + id, EclipseLayoutExtensions.class);
            if (priority == null) {
                continue;
            }
            if (id == null || csvVersion == null || validFrom == null || resource == null) {
                error("A layout set of " + bundle + " lacks one of id, csvVersion, validFrom, resource");
                continue;
            }
            URI uri = URI.createPlatformPluginURI("/" + bundle + "/" + resource, true);
            registry.register(new Contribution(id, csvVersion, validFrom, priority, bundle, () -> load(uri, id, csvVersion, validFrom, bundle)));
        }
    }

    private static LayoutSet load(URI uri, String id, String csvVersion, String validFrom, String bundle) {
        try {
            LayoutSet set = LayoutSets.load(uri);
            if (!csvVersion.equals(set.getCsvVersion()) || !validFrom.equals(set.getValidFrom())) {
                error("The layout set " + id + " of " + bundle + " declares CSVバージョン " + csvVersion + " from "
                        + validFrom + " but its file says " + set.getCsvVersion() + " from " + set.getValidFrom()
                        + "; it is not used");
                return null;
            }
            return set;
        } catch (IOException | RuntimeException e) {
            error("The layout set " + id + " of " + bundle + " could not be loaded from " + uri, e);
            return null;
        }
    }

    private static void error(String message) {
        Contributors.error(EclipseLayoutExtensions.class, message, null);
    }

    private static void error(String message, Throwable e) {
        Contributors.error(EclipseLayoutExtensions.class, message, e);
    }
}
