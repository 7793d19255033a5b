/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * The byte forms of characters read in a form other than the one Java's MS932 encoder writes (e.g. 髙
 * as {@code EE E0} rather than {@code FB FC}), per record and item, with the value as read: while an
 * item keeps that value, the writer writes those characters in the bytes they came in. Rare, so
 * held only where it occurs.
 */
public final class OriginalForms {

    /** The value of an item as read, and the non-canonical codes at their positions in it. */
    record Original(String value, int[] positions, int[] codes) {
    }

    private final Map<EObject, Map<EAttribute, Original>> originals = new IdentityHashMap<>();

    void add(EObject record, EAttribute item, String value, int[] positions, int[] codes) {
        originals.computeIfAbsent(record, r -> new HashMap<>()).put(item, new Original(value, positions, codes));
    }

    /** The original form of an item when its value is still the one read, else {@code null}. */
    Original unchanged(EObject record, EAttribute item, String currentValue) {
        Map<EAttribute, Original> items = originals.get(record);
        Original original = items == null ? null : items.get(item);
        return original != null && Objects.equals(original.value(), currentValue) ? original : null;
    }

    /** How many items hold characters in a non-canonical form. */
    public int size() {
        return originals.values().stream().mapToInt(Map::size).sum();
    }
}
