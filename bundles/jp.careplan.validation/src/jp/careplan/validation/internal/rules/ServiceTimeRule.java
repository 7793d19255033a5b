/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * VAL-TIME (第6表): サービス開始時刻 and サービス終了時刻 are real times HHMM, or both 9999 (時間表示の無い
 * サービス); the end is after the start. A value not of 4 digits is the reader's field rule (CSV-FIELD), not said twice.
 */
public final class ServiceTimeRule implements RecordRule {

    private static final String NO_TIME = "9999";

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            FileLayout layout = context.layoutOf(record);
            Column startColumn = layout == null ? null : context.column(layout, "startTime");
            Column endColumn = layout == null ? null : context.column(layout, "endTime");
            if (startColumn == null || endColumn == null) {
                continue;
            }
            String start = Items.value(record, "startTime");
            String end = Items.value(record, "endTime");
            if (start == null || end == null) {
                continue;
            }
            boolean startNone = NO_TIME.equals(start);
            boolean endNone = NO_TIME.equals(end);
            if (startNone || endNone) {
                if (startNone != endNone) {
                    context.report(record, startNone ? endColumn : startColumn, "time.onlyOne");
                }
                continue;
            }
            int startMinutes = minutes(start);
            int endMinutes = minutes(end);
            if (startMinutes == NOT_A_TIME) {
                context.report(record, startColumn, "time.notReal");
            }
            if (endMinutes == NOT_A_TIME) {
                context.report(record, endColumn, "time.notReal");
            }
            if (startMinutes >= 0 && endMinutes >= 0 && endMinutes <= startMinutes) {
                context.report(record, endColumn, "time.order");
            }
        }
    }

    /** 4 digits that are no time of day (2575). */
    private static final int NOT_A_TIME = -1;
    /** Not 4 digits (9:30): the reader's field rule says so. */
    private static final int NOT_HHMM = -2;

    /** Minutes since midnight of HHMM, {@link #NOT_A_TIME} or {@link #NOT_HHMM}. */
    private static int minutes(String hhmm) {
        if (hhmm.length() != 4 || !Items.digits(hhmm)) {
            return NOT_HHMM;
        }
        int hours = Integer.parseInt(hhmm.substring(0, 2));
        int minutes = Integer.parseInt(hhmm.substring(2));
        return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : NOT_A_TIME;
    }
}
