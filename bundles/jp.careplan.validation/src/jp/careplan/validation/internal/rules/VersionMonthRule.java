/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * VAL-VERSION-MONTH: a record carries the CSVバージョン that applies to its service month (「新しいバージョンの
 * 適用年月となるサービス提供年月から適用する」): of the installed versions, the latest whose first month is
 * not after it. The month is the record's 対象年月 where it has one, else the file name's. Reported once
 * a file (a file holds one version).
 */
public final class VersionMonthRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        String nameMonth = context.name() == null || "000000".equals(context.name().getMonth()) ? null : context.name().getMonth();
        // a file's records share one or two months: each month is looked up once
        Map<String, Optional<String>> versions = new HashMap<>();
        for (Record record : context.records()) {
            String month = Items.value(record, "targetMonth");
            if (month == null || Items.month(month) == null) {
                month = nameMonth;
            }
            FileLayout layout = context.layoutOf(record);
            if (month == null || layout == null || record.getCsvVersion() == null) {
                continue;
            }
            Optional<String> expected = versions.computeIfAbsent(month, m -> context.layouts().versionFor(context.kind(), m));
            if (expected.isPresent() && !expected.get().equals(record.getCsvVersion())) {
                context.report(record, layout.getColumns().get(0), "version.month", expected.get());
                return;
            }
        }
    }
}
