/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.tais.internal;

import java.util.regex.Pattern;

import jp.careplan.layout.Column;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * TAIS-FORMAT: a TAISコード or 福祉用具届出コード is written as the standard's example writes it: 5 digits, a
 * dash, 6 digits (00001-000010; the example's dash is full-width, so both dashes are read). The standard
 * states only "12 桁" and the example, so the layouts mark the items uncertain and this rule gives warnings.
 */
public final class CodeFormatRule implements RecordRule {

    private static final Pattern CODE = Pattern.compile("[0-9]{5}[-－][0-9]{6}");

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            for (String feature : new String[] { Items.TAIS, Items.NOTIFIED }) {
                String value = Items.value(record, feature);
                Column column = value == null ? null : Items.column(context, record, feature);
                if (column != null && !CODE.matcher(value).matches()) {
                    context.report(record, column, "format");
                }
            }
        }
    }
}
