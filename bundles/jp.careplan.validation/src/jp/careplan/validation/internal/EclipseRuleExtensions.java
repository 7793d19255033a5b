/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.MessageSource;
import jp.careplan.layout.internal.Contributors;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.spi.RecordRule;

/** One descriptor per {@code rule} element; the rule class is created on first use; bundles may come and go. */
final class EclipseRuleExtensions {

    private EclipseRuleExtensions() {
    }

    static void fill(RuleRegistry registry) {
        IExtensionRegistry extensions = RegistryFactory.getRegistry();
        IExtensionPoint point = extensions == null ? null : extensions.getExtensionPoint(RuleExtensionReader.EXTENSION_POINT);
        if (point == null) {
            return;
        }
        for (IExtension extension : point.getExtensions()) {
            add(registry, extension);
        }
        extensions.addListener(new IRegistryEventListener() {
            @Override
            public void added(IExtension[] added) {
                Arrays.stream(added).forEach(extension -> add(registry, extension));
            }

            @Override
            public void removed(IExtension[] removed) {
                Arrays.stream(removed).forEach(extension -> registry.unregisterContributor(extension.getContributor().getName()));
            }

            @Override
            public void added(IExtensionPoint[] points) {
                // only our point matters
            }

            @Override
            public void removed(IExtensionPoint[] points) {
                // this bundle is going away
            }
        }, RuleExtensionReader.EXTENSION_POINT);
    }

    private static void add(RuleRegistry registry, IExtension extension) {
        String contributor = extension.getContributor().getName();
        ClassLoader resources = Contributors.resources(contributor);
        for (IConfigurationElement element : extension.getConfigurationElements()) {
            String id = element.getAttribute("id");
            String kinds = element.getAttribute("kinds");
            String severity = element.getAttribute("severity");
            String messages = element.getAttribute("messages");
            if (id == null || element.getAttribute("class") == null) {
                Contributors.error(EclipseRuleExtensions.class, "A validation rule of " + contributor + " lacks its id or class", null);
                continue;
            }
            Set<String> kindSet = kinds == null || kinds.isBlank() || kinds.trim().equals("*") ? Set.of()
                    : Arrays.stream(kinds.split(",")).map(String::trim).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
            Severity level = severity == null ? Severity.ERROR : Severity.valueOf(severity.trim().toUpperCase(Locale.ROOT));
            MessageSource source = messages == null || resources == null ? RuleMessages.SOURCE
                    : MessageSource.of(messages, resources);
            registry.register(new RuleRegistry.Descriptor(id, kindSet, level, () -> create(element, contributor, id), source,
                    contributor));
        }
    }

    private static RecordRule create(IConfigurationElement element, String contributor, String id) {
        try {
            return (RecordRule) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            Contributors.error(EclipseRuleExtensions.class, "The validation rule " + id + " of " + contributor + " could not be created", e);
            return context -> {
                // a rule that cannot be created checks nothing; the log says why
            };
        }
    }
}
