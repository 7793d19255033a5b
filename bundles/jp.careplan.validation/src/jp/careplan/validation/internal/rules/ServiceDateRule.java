/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/** VAL-SERVICE-DATE (第6表): サービス利用日 lies in the record's 対象年月. */
public final class ServiceDateRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            FileLayout layout = context.layoutOf(record);
            Column dateColumn = layout == null ? null : context.column(layout, "serviceDate");
            if (dateColumn == null) {
                continue;
            }
            LocalDate date = Items.date(Items.value(record, "serviceDate"));
            YearMonth month = Items.month(Items.value(record, "targetMonth"));
            if (date != null && month != null && !YearMonth.from(date).equals(month)) {
                context.report(record, dateColumn, "serviceDate.outside");
            }
        }
    }
}
