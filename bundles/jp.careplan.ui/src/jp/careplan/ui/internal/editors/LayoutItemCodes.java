/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.careplan.edit.ui.ItemPropertySourceProvider.Choice;
import jp.careplan.edit.ui.ItemPropertySourceProvider.ItemCodes;
import jp.careplan.layout.CodeListRegistry;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;

/**
 * The codes an item may take, for the property sheet: the code list its column names in the layout (性別, 計画種類…),
 * else a list contributed for its item name through {@code jp.careplan.layout.codeLists} or imported by the user
 * (the 福祉用具 products for TAISコード and 福祉用具届出コード). Found through the layouts only, so an extension's
 * item gets its list with no code of its own.
 */
public final class LayoutItemCodes implements ItemCodes {

    public static final LayoutItemCodes INSTANCE = new LayoutItemCodes();

    /** The choices of each column's list, made once per list read (a product list may hold thousands). */
    private final java.util.Map<Object, List<Choice>> cache = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    /** The items whose lists tie, reported once each. */
    private final java.util.Set<String> reportedTies = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public List<Choice> codesOf(Object object, Object feature) {
        Column column = column(object, feature);
        if (column == null) {
            return List.of();
        }
        if (column.getCodeList() != null && !column.getCodeList().getCodes().isEmpty()) {
            return cache.computeIfAbsent(column.getCodeList(), list -> column.getCodeList().getCodes().stream()
                    .map(code -> new Choice(code.getValue(), code.getLabel() == null ? "" : code.getLabel())).toList());
        }
        jp.careplan.ui.internal.UserCodeLists.imports(); // the office's imported lists, registered once
        return CodeListRegistry.getDefault().forItem(column.getName()).map(resolution -> {
            if (!resolution.ties().isEmpty() && reportedTies.add(column.getName())) {
                org.eclipse.core.runtime.ILog.of(LayoutItemCodes.class).warn("The code lists for " + column.getName() + " of "
                        + resolution.chosen().contributor() + " and " + resolution.ties().stream()
                                .map(CodeListRegistry.Contribution::contributor).toList()
                        + " have the same priority; the first registered, " + resolution.chosen().contributor() + "'s, is used");
            }
            // keyed by the entries read: a list imported again is a new list
            return cache.computeIfAbsent(resolution.entries(), entries -> resolution.entries().stream()
                    .map(entry -> new Choice(entry.code(), entry.label())).toList());
        }).orElse(List.of());
    }

    /**
     * The column a record's feature is read from: in the layout whose record class is the record's, of the set of the
     * record's CSVバージョン when there is one (3.2 and 4.1 share the generated classes).
     */
    public static Column column(Object object, Object feature) {
        if (!(object instanceof EObject record) || !(feature instanceof EStructuralFeature structural)) {
            return null;
        }
        String csvVersion = record instanceof jp.careplan.model.careplan.Record known ? known.getCsvVersion() : null;
        Column fallback = null;
        for (LayoutSet set : LayoutRegistry.getDefault().layoutSets()) {
            for (FileLayout layout : set.getFileLayouts()) {
                if (layout.getRecordClass() != record.eClass()) {
                    continue;
                }
                for (Column column : layout.getColumns()) {
                    if (structural.getName().equals(column.getFeature())) {
                        if (csvVersion == null || csvVersion.equals(set.getCsvVersion())) {
                            return column;
                        }
                        if (fallback == null) {
                            fallback = column;
                        }
                    }
                }
            }
        }
        return fallback;
    }
}
