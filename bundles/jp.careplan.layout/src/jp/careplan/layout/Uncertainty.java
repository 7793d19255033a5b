/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout;

import java.util.List;
import java.util.Set;

/**
 * Whether a problem found on a column rests on what the layout marks uncertain about it ({@link Column#getUncertainty()},
 * narrowed by {@link Column#getUncertainAbout()}): then it is a warning that says so, else it is as certain as the rule.
 */
public final class Uncertainty {

    /** What a column's uncertainty may concern. */
    public static final Set<String> ASPECTS = Set.of("required", "length", "format", "codes", "note", "name");

    /** What a rule on a value that is there cannot rest on: whether the item must be there, what it is called. */
    private static final Set<String> NOT_OF_VALUES = Set.of("required", "name");

    private Uncertainty() {
    }

    /** The words of an {@code uncertainAbout}; none when it is absent or empty (the uncertainty is not narrowed). */
    public static List<String> words(String uncertainAbout) {
        return uncertainAbout == null || uncertainAbout.isBlank() ? List.of() : List.of(uncertainAbout.trim().split("\\s+"));
    }

    /** Whether the column's uncertainty concerns {@code aspect} (one of {@link #ASPECTS}). */
    public static boolean concerns(Column column, String aspect) {
        if (column == null || column.getUncertainty() == null) {
            return false;
        }
        List<String> about = words(column.getUncertainAbout());
        return about.isEmpty() || about.contains(aspect); // not narrowed: everything about the column is uncertain
    }

    /**
     * Whether a rule on the column's value (a date, a time, a code's meaning, a sum) rests on something uncertain:
     * anything the uncertainty concerns but whether the item is required and its name.
     */
    public static boolean concernsValues(Column column) {
        if (column == null || column.getUncertainty() == null) {
            return false;
        }
        List<String> about = words(column.getUncertainAbout());
        return about.isEmpty() || about.stream().anyMatch(word -> !NOT_OF_VALUES.contains(word));
    }
}
