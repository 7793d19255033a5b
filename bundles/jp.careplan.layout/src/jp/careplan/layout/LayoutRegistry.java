/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jp.careplan.layout.internal.LayoutExtensionReader;

/**
 * The layout sets known to the product, and the choice of a file layout for a record: by file kind,
 * CSVバージョン and service month. Layout sets come from the {@code jp.careplan.layout.layouts}
 * extension point when Eclipse runs, and from {@link #register(LayoutSet)} in plain Java; the core's
 * own layouts are contributed the same way a vendor's are.
 * <p>
 * Where several sets claim the same kind and version, the highest priority wins; two sets of equal
 * priority are a conflict, reported by {@link Resolution#conflicts()} and never settled by load order.
 */
public final class LayoutRegistry {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);
    private static volatile LayoutRegistry defaultRegistry;

    private final List<Contribution> contributions = new CopyOnWriteArrayList<>();

    /**
     * A layout set as declared by its contributor; the set itself is loaded only when a lookup needs
     * it. Plain-Java registrations are loaded already.
     *
     * @param id         the set's id
     * @param csvVersion the CSVバージョン it declares
     * @param validFrom  its first service month (YYYYMM)
     * @param priority   higher wins over lower for the same kind and version
     * @param contributor who contributed it (a bundle's name, or "plain Java"), for reports
     * @param loader     loads the set (memoized by the registry)
     */
    public record Contribution(String id, String csvVersion, String validFrom, int priority, String contributor,
            Supplier<LayoutSet> loader) {
    }

    /** An empty registry (plain Java callers fill it with {@link #register(LayoutSet)}). */
    public LayoutRegistry() {
    }

    /**
     * The product's registry: under Eclipse filled from the extension point (and kept up to date as
     * bundles come and go); in plain Java empty until layouts are registered.
     */
    public static LayoutRegistry getDefault() {
        LayoutRegistry registry = defaultRegistry;
        if (registry == null) {
            synchronized (LayoutRegistry.class) {
                registry = defaultRegistry;
                if (registry == null) {
                    registry = new LayoutRegistry();
                    LayoutExtensionReader.fill(registry);
                    defaultRegistry = registry;
                }
            }
        }
        return registry;
    }

    /** Adds a loaded layout set (plain Java). */
    public void register(LayoutSet set) {
        Objects.requireNonNull(set, "set");
        register(new Contribution(set.getId(), set.getCsvVersion(), set.getValidFrom(), set.getPriority(),
                "plain Java", () -> set));
    }

    /** Adds a declared layout set, loaded on first use (once, even when it fails). */
    public void register(Contribution contribution) {
        Supplier<LayoutSet> loader = contribution.loader();
        // loaded once: a set that fails to load (its contributor's log says why, once) stays out, not tried again
        Supplier<LayoutSet> once = new Supplier<>() {
            private LayoutSet loaded;
            private volatile boolean tried;

            @Override
            public LayoutSet get() {
                if (!tried) {
                    synchronized (this) {
                        if (!tried) {
                            loaded = loader.get();
                            tried = true;
                        }
                    }
                }
                return loaded;
            }
        };
        contributions.add(new Contribution(contribution.id(), contribution.csvVersion(), contribution.validFrom(),
                contribution.priority(), contribution.contributor(), once));
    }

    /** Removes the sets a contributor gave (a bundle that went away). */
    public void unregisterContributor(String contributor) {
        contributions.removeIf(contribution -> contribution.contributor().equals(contributor));
    }

    /** Removes a layout set registered in plain Java. */
    public void unregister(LayoutSet set) {
        contributions.removeIf(contribution -> contribution.id().equals(set.getId())
                && contribution.contributor().equals("plain Java") && contribution.loader().get() == set);
    }

    /** The declared contributions, without loading them. */
    public List<Contribution> contributions() {
        return List.copyOf(contributions);
    }

    /** Every registered set (loading those not loaded yet; a set that fails to load is left out). */
    public List<LayoutSet> layoutSets() {
        List<LayoutSet> loaded = new ArrayList<>();
        for (Contribution contribution : contributions) {
            LayoutSet set = contribution.loader().get();
            if (set != null) {
                loaded.add(set);
            }
        }
        return loaded;
    }

    /** The file kinds some registered set describes, in order of first appearance. */
    public List<FileLayout> kinds() {
        List<FileLayout> kinds = new ArrayList<>();
        for (LayoutSet set : layoutSets()) {
            for (FileLayout layout : set.getFileLayouts()) {
                if (kinds.stream().noneMatch(known -> known.getKind().equals(layout.getKind()))) {
                    kinds.add(layout);
                }
            }
        }
        return kinds;
    }

    /** Whether some registered set uses the given CSVバージョン. */
    public boolean knowsVersion(String csvVersion) {
        return contributions.stream().anyMatch(contribution -> contribution.csvVersion().equals(csvVersion));
    }

    /**
     * The layout of a file kind for records of the given CSVバージョン.
     *
     * @param serviceMonth the service month (YYYYMM) when known, else {@code null}; a set applies only
     *                     from its {@link LayoutSet#getValidFrom() first month}
     */
    public Resolution resolve(String kind, String csvVersion, String serviceMonth) {
        List<LayoutSet> candidates = new ArrayList<>();
        for (Contribution contribution : contributions) {
            if (!contribution.csvVersion().equals(csvVersion) || !appliesTo(contribution.validFrom(), serviceMonth)) {
                continue;
            }
            LayoutSet set = contribution.loader().get();
            if (set != null && layoutOf(set, kind).isPresent()) {
                candidates.add(set);
            }
        }
        candidates.sort(Comparator.comparingInt(LayoutSet::getPriority).reversed());
        if (candidates.isEmpty()) {
            return new Resolution(null, List.of());
        }
        LayoutSet winner = candidates.get(0);
        List<LayoutSet> ties = candidates.stream().filter(set -> set != winner && set.getPriority() == winner.getPriority())
                .toList();
        return new Resolution(layoutOf(winner, kind).orElseThrow(), ties);
    }

    /**
     * The layout records of a CSVバージョン are read, written and checked by: the one {@link #resolve resolve} finds for
     * the service month, else — a file of a version for a month before the version applies (4.1 content for March
     * 2025) — the version's own all the same, so that its items are read and checked as they are written, and
     * VAL-VERSION-MONTH, not a missing layout, tells the user the version is wrong for the month.
     */
    public Resolution resolveRecords(String kind, String csvVersion, String serviceMonth) {
        Resolution resolution = resolve(kind, csvVersion, serviceMonth);
        return resolution.found().isPresent() || serviceMonth == null ? resolution : resolve(kind, csvVersion, null);
    }

    /** The CSVバージョン that applies to a service month: that of the set with the latest first month not after it. */
    public Optional<String> versionFor(String kind, String serviceMonth) {
        YearMonth month = month(serviceMonth);
        if (month == null) {
            return Optional.empty();
        }
        return layoutSets().stream().filter(set -> layoutOf(set, kind).isPresent())
                .filter(set -> month(set.getValidFrom()) != null && !month(set.getValidFrom()).isAfter(month))
                .max(Comparator.comparing((LayoutSet set) -> month(set.getValidFrom())).thenComparingInt(LayoutSet::getPriority))
                .map(LayoutSet::getCsvVersion);
    }

    private static boolean appliesTo(String validFrom, String serviceMonth) {
        YearMonth month = month(serviceMonth);
        YearMonth from = month(validFrom);
        return month == null || from == null || !month.isBefore(from);
    }

    private static Optional<FileLayout> layoutOf(LayoutSet set, String kind) {
        return set.getFileLayouts().stream().filter(layout -> kind.equals(layout.getKind())).findFirst();
    }

    private static YearMonth month(String text) {
        if (text == null || text.length() != 6) {
            return null;
        }
        try {
            return YearMonth.parse(text, MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The outcome of {@link LayoutRegistry#resolve}: the chosen layout (or none), and the sets that
     * claimed the same kind and version with the winner's priority.
     */
    public record Resolution(FileLayout layout, List<LayoutSet> conflicts) {

        public Optional<FileLayout> found() {
            return Optional.ofNullable(layout);
        }
    }
}
