/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests.vendor;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A vendor's rule, contributed through {@code jp.careplan.validation.rules} by this test bundle exactly as
 * an extension bundle would (see plugin.xml): a 第6表 service starting at 22:00 or later is reported, as
 * a vendor whose partners close at night might want. It reads the item only through the public model
 * and the layout, as a vendor must.
 */
public final class NightServiceRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (Record record : context.records()) {
            FileLayout layout = context.layoutOf(record);
            Column start = layout == null ? null : context.column(layout, "startTime");
            EStructuralFeature feature = start == null ? null : record.eClass().getEStructuralFeature(start.getFeature());
            if (feature == null) {
                continue;
            }
            Object value = record.eGet(feature);
            if (value instanceof String hhmm && hhmm.length() == 4 && hhmm.chars().allMatch(Character::isDigit)
                    && !hhmm.equals("9999") && hhmm.compareTo("2200") >= 0) {
                context.report(record, start, "night");
            }
        }
    }
}
