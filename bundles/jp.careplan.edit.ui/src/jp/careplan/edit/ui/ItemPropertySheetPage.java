/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.edit.ui;

import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;

/**
 * A Properties page over an {@link ItemPropertySourceProvider} that lists the items in the order the provider gives
 * them — the standard's item order, as the forms and the layouts have it — instead of sorting them by name as the
 * platform's page does (which put CSVバージョン, その他理由 and 介護支援事業者コード together).
 */
public class ItemPropertySheetPage extends PropertySheetPage {

    public ItemPropertySheetPage(ItemPropertySourceProvider provider) {
        setPropertySourceProvider(provider);
        setSorter(new PropertySheetSorter() {
            @Override
            public int compare(IPropertySheetEntry entryA, IPropertySheetEntry entryB) {
                return 0; // the sort is stable: the provider's order stays
            }
        });
    }
}
