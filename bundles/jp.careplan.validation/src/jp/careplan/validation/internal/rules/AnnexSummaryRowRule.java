/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * VAL-ANNEX-SUMMARY (第7表): a 種類別小計 (AAAA, EEEE, ZZZZ) or 全合計 (ALL9) row has 単位数 0 and empty
 * 割引後率 and 割引後単位数, as the standard fixes them (「0 固定」, 「Null（空） 固定」).
 */
public final class AnnexSummaryRowRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            if (!(record instanceof ServiceUseAnnexRow row) || row.getRowType() == AnnexRowType.DETAIL) {
                continue;
            }
            FileLayout layout = context.layoutOf(record);
            if (layout == null) {
                continue;
            }
            if (!"0".equals(row.getUnits())) {
                context.report(record, context.column(layout, "units"), "annex.unitsZero");
            }
            if (Items.value(record, "discountRate") != null) {
                context.report(record, context.column(layout, "discountRate"), "annex.empty");
            }
            if (Items.value(record, "discountedUnits") != null) {
                context.report(record, context.column(layout, "discountedUnits"), "annex.empty");
            }
        }
    }
}
