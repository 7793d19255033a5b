/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;

import jp.careplan.layout.CodeListRegistry;
import jp.careplan.layout.CodeListRegistry.Contribution;
import jp.careplan.layout.CodeListRegistry.Entry;

/**
 * The extension registry side of {@link CodeListExtensionReader}: one contribution per {@code codeList} element,
 * its file read on first use, removed when its bundle goes away and added when a bundle arrives. Problems go to the
 * log, naming the contributing bundle and the line (never a line's contents).
 */
final class EclipseCodeListExtensions {

    private EclipseCodeListExtensions() {
    }

    static void fill(CodeListRegistry registry) {
        ExtensionPoints.follow(CodeListExtensionReader.EXTENSION_POINT, extension -> add(registry, extension),
                registry::unregisterContributor);
    }

    private static void add(CodeListRegistry registry, IExtension extension) {
        String bundle = extension.getContributor().getName();
        for (IConfigurationElement element : extension.getConfigurationElements()) {
            if (!"codeList".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            String resource = element.getAttribute("resource");
            if (id == null || name == null || resource == null) {
                error("A code list of " + bundle + " lacks one of id, name, resource");
                continue;
            }
            Integer priority = ExtensionPoints.priority(element, "The code list " + id, EclipseCodeListExtensions.class);
            if (priority == null) {
                continue;
            }
            Set<String> items = new LinkedHashSet<>();
            for (IConfigurationElement item : element.getChildren("item")) {
                if (item.getAttribute("name") != null) {
                    items.add(item.getAttribute("name"));
                }
            }
            if (items.isEmpty()) {
                error("The code list " + id + " of " + bundle + " names no item it applies to");
                continue;
            }
            registry.register(new Contribution(id, name, items, priority, bundle, () -> load(bundle, resource, id)));
        }
    }

    private static List<Entry> load(String bundleName, String resource, String id) {
        URL url = Contributors.entry(bundleName, resource);
        if (url == null) {
            error("The code list " + id + " of " + bundleName + " has no file " + resource);
            return null;
        }
        try (InputStream in = url.openStream()) {
            return CodeListRegistry.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            error("The code list " + id + " of " + bundleName + " could not be read from " + resource + ": " + e.getMessage());
            return null;
        }
    }

    private static void error(String message) {
        Contributors.error(EclipseCodeListExtensions.class, message, null);
    }

    private static void error(String message, Throwable e) {
        Contributors.error(EclipseCodeListExtensions.class, message, e);
    }
}
