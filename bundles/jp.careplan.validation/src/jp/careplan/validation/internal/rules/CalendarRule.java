/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * VAL-DATE: every YYYYMMDD item is a real calendar date and every YYYYMM item a real month — except
 * the all-zero sentinels where the standard's note for the item provides them (利用者補足情報's
 * 00000000 / 000000). Shape (digits, length) is the reader's field rule.
 */
public final class CalendarRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            FileLayout layout = context.layoutOf(record);
            if (layout == null) {
                continue;
            }
            for (Column column : layout.getColumns()) {
                ColumnType type = column.getType();
                if (type != ColumnType.DATE && type != ColumnType.YEAR_MONTH || column.getNumber() == 1) {
                    continue;
                }
                String value = Items.value(record, column.getFeature());
                int length = type == ColumnType.DATE ? 8 : 6;
                if (value == null || value.length() != length || !Items.digits(value)) {
                    continue;
                }
                boolean sentinel = value.chars().allMatch(c -> c == '0') && column.getNote() != null
                        && column.getNote().contains(value);
                if (sentinel) {
                    continue;
                }
                if (type == ColumnType.DATE && Items.date(value) == null) {
                    context.report(record, column, "date.notReal");
                } else if (type == ColumnType.YEAR_MONTH && Items.month(value) == null) {
                    context.report(record, column, "month.notReal");
                }
            }
        }
    }
}
