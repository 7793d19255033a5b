/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.tais.internal;

import org.eclipse.emf.ecore.EStructuralFeature;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RuleContext;

/** Items of a record by their feature names (the 4.x items are attributes of the revision's dynamic classes). */
final class Items {

    static final String TAIS = "taisCode";
    static final String NOTIFIED = "notifiedEquipmentCode";

    private Items() {
    }

    /** The value, or {@code null} when empty or when the record's class has no such item. */
    static String value(Record record, String feature) {
        EStructuralFeature found = record.eClass().getEStructuralFeature(feature);
        Object value = found == null ? null : record.eGet(found);
        return value instanceof String text && !text.isEmpty() ? text : null;
    }

    /** The column of the record's layout bound to a feature, or {@code null}. */
    static Column column(RuleContext context, Record record, String feature) {
        FileLayout layout = context.layoutOf(record);
        return layout == null ? null : context.column(layout, feature);
    }

    /** Whether a サービスコード is of 福祉用具貸与 (17) or 介護予防福祉用具貸与 (67), a detail row (not a subtotal). */
    static boolean rental(String serviceCode) {
        return serviceCode != null && serviceCode.length() == 6 && (serviceCode.startsWith("17") || serviceCode.startsWith("67"))
                && serviceCode.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
