/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import jp.careplan.edit.ui.ItemPropertySourceProvider.ItemNames;
import jp.careplan.layout.Column;

/**
 * The standard's item names from the registered layouts: the name of the column a record's feature is
 * read from, in the layout whose record class is the record's. So a kind contributed by a vendor's bundle
 * or a draft layout, whose classes have no generated item providers, shows its items under the names its
 * layout gives them, with no code of its own.
 */
public final class LayoutItemNames implements ItemNames {

    public static final LayoutItemNames INSTANCE = new LayoutItemNames();

    @Override
    public String nameOf(Object object, Object feature) {
        Column column = LayoutItemCodes.column(object, feature);
        return column == null ? null : column.getName();
    }

    /** The item's No. in the record's layout: the Properties view lists the items as the standard numbers them. */
    @Override
    public int positionOf(Object object, Object feature) {
        Column column = LayoutItemCodes.column(object, feature);
        return column == null ? -1 : column.getNumber();
    }
}
