/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import java.time.YearMonth;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/** VAL-DAY-FLAGS (第6表): 日割対象日 has no 1 on a day past the last day of the 対象年月. */
public final class DayFlagsRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            FileLayout layout = context.layoutOf(record);
            Column column = layout == null ? null : context.column(layout, "proRataDays");
            String flags = column == null ? null : Items.value(record, "proRataDays");
            YearMonth month = Items.month(Items.value(record, "targetMonth"));
            if (flags == null || flags.length() != 31 || month == null) {
                continue;
            }
            for (int day = month.lengthOfMonth() + 1; day <= 31; day++) {
                if (flags.charAt(day - 1) == '1') {
                    context.report(record, column, "dayFlags.pastMonthEnd");
                    break;
                }
            }
        }
    }
}
