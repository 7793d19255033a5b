/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.careplan.edit.ui.ItemPropertySourceProvider.ItemNames;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;

/**
 * The standard's item names from the registered layouts: the name of the column a record's feature is
 * read from, in the layout whose record class is the record's. So a kind contributed by a vendor's bundle
 * or a draft layout, whose classes have no generated item providers, shows its items under the names its
 * layout gives them, with no code of its own.
 */
final class LayoutItemNames implements ItemNames {

    static final LayoutItemNames INSTANCE = new LayoutItemNames();

    @Override
    public String nameOf(Object object, Object feature) {
        if (!(object instanceof EObject record) || !(feature instanceof EStructuralFeature structural)) {
            return null;
        }
        for (LayoutSet set : LayoutRegistry.getDefault().layoutSets()) {
            for (FileLayout layout : set.getFileLayouts()) {
                if (layout.getRecordClass() != record.eClass()) {
                    continue;
                }
                for (Column column : layout.getColumns()) {
                    if (structural.getName().equals(column.getFeature())) {
                        return column.getName();
                    }
                }
            }
        }
        return null;
    }
}
