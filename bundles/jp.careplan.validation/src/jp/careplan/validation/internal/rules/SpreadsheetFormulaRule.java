/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import jp.careplan.csv.SpreadsheetCopy;
import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * VAL-SPREADSHEET (a warning, every kind): a free-text item that begins as a spreadsheet formula does — with =, +,
 * - or @ — or with a tab or a carriage return, which a spreadsheet opening the CSV may run or misplace (CSV
 * injection). The file itself is conforming and is never changed; the warning says to open it in a spreadsheet only
 * through the copy for spreadsheet viewing. The message never says which character it was.
 */
public final class SpreadsheetFormulaRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            FileLayout layout = context.layoutOf(record);
            if (layout == null) {
                continue;
            }
            for (Column column : layout.getColumns()) {
                if (column.getType() == ColumnType.TEXT && SpreadsheetCopy.risky(Items.value(record, column.getFeature()))) {
                    context.report(record, column, "sheet.formula");
                }
            }
        }
    }
}
