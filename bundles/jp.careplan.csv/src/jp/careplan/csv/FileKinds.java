/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.careplan.layout.LayoutRegistry;

/**
 * An immutable set of known {@link FileKind}s, in the order files are shown within a send unit.
 */
public final class FileKinds {

    private final Map<String, FileKind> byPrefix;
    /** Prefixes longest first, so that UPKIHON_SUB1 is tried before UPKIHON. */
    private final List<String> prefixesLongestFirst;

    private FileKinds(Collection<FileKind> kinds) {
        Map<String, FileKind> map = new LinkedHashMap<>();
        for (FileKind kind : kinds) {
            FileKind previous = map.putIfAbsent(kind.prefix(), kind);
            if (previous != null && !previous.equals(kind)) {
                throw new IllegalArgumentException("Two different definitions of file kind " + kind.prefix());
            }
        }
        this.byPrefix = Collections.unmodifiableMap(map);
        List<String> prefixes = new ArrayList<>(map.keySet());
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        this.prefixesLongestFirst = List.copyOf(prefixes);
    }

    /**
     * The kinds the installed layouts describe, in the order of their file layouts (the core's 3.2
     * set first lists them in the order of the standard's send units).
     */
    public static FileKinds of(LayoutRegistry layouts) {
        return new FileKinds(layouts.kinds().stream().map(FileKind::of).toList());
    }

    /** A set of exactly the given kinds. */
    public static FileKinds of(Collection<FileKind> kinds) {
        return new FileKinds(kinds);
    }

    /** This set plus the given kinds (an extension's), which follow this set's kinds in order. */
    public FileKinds with(Collection<FileKind> more) {
        List<FileKind> all = new ArrayList<>(byPrefix.values());
        all.addAll(more);
        return new FileKinds(all);
    }

    public Optional<FileKind> find(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }

    /** The kinds in order. */
    public List<FileKind> all() {
        return List.copyOf(byPrefix.values());
    }

    /** The position of a kind in this set's order, or {@code Integer.MAX_VALUE} for an unknown prefix. */
    public int orderOf(String prefix) {
        int index = 0;
        for (String known : byPrefix.keySet()) {
            if (known.equals(prefix)) {
                return index;
            }
            index++;
        }
        return Integer.MAX_VALUE;
    }

    /** The longest known prefix that the given file name starts with, followed by {@code _}. */
    Optional<FileKind> kindOfName(String fileName) {
        for (String prefix : prefixesLongestFirst) {
            if (fileName.startsWith(prefix + "_")) {
                return Optional.of(byPrefix.get(prefix));
            }
        }
        return Optional.empty();
    }
}
