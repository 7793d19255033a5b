/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.careplan.csv.internal.FieldRules;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.Record;

/**
 * Converts a file's records from the layouts they were read with to the layout set of another version
 * of the standard, driven only by the layouts: an item moves to the target's column of the same name
 * (the standard keeps its item names from version to version), CSVバージョン becomes the target's, an
 * item the target adds is empty. Nothing is lost silently: an item with a value that the target has no
 * column for, or whose value the target's column does not admit (e.g. a 3-digit 回数 going back to 2),
 * is a {@link Loss}; the caller refuses or goes on, knowing exactly what.
 * <p>
 * The core knows no version: which versions exist is whatever layout sets are installed.
 */
public final class VersionConverter {

    /** What would not survive: the record (0-based index and line read), the item, and why. */
    public record Loss(int record, int line, String item, Reason reason) {
    }

    /** Why an item would not survive. */
    public enum Reason {
        /** The target has no item of this name. */
        NO_SUCH_ITEM,
        /** The target's item does not admit the value (length, characters). */
        DOES_NOT_FIT
    }

    /**
     * The converted records, what did not survive (empty when nothing is lost), and the original byte forms of the items
     * carried over unchanged (for the writer: a 髙 read as {@code EE E0} is written so again).
     */
    public record Result(CareplanDocument document, List<Loss> losses, OriginalForms originals) {
    }

    private final LayoutRegistry layouts;

    public VersionConverter(LayoutRegistry layouts) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
    }

    /** The installed layout set of a version of the standard (e.g. "4.1"), the highest priority first. */
    public Optional<LayoutSet> target(String standardVersion) {
        return layouts.layoutSets().stream().filter(set -> standardVersion.equals(set.getStandardVersion()))
                .max(Comparator.comparingInt(LayoutSet::getPriority));
    }

    /**
     * The installed layout set of a version of the standard that has a layout of the given kind, the highest
     * priority first (a version may come in several sets: 4.1's 居宅 files, its 介護予防 files, 第3表).
     */
    public Optional<LayoutSet> target(String standardVersion, String kind) {
        return layouts.layoutSets().stream().filter(set -> standardVersion.equals(set.getStandardVersion()))
                .filter(set -> set.getFileLayouts().stream().anyMatch(layout -> layout.getKind().equals(kind)))
                .max(Comparator.comparingInt(LayoutSet::getPriority));
    }

    /** The versions of the standard whose layouts are installed, for messages. */
    public List<String> versions() {
        return layouts.layoutSets().stream().map(LayoutSet::getStandardVersion).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    /**
     * Converts a document.
     *
     * @param source the document, read with its layouts
     * @param month  the file's month (from its name), or {@code null}
     * @param lines  the line each record was read from, by record index (e.g. {@link CareplanResource#lineOf(int)})
     * @param target the layout set to convert to
     * @throws IllegalArgumentException when the target has no layout of the document's kind, or a record's own
     *                                  version has none for the month
     */
    public Result convert(CareplanDocument source, String month, IntUnaryOperator lines, LayoutSet target) {
        return convert(source, month, lines, target, null);
    }

    /**
     * Converts, keeping the original byte forms the reader kept ({@code originals}, or {@code null}) for the items
     * carried over unchanged: a character MS932 holds in two byte forms (NEC's and IBM's extensions: 髙 as {@code EE E0}
     * or {@code FB FC}, ∵ as {@code 81 E6} or {@code FA 5B}) keeps the form it came in, as a save does.
     */
    public Result convert(CareplanDocument source, String month, IntUnaryOperator lines, LayoutSet target,
            OriginalForms originals) {
        OriginalForms kept = new OriginalForms();
        String kind = source.getKind();
        FileLayout to = target.getFileLayouts().stream().filter(layout -> kind.equals(layout.getKind())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind));
        CareplanDocument converted = CareplanFactory.eINSTANCE.createCareplanDocument();
        converted.setKind(kind);
        List<Loss> losses = new ArrayList<>();
        List<Record> records = source.getRecords();
        for (int index = 0; index < records.size(); index++) {
            Record record = records.get(index);
            int line = lines.applyAsInt(index);
            FileLayout from = layouts.resolveRecords(kind, record.getCsvVersion(), month).layout();
            if (from == null) {
                // never convert blind: an item the converter cannot place would be lost without a word
                throw new IllegalArgumentException("no installed layout of " + kind + " for CSVバージョン "
                        + record.getCsvVersion() + " applies to service month " + month);
            }
            EObject copy = EcoreUtil.create(to.getRecordClass());
            for (Column column : to.getColumns()) {
                EStructuralFeature feature = to.getRecordClass().getEStructuralFeature(column.getFeature());
                if (column.getNumber() == 1) {
                    copy.eSet(feature, target.getCsvVersion());
                    continue;
                }
                Column same = byName(from, column.getName());
                if (same == null) {
                    continue; // an item the target adds: empty
                }
                EStructuralFeature sameFeature = record.eClass().getEStructuralFeature(same.getFeature());
                Object value = record.eGet(sameFeature);
                copy.eSet(feature, value);
                OriginalForms.Original original = originals == null || !(sameFeature instanceof EAttribute read) ? null
                        : originals.unchanged(record, read, (String) value);
                if (original != null && feature instanceof EAttribute written) {
                    kept.add(copy, written, original.value(), original.positions(), original.codes());
                }
                if (value != null && !"".equals(value) && FieldRules.check(column, (String) value) != null) {
                    losses.add(new Loss(index, line, column.getName(), Reason.DOES_NOT_FIT));
                }
            }
            for (Column column : from.getColumns()) {
                if (column.getNumber() != 1 && byName(to, column.getName()) == null) {
                    Object value = record.eGet(record.eClass().getEStructuralFeature(column.getFeature()));
                    if (value != null && !"".equals(value)) {
                        losses.add(new Loss(index, line, column.getName(), Reason.NO_SUCH_ITEM));
                    }
                }
            }
            converted.getRecords().add((Record) copy);
        }
        return new Result(converted, List.copyOf(losses), kept);
    }

    private static Column byName(FileLayout layout, String name) {
        for (Column column : layout.getColumns()) {
            if (column.getName().equals(name)) {
                return column;
            }
        }
        return null;
    }
}
