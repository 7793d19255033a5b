/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * VAL-ANNEX-SUMS (第7表; a warning — the standard prints the form, not its arithmetic): per user, the
 * サービス単位金額 of a 区分支給対象種類別小計 (AAAA) row is the sum of its サービス種類's detail rows (or of those of them
 * inside the 区分支給限度, the rows with a 給付管理単位数: the standard does not say which), and that of
 * the 全合計 (ALL9) row the sum of all detail rows; a 減算 row's negative amount counts as such. Rows whose amounts
 * are empty or not whole numbers are left out of the check.
 */
public final class AnnexSumsRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (List<ServiceUseAnnexRow> rows : Items.annexRowsByUser(context.records())) {
            FileLayout layout = context.layoutOf(rows.get(0));
            Column amount = layout == null ? null : context.column(layout, "serviceUnitsAmount");
            if (amount == null) {
                continue;
            }
            Map<String, Long> perType = new LinkedHashMap<>();
            // the same, of the rows inside the 区分支給限度 (with a 給付管理単位数) only: a 区分支給対象 subtotal may sum
            // just those, leaving a kind's rows outside the limit (a 処遇改善加算) to its optional EEEE subtotal
            Map<String, Long> perTypeInLimit = new LinkedHashMap<>();
            long total = 0;
            boolean complete = true;
            for (ServiceUseAnnexRow row : rows) {
                if (row.getRowType() != AnnexRowType.DETAIL) {
                    continue;
                }
                Long value = number(row.getServiceUnitsAmount());
                String code = row.getServiceCode();
                if (value == null || code == null || code.length() != 6) {
                    complete = false;
                    continue;
                }
                perType.merge(code.substring(0, 2), value, Long::sum);
                if (row.getBenefitManagedUnits() != null && !row.getBenefitManagedUnits().isEmpty()) {
                    perTypeInLimit.merge(code.substring(0, 2), value, Long::sum);
                }
                total += value;
            }
            if (!complete) {
                continue;
            }
            for (ServiceUseAnnexRow row : rows) {
                Long value = number(row.getServiceUnitsAmount());
                if (value == null) {
                    continue;
                }
                if (row.getRowType() == AnnexRowType.TYPE_SUBTOTAL) {
                    Long expected = perType.get(row.getServiceCode().substring(0, 2));
                    Long inLimit = perTypeInLimit.get(row.getServiceCode().substring(0, 2));
                    if (expected != null && !expected.equals(value) && !value.equals(inLimit)) {
                        context.report(row, amount, "annex.subtotalSum");
                    }
                } else if (row.getRowType() == AnnexRowType.GRAND_TOTAL && value != total) {
                    context.report(row, amount, "annex.totalSum");
                }
            }
        }
    }

    /** A whole number, negative for a 減算 row (「整数」); {@code null} when the text is none. */
    private static Long number(String text) {
        boolean negative = text != null && text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        if (!Items.digits(digits) || digits.length() > 12) {
            return null;
        }
        long value = Long.parseLong(digits);
        return Long.valueOf(negative ? -value : value);
    }
}
