/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.tais;

import java.util.Set;
import java.util.function.Supplier;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.MessageSource;
import jp.careplan.tais.internal.CodeFormatRule;
import jp.careplan.tais.internal.DetailNumberRule;
import jp.careplan.tais.internal.RentalCodeRule;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.spi.RecordRule;

/**
 * The 福祉用具 rules for plain Java (a batch job, a test): under Eclipse the bundle contributes them
 * through {@code jp.careplan.validation.rules} (plugin.xml) and nothing needs calling.
 */
public final class TaisRules {

    private static final MessageSource MESSAGES = MessageSource.of("jp.careplan.tais.internal.messages",
            TaisRules.class.getClassLoader());

    private TaisRules() {
    }

    public static void register(RuleRegistry registry) {
        Set<String> rows = Set.of("UPPLAN", "UPJSK", "UPSIKYU");
        // as plugin.xml contributes them
        add(registry, "TAIS-FORMAT", rows, Severity.ERROR, CodeFormatRule::new);
        add(registry, "TAIS-RENTAL", rows, Severity.WARNING, RentalCodeRule::new);
        add(registry, "TAIS-DETAIL", Set.of("UPPLAN", "UPJSK"), Severity.ERROR, DetailNumberRule::new);
    }

    private static void add(RuleRegistry registry, String id, Set<String> kinds, Severity severity, Supplier<RecordRule> rule) {
        registry.register(new RuleRegistry.Descriptor(id, kinds, severity, rule, MESSAGES, "plain Java"));
    }
}
