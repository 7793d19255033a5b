/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.Locale;

import jp.careplan.csv.internal.Messages;
import jp.careplan.layout.LayoutDiff.Difference;

/** The words for a layout difference or a layout problem, in Japanese or English, as the command line and the workbench show them. */
public final class LayoutChanges {

    private LayoutChanges() {
    }

    /** 「No.8 単位数: 桁数 6 → 7」: what changed, with the item's No. and name. */
    public static String describe(Difference difference, Locale locale) {
        return Messages.format(locale, "layout.change." + difference.change(), difference.oldNumber(),
                difference.oldName() == null ? "" : difference.oldName(), difference.newNumber(),
                difference.newName() == null ? "" : difference.newName(),
                difference.oldValue() == null ? "" : difference.oldValue(),
                difference.newValue() == null ? "" : difference.newValue());
    }

    /** 「UPPLAN No.8 単位数: …」: what is wrong with a layout, with the kind and the item. */
    public static String describe(jp.careplan.layout.LayoutCheck.Finding finding, Locale locale) {
        return Messages.format(locale, "layout.check." + finding.reason(), finding.kind(), Integer.valueOf(finding.number()),
                finding.item() == null ? "" : finding.item(), finding.detail() == null ? "" : finding.detail());
    }

    /** The item a difference is about: its new name, else its old one. */
    public static String item(Difference difference) {
        return difference.newName() != null ? difference.newName() : difference.oldName() == null ? "" : difference.oldName();
    }

    /** The item's No.: the new one, else the old one; 0 for a change of a whole kind or version. */
    public static int number(Difference difference) {
        return difference.newNumber() > 0 ? difference.newNumber() : difference.oldNumber();
    }
}
