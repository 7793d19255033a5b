/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation;

import java.util.Set;
import java.util.function.Supplier;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.validation.internal.RuleMessages;
import jp.careplan.validation.internal.rules.AnnexSummaryRowRule;
import jp.careplan.validation.internal.rules.AnnexSumsRule;
import jp.careplan.validation.internal.rules.AnnexTotalRule;
import jp.careplan.validation.internal.rules.CalendarRule;
import jp.careplan.validation.internal.rules.DayFlagsRule;
import jp.careplan.validation.internal.rules.ServiceDateRule;
import jp.careplan.validation.internal.rules.ServiceTimeRule;
import jp.careplan.validation.internal.rules.SpreadsheetFormulaRule;
import jp.careplan.validation.internal.rules.VersionMonthRule;
import jp.careplan.validation.spi.RecordRule;

/**
 * The product's own rules for plain-Java callers. Under Eclipse the same rules come through the
 * extension point (plugin.xml of this bundle), as a vendor's do; keep the two lists alike.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    public static void register(RuleRegistry registry) {
        add(registry, "VAL-VERSION-MONTH", Set.of(), VersionMonthRule::new);
        add(registry, "VAL-DATE", Set.of(), CalendarRule::new);
        add(registry, "VAL-TIME", Set.of("UPPLAN", "UPJSK"), ServiceTimeRule::new);
        add(registry, "VAL-SERVICE-DATE", Set.of("UPPLAN", "UPJSK"), ServiceDateRule::new);
        add(registry, "VAL-DAY-FLAGS", Set.of("UPPLAN", "UPJSK"), DayFlagsRule::new);
        add(registry, "VAL-ANNEX-SUMMARY", Set.of("UPSIKYU"), AnnexSummaryRowRule::new);
        add(registry, "VAL-ANNEX-TOTAL", Set.of("UPSIKYU"), AnnexTotalRule::new);
        registry.register(new RuleRegistry.Descriptor("VAL-ANNEX-SUMS", Set.of("UPSIKYU"), Severity.WARNING, AnnexSumsRule::new,
                RuleMessages.SOURCE, "plain Java"));
        registry.register(new RuleRegistry.Descriptor("VAL-SPREADSHEET", Set.of(), Severity.WARNING, SpreadsheetFormulaRule::new,
                RuleMessages.SOURCE, "plain Java"));
    }

    private static void add(RuleRegistry registry, String id, Set<String> kinds, Supplier<RecordRule> rule) {
        registry.register(new RuleRegistry.Descriptor(id, kinds, Severity.ERROR, rule, RuleMessages.SOURCE, "plain Java"));
    }
}
