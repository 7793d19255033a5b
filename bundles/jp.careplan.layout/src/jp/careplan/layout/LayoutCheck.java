/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a layout set itself, as a spec author's draft needs before files are read by it: file-name prefixes of the
 * standard's form and each kind once; per kind, items numbered from 1 without gaps or repeats and named; lengths
 * present where the type fixes one and matching it; formats that the type can read; コード items with a code list and
 * code lists with codes (or open); each item bound to a feature of the record class.
 */
public final class LayoutCheck {

    /** What is wrong. */
    public enum Reason {
        /** The kind's prefix is not upper-case letters and digits joined by _. */
        PREFIX,
        /** The kind appears twice in the set. */
        KIND_TWICE,
        /** The items are not numbered 1, 2, 3… (detail: the number expected). */
        NUMBERING,
        /** An item has no name. */
        NO_NAME,
        /** The type fixes a length and the item gives another or none (detail: the length expected). */
        LENGTH,
        /** The format cannot be read for the type (detail: the format expected). */
        FORMAT,
        /** A コード item has no code list, or its list has no codes and is not open. */
        CODES,
        /** The item is bound to no feature of the record class (a file could not be read into the model). */
        FEATURE,
        /** {@code uncertainAbout} names what an uncertainty cannot concern (detail: the word), or there is no uncertainty. */
        UNCERTAIN_ABOUT
    }

    /** One finding: the kind, the item's No. and name (0 and null for the kind itself), why, and a detail. */
    public record Finding(String kind, int number, String item, Reason reason, String detail) {
    }

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*");
    /** The lengths the types fix (their own rule fixes their form too: see {@link #fixedLength(ColumnType)}). */
    private static final Map<ColumnType, Integer> FIXED = Map.of(ColumnType.DATE, 8, ColumnType.YEAR_MONTH, 6, ColumnType.TIME, 4,
            ColumnType.INSURED_NUMBER, 10, ColumnType.OFFICE_NUMBER, 10, ColumnType.POSTAL_CODE, 8, ColumnType.SERVICE_CODE, 6,
            ColumnType.SERVICE_TYPE, 2, ColumnType.DAY_FLAGS, 31);
    /** The formats the types read. */
    private static final Map<ColumnType, String> FORMATS = Map.of(ColumnType.DATE, "YYYYMMDD", ColumnType.YEAR_MONTH, "YYYYMM",
            ColumnType.TIME, "HHMM", ColumnType.POSTAL_CODE, "XXX-XXXX");

    private LayoutCheck() {
    }

    /** Everything wrong with a set, kind by kind; empty when it can be used as it is. */
    public static List<Finding> of(LayoutSet set) {
        List<Finding> findings = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (FileLayout layout : set.getFileLayouts()) {
            String kind = layout.getKind();
            if (kind == null || !PREFIX.matcher(kind).matches()) {
                findings.add(new Finding(String.valueOf(kind), 0, null, Reason.PREFIX, null));
            }
            if (!kinds.add(kind)) {
                findings.add(new Finding(kind, 0, null, Reason.KIND_TWICE, null));
            }
            if (layout.isAttachment()) {
                continue; // an attachment has no items
            }
            List<Column> columns = new ArrayList<>(layout.getColumns());
            columns.sort((a, b) -> Integer.compare(a.getNumber(), b.getNumber()));
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (column.getNumber() != i + 1) {
                    findings.add(new Finding(kind, column.getNumber(), column.getName(), Reason.NUMBERING, Integer.toString(i + 1)));
                    break; // one gap shifts every number after it: said once
                }
            }
            for (Column column : columns) {
                check(layout, column, findings);
            }
        }
        return findings;
    }

    private static void check(FileLayout layout, Column column, List<Finding> findings) {
        String kind = layout.getKind();
        if (column.getName() == null || column.getName().isBlank()) {
            findings.add(new Finding(kind, column.getNumber(), null, Reason.NO_NAME, null));
        }
        ColumnType type = column.getType();
        Integer fixed = FIXED.get(type);
        if (fixed != null && column.getLength() != fixed.intValue()) {
            findings.add(new Finding(kind, column.getNumber(), column.getName(), Reason.LENGTH, fixed.toString()));
        }
        if ((type == ColumnType.DIGITS || type == ColumnType.INTEGER || type == ColumnType.CODE) && column.getLength() <= 0) {
            findings.add(new Finding(kind, column.getNumber(), column.getName(), Reason.LENGTH, "1-"));
        }
        String format = FORMATS.get(type);
        if (column.getFormat() != null && !column.getFormat().isEmpty() && format != null && !format.equals(column.getFormat())) {
            findings.add(new Finding(kind, column.getNumber(), column.getName(), Reason.FORMAT, format));
        }
        if (type == ColumnType.CODE
                && (column.getCodeList() == null || column.getCodeList().getCodes().isEmpty() && !column.getCodeList().isOpen())) {
            findings.add(new Finding(kind, column.getNumber(), column.getName(), Reason.CODES, null));
        }
        for (String word : Uncertainty.words(column.getUncertainAbout())) {
            if (!Uncertainty.ASPECTS.contains(word) || column.getUncertainty() == null) {
                findings.add(new Finding(kind, column.getNumber(), column.getName(), Reason.UNCERTAIN_ABOUT, word));
            }
        }
        if (layout.getRecordClass() == null || column.getFeature() == null
                || layout.getRecordClass().getEStructuralFeature(column.getFeature()) == null) {
            findings.add(new Finding(kind, column.getNumber(), column.getName(), Reason.FEATURE, column.getFeature()));
        }
    }

    /**
     * The length a type fixes with its form (a date 8, an 事業所番号 10 …), or {@code null} for a type whose values vary
     * in length: the reader says a value of such a type is not of its form rather than too long.
     */
    public static Integer fixedLength(ColumnType type) {
        return FIXED.get(type);
    }
}
