/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.ServiceUseRow;

/**
 * The generated item providers (jp.careplan.model.edit) speak Japanese in the workbench, with the
 * standard's item names verbatim as property names.
 */
class ItemProviderLabelsTest {

    @Test
    void propertyNamesAreTheStandardsItemNamesInJapanese() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        ServiceUseRow row = CareplanFactory.eINSTANCE.createServiceUseRow();
        row.setServiceCode("111111");

        IItemPropertySource properties = (IItemPropertySource) factory.adapt(row, IItemPropertySource.class);
        List<String> names = properties.getPropertyDescriptors(row).stream()
                .map(descriptor -> ((IItemPropertyDescriptor) descriptor).getDisplayName(row)).toList();

        assertTrue(names.containsAll(List.of("CSVバージョン", "被保険者番号", "サービスコード", "日割対象日", "３０日超区分")), names.toString());
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(row, IItemLabelProvider.class);
        assertTrue(labels.getText(row).startsWith("第6表（サービス利用票）"), labels.getText(row));
        assertEquals(22, names.size(), "one property per column of 第6表");
        factory.dispose();
    }
}
