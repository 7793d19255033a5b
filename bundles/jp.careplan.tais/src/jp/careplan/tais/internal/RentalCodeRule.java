/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.tais.internal;

import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * TAIS-RENTAL: a 福祉用具貸与 row (サービスコード of サービス種類 17, or 67 for 介護予防) carries its product's
 * TAISコード or, for a product without one, its 福祉用具届出コード (4.x: 「本項目または…のどちらかを入力すること」).
 * Only where the file's layout has the items.
 */
public final class RentalCodeRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            if (Items.column(context, record, Items.TAIS) == null || Items.column(context, record, Items.NOTIFIED) == null) {
                continue;
            }
            if (Items.rental(Items.value(record, "serviceCode")) && Items.value(record, Items.TAIS) == null
                    && Items.value(record, Items.NOTIFIED) == null) {
                // reported at the サービスコード; a warning (plugin.xml): which rows are 17 and 67 is an interpretation
                context.report(record, Items.column(context, record, "serviceCode"), "rental.missing");
            }
        }
    }
}
