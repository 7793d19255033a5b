/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How one version of the layouts differs from another, per file kind, as a spec author writes a change history:
 * kinds added and removed, the naming rule the version's names follow (3.2, 4.x), file-name rule changes of a kind
 * (the month segment, the extension, a 枝番), and per item what was
 * added, removed, renamed (another name at the same No. with the same type and length) or moved (its order among
 * the items kept changed), and every changed 必須, 属性, 桁数, 書式 and code list. Items are matched by their names,
 * the standard's way of carrying an item from version to version.
 */
public final class LayoutDiff {

    /** What changed. */
    public enum Change {
        /** The version's CSVバージョン or first month. */
        VERSION,
        /** The naming rule the version's file names follow at the least (3.2, 4.x: {@link LayoutSet#getFileNameRule()}). */
        NAMING_RULE,
        KIND_ADDED,
        KIND_REMOVED,
        /** The file-name rule of a kind: its month segment, extension or 枝番. */
        NAME_RULE,
        ITEM_ADDED,
        ITEM_REMOVED,
        ITEM_RENAMED,
        ITEM_MOVED,
        REQUIRED,
        TYPE,
        LENGTH,
        FORMAT,
        CODES
    }

    /**
     * One difference: the kind, what changed, the item's No. and name before and after (0 and {@code null} where
     * there is none), and the values before and after where a value changed.
     */
    public record Difference(String kind, Change change, int oldNumber, String oldName, int newNumber, String newName,
            String oldValue, String newValue) {
    }

    /**
     * One side of a comparison: a version's CSVバージョン, first month, the naming rule its file names follow
     * ({@code null} where none is given) and file layouts (of one or more sets).
     */
    public record Version(String csvVersion, String validFrom, String fileNameRule, List<FileLayout> layouts) {

        /** The layouts of one set. */
        public static Version of(LayoutSet set) {
            return new Version(set.getCsvVersion(), set.getValidFrom(), set.getFileNameRule(), List.copyOf(set.getFileLayouts()));
        }

        /** The layouts of every installed set of a version of the standard (4.1 comes in several sets). */
        public static Version of(LayoutRegistry registry, String standardVersion) {
            List<FileLayout> layouts = new ArrayList<>();
            String csvVersion = null;
            String validFrom = null;
            String fileNameRule = null;
            for (LayoutSet set : registry.layoutSets()) {
                if (standardVersion.equals(set.getStandardVersion())) {
                    csvVersion = set.getCsvVersion();
                    validFrom = set.getValidFrom();
                    fileNameRule = set.getFileNameRule() != null ? set.getFileNameRule() : fileNameRule;
                    for (FileLayout layout : set.getFileLayouts()) {
                        if (layouts.stream().noneMatch(known -> known.getKind().equals(layout.getKind()))) {
                            layouts.add(layout);
                        }
                    }
                }
            }
            return new Version(csvVersion, validFrom, fileNameRule, layouts);
        }
    }

    private LayoutDiff() {
    }

    /** The differences from {@code before} to {@code after}, kind by kind in the order of {@code after}. */
    public static List<Difference> between(Version before, Version after) {
        List<Difference> differences = new ArrayList<>();
        if (!Objects.equals(before.csvVersion(), after.csvVersion()) || !Objects.equals(before.validFrom(), after.validFrom())) {
            differences.add(new Difference("", Change.VERSION, 0, null, 0, null,
                    before.csvVersion() + " / " + before.validFrom(), after.csvVersion() + " / " + after.validFrom()));
        }
        if (!Objects.equals(before.fileNameRule(), after.fileNameRule())) {
            differences.add(new Difference("", Change.NAMING_RULE, 0, null, 0, null, Objects.toString(before.fileNameRule(), "—"),
                    Objects.toString(after.fileNameRule(), "—")));
        }
        Map<String, FileLayout> old = byKind(before.layouts());
        Map<String, FileLayout> neu = byKind(after.layouts());
        for (FileLayout layout : neu.values()) {
            FileLayout previous = old.get(layout.getKind());
            if (previous == null) {
                differences.add(new Difference(layout.getKind(), Change.KIND_ADDED, 0, null, 0, layout.getName(), null, null));
            } else {
                compare(previous, layout, differences);
            }
        }
        for (FileLayout layout : old.values()) {
            if (!neu.containsKey(layout.getKind())) {
                differences.add(new Difference(layout.getKind(), Change.KIND_REMOVED, 0, layout.getName(), 0, null, null, null));
            }
        }
        return differences;
    }

    private static Map<String, FileLayout> byKind(List<FileLayout> layouts) {
        Map<String, FileLayout> map = new LinkedHashMap<>();
        for (FileLayout layout : layouts) {
            map.putIfAbsent(layout.getKind(), layout);
        }
        return map;
    }

    private static void compare(FileLayout before, FileLayout after, List<Difference> differences) {
        String kind = after.getKind();
        String oldRule = nameRule(before);
        String newRule = nameRule(after);
        if (!oldRule.equals(newRule)) {
            differences.add(new Difference(kind, Change.NAME_RULE, 0, null, 0, null, oldRule, newRule));
        }
        List<Column> olds = sorted(before);
        List<Column> news = sorted(after);
        Column[] matchOf = new Column[olds.size()];
        boolean[] taken = new boolean[news.size()];
        boolean[] renamed = new boolean[olds.size()];
        // the same name: the standard's way of carrying an item (in order, for names that repeat)
        for (int i = 0; i < olds.size(); i++) {
            for (int j = 0; j < news.size(); j++) {
                if (!taken[j] && news.get(j).getName().equals(olds.get(i).getName())) {
                    matchOf[i] = news.get(j);
                    taken[j] = true;
                    break;
                }
            }
        }
        // another name at the same No., of the same type and length: renamed
        for (int i = 0; i < olds.size(); i++) {
            if (matchOf[i] != null) {
                continue;
            }
            for (int j = 0; j < news.size(); j++) {
                Column candidate = news.get(j);
                if (!taken[j] && candidate.getNumber() == olds.get(i).getNumber() && candidate.getType() == olds.get(i).getType()
                        && candidate.getLength() == olds.get(i).getLength()) {
                    matchOf[i] = candidate;
                    taken[j] = true;
                    renamed[i] = true;
                    break;
                }
            }
        }
        List<Column> keptOld = new ArrayList<>();
        List<Column> keptNew = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            Column old = olds.get(i);
            Column neu = matchOf[i];
            if (neu == null) {
                differences.add(new Difference(kind, Change.ITEM_REMOVED, old.getNumber(), old.getName(), 0, null, null, null));
                continue;
            }
            if (renamed[i]) {
                differences.add(new Difference(kind, Change.ITEM_RENAMED, old.getNumber(), old.getName(), neu.getNumber(),
                        neu.getName(), old.getName(), neu.getName()));
            } else {
                keptOld.add(old);
                keptNew.add(neu);
            }
            attribute(kind, old, neu, Change.REQUIRED, old.isRequired() ? "○" : "", neu.isRequired() ? "○" : "", differences);
            attribute(kind, old, neu, Change.TYPE, old.getType().getLiteral(), neu.getType().getLiteral(), differences);
            attribute(kind, old, neu, Change.LENGTH, Integer.toString(old.getLength()), Integer.toString(neu.getLength()), differences);
            attribute(kind, old, neu, Change.FORMAT, Objects.toString(old.getFormat(), ""), Objects.toString(neu.getFormat(), ""),
                    differences);
            attribute(kind, old, neu, Change.CODES, codes(old.getCodeList()), codes(neu.getCodeList()), differences);
        }
        for (int j = 0; j < news.size(); j++) {
            if (!taken[j]) {
                Column added = news.get(j);
                differences.add(new Difference(kind, Change.ITEM_ADDED, 0, null, added.getNumber(), added.getName(), null, null));
            }
        }
        // moved: the items kept whose order among the kept items changed (those off the longest run kept in order)
        boolean[] inOrder = longestIncreasing(keptNew.stream().mapToInt(Column::getNumber).toArray());
        for (int i = 0; i < keptOld.size(); i++) {
            if (!inOrder[i]) {
                differences.add(new Difference(kind, Change.ITEM_MOVED, keptOld.get(i).getNumber(), keptOld.get(i).getName(),
                        keptNew.get(i).getNumber(), keptNew.get(i).getName(), null, null));
            }
        }
    }

    private static void attribute(String kind, Column old, Column neu, Change change, String before, String after,
            List<Difference> differences) {
        if (!before.equals(after)) {
            differences.add(new Difference(kind, change, old.getNumber(), old.getName(), neu.getNumber(), neu.getName(), before,
                    after));
        }
    }

    private static List<Column> sorted(FileLayout layout) {
        List<Column> columns = new ArrayList<>(layout.getColumns());
        columns.sort((a, b) -> Integer.compare(a.getNumber(), b.getNumber()));
        return columns;
    }

    /** 「対象年月」「.CSV」「枝番 4桁」: what a kind's file names carry besides the common segments. */
    private static String nameRule(FileLayout layout) {
        String month = layout.getMonthSegment() == null || layout.getMonthSegment() == MonthSegment.NONE ? "-"
                : layout.getMonthSegment().getLiteral();
        String extension = layout.getExtension() == null ? "CSV" : layout.getExtension();
        return month + " ." + extension + (layout.getBranchDigits() > 0 ? " 枝番" + layout.getBranchDigits() + "桁" : "");
    }

    /** 「1:男性、2:女性」, or empty for no list or a list without codes. */
    static String codes(CodeList list) {
        if (list == null) {
            return "";
        }
        return list.getCodes().stream().map(code -> code.getValue() + ":" + Objects.toString(code.getLabel(), ""))
                .collect(Collectors.joining("、"));
    }

    /** Which of the values belong to one longest strictly increasing subsequence. */
    private static boolean[] longestIncreasing(int[] values) {
        int n = values.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            for (int j = 0; j < i; j++) {
                if (values[j] < values[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] in = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            in[i] = true;
        }
        return in;
    }
}
