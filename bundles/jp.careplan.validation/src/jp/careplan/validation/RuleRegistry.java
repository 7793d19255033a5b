/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.MessageSource;
import jp.careplan.validation.internal.RuleExtensionReader;
import jp.careplan.validation.spi.RecordRule;

/**
 * The validation rules known to the product: from the {@code jp.careplan.validation.rules} extension
 * point under Eclipse (the built-in rules among them), registered directly in plain Java
 * ({@link BuiltInRules#register(RuleRegistry)} for the built-in ones).
 */
public final class RuleRegistry {

    private static volatile RuleRegistry defaultRegistry;

    private final List<Descriptor> rules = new CopyOnWriteArrayList<>();

    /**
     * A rule as contributed.
     *
     * @param id          the rule's stable id, also its message key {@code rule.<id>}
     * @param kinds       the file kinds it applies to; empty for every kind
     * @param severity    how serious what it finds is (a warning where the column is uncertain)
     * @param rule        creates the rule (once)
     * @param messages    the texts of its messages
     * @param contributor who contributed it, for reports
     */
    public record Descriptor(String id, Set<String> kinds, Severity severity, Supplier<RecordRule> rule,
            MessageSource messages, String contributor) {

        public boolean appliesTo(String kind) {
            return kinds.isEmpty() || kinds.contains(kind);
        }
    }

    /** The product's registry, filled from the extension point under Eclipse, empty in plain Java. */
    public static RuleRegistry getDefault() {
        RuleRegistry registry = defaultRegistry;
        if (registry == null) {
            synchronized (RuleRegistry.class) {
                registry = defaultRegistry;
                if (registry == null) {
                    registry = new RuleRegistry();
                    RuleExtensionReader.fill(registry);
                    defaultRegistry = registry;
                }
            }
        }
        return registry;
    }

    public void register(Descriptor descriptor) {
        Supplier<RecordRule> factory = descriptor.rule();
        Supplier<RecordRule> once = new Supplier<>() {
            private RecordRule created;

            @Override
            public synchronized RecordRule get() {
                if (created == null) {
                    created = factory.get();
                }
                return created;
            }
        };
        rules.add(new Descriptor(Objects.requireNonNull(descriptor.id()), Set.copyOf(descriptor.kinds()),
                descriptor.severity(), once, descriptor.messages(), descriptor.contributor()));
    }

    public void unregisterContributor(String contributor) {
        rules.removeIf(rule -> rule.contributor().equals(contributor));
    }

    public List<Descriptor> rules() {
        return List.copyOf(rules);
    }
}
