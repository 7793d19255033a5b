/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.model.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.FileName;

/**
 * 予実突合: the rows of a 第6表 予定 (UPPLAN) set against the rows of the 第6表 実績 (UPJSK) of the same month,
 * aligned per user by サービス利用日, サービスコード and サービス事業者 (事業者コード and サテライト枝番).
 *
 * <p>On one day, service and provider, rows with the same times pair first; the rest pair in order of
 * their start times and are marked as time-shifted; what is left over is planned but not delivered
 * ({@link Difference#MISSING}) or delivered but not planned ({@link Difference#EXTRA}). A pair whose
 * サービス回数 differ is marked {@link Difference#COUNT_CHANGED}. Nothing in the rows is changed.
 */
public final class PlanActualComparison {

    /** How a planned row and a delivered row differ; an empty set is a match. */
    public enum Difference {
        /** 予定のみ: planned, not delivered. */
        MISSING,
        /** 実績のみ: delivered, not planned. */
        EXTRA,
        /** 時間変更: サービス開始時刻 or サービス終了時刻 differ. */
        TIME_SHIFTED,
        /** 回数変更: サービス回数 differ. */
        COUNT_CHANGED
    }

    /** A user of the comparison: 保険者番号 and 被保険者番号 (personal data: not for logs). */
    public record User(String insurerNumber, String insuredNumber) {
        static User of(ServiceUseRow row) {
            return new User(ServiceCalendar.text(row.getInsurerNumber()), ServiceCalendar.text(row.getInsuredNumber()));
        }

        @Override
        public String toString() {
            return "User[" + insurerNumber.length() + "+" + insuredNumber.length() + " characters]";
        }
    }

    /** One aligned pair; either side may be missing. */
    public record Entry(User user, LocalDate day, String serviceCode, String providerCode, ServiceUseRow plan,
            ServiceUseRow actual, Set<Difference> differences) {

        public boolean isMatch() {
            return differences.isEmpty();
        }
    }

    /** The month of one user in numbers: the one-line summary. */
    public record Summary(User user, int planned, int delivered, int matched, int missing, int extra, int timeShifted,
            int countChanged) {

        public boolean isClean() {
            return missing == 0 && extra == 0 && timeShifted == 0 && countChanged == 0;
        }
    }

    private record Key(User user, LocalDate day, String serviceCode, String providerCode, String satellite) {
    }

    private final List<Entry> entries;
    private final Map<User, Summary> summaries;
    private final int unplaced;
    private final int notConcerned;
    private final Set<String> providers;

    private PlanActualComparison(List<Entry> entries, Map<User, Summary> summaries, int unplaced, int notConcerned,
            Set<String> providers) {
        this.entries = entries;
        this.summaries = summaries;
        this.unplaced = unplaced;
        this.notConcerned = notConcerned;
        this.providers = providers;
    }

    /**
     * What the 実績 of a comparison speaks for, from the files' names: the providers (the 実績's senders; with no 実績,
     * those the 予定 was sent to) and, where every such name carries one (the 4.x rule), their サービス種類コード —
     * else every kind (a 3.2 name speaks of every kind of its office).
     */
    public record Scope(Set<String> providers, Set<String> kinds, Set<String> held) {

        /**
         * @param held what the 実績's rows hold beyond the names: a provider (every kind, where the scope has no kinds)
         *             or a provider and kind as {@code provider/kind}
         */
        public Scope {
            providers = Set.copyOf(providers);
            kinds = Set.copyOf(kinds);
            held = Set.copyOf(held);
        }

        public Scope(Set<String> providers, Set<String> kinds) {
            this(providers, kinds, Set.of());
        }

        public static Scope of(List<FileName> plans, List<FileName> actuals) {
            boolean delivered = !actuals.isEmpty();
            List<FileName> names = delivered ? actuals : plans;
            Set<String> providers = new java.util.TreeSet<>();
            Set<String> kinds = new java.util.TreeSet<>();
            boolean everyKind = false;
            for (FileName name : names) {
                String provider = delivered ? name.getSenderOffice() : name.getReceiverOffice();
                if (provider != null) {
                    providers.add(provider);
                }
                String kind = delivered ? name.getSenderServiceType() : name.getReceiverServiceType();
                if (kind == null || kind.isEmpty()) {
                    everyKind = true;
                } else {
                    kinds.add(kind);
                }
            }
            return new Scope(providers, everyKind ? Set.of() : kinds);
        }

        /**
         * This scope with what the 実績's rows hold: each provider they name and, where the scope has kinds (4.x names),
         * with the サービス種類 of that provider's rows (the first two characters of their サービスコード) — a 実績 speaks
         * for what it holds too, a provider with a kind, not every provider with every kind.
         */
        public Scope widenedBy(List<? extends Record> delivered) {
            Set<String> more = new java.util.TreeSet<>(held);
            for (Record record : delivered) {
                if (record instanceof ServiceUseRow row && !ServiceCalendar.text(row.getProviderCode()).isEmpty()) {
                    more.add(heldAs(row.getProviderCode(), row.getServiceCode()));
                }
            }
            return new Scope(providers, kinds, more);
        }

        private String heldAs(String providerCode, String serviceCode) {
            String code = ServiceCalendar.text(serviceCode);
            String provider = ServiceCalendar.text(providerCode);
            return kinds.isEmpty() ? provider : provider + "/" + (code.length() >= 2 ? code.substring(0, 2) : code);
        }

        /** Whether a planned row of this provider and サービスコード is the 実績's to report. */
        public boolean concerns(String providerCode, String serviceCode) {
            String code = ServiceCalendar.text(serviceCode);
            return providers.contains(ServiceCalendar.text(providerCode)) && (kinds.isEmpty() || kinds.stream().anyMatch(code::startsWith))
                    || held.contains(heldAs(providerCode, serviceCode));
        }

        /** The providers the scope speaks for, those its rows hold included. */
        public Set<String> allProviders() {
            Set<String> all = new java.util.TreeSet<>(providers);
            held.forEach(entry -> all.add(entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry));
            return all;
        }
    }

    /**
     * Compares a 予定 with a 実績 within what the 実績 speaks for: its providers (those of the scope, and any its rows
     * name) and, under 4.x names, its サービス種類. The planned rows of other providers or kinds are left out and counted
     * ({@link #notConcerned()}), not compared: a 予定 carries every provider's services of its users (本文 5.1.1's
     * examples), and each provider sends back its own 実績 (per サービス種類 under 4.x names), so set against one
     * provider's 実績 another's planned rows are not "予定のみ" but the other provider's to report.
     */
    public static PlanActualComparison of(List<? extends Record> planned, List<? extends Record> delivered, Scope scope) {
        Scope wide = scope.widenedBy(delivered);
        List<Record> concerned = new ArrayList<>();
        int others = 0;
        for (Record record : planned) {
            if (record instanceof ServiceUseRow row && !wide.concerns(row.getProviderCode(), row.getServiceCode())) {
                others++;
            } else {
                concerned.add(record);
            }
        }
        PlanActualComparison all = of(concerned, delivered);
        return new PlanActualComparison(all.entries, all.summaries, all.unplaced, others,
                java.util.Collections.unmodifiableSet(wide.allProviders()));
    }


    /** Compares the 第6表 rows among {@code planned} with those among {@code delivered} (other records are ignored). */
    public static PlanActualComparison of(List<? extends Record> planned, List<? extends Record> delivered) {
        Map<Key, List<ServiceUseRow>> plans = group(planned);
        Map<Key, List<ServiceUseRow>> actuals = group(delivered);
        int unplaced = unplaced(planned) + unplaced(delivered);
        TreeMap<Key, Boolean> keys = new TreeMap<>(KEY_ORDER);
        plans.keySet().forEach(key -> keys.put(key, Boolean.TRUE));
        actuals.keySet().forEach(key -> keys.put(key, Boolean.TRUE));
        List<Entry> entries = new ArrayList<>();
        for (Key key : keys.keySet()) {
            pair(key, new ArrayList<>(plans.getOrDefault(key, List.of())),
                    new ArrayList<>(actuals.getOrDefault(key, List.of())), entries);
        }
        Map<User, Summary> summaries = new LinkedHashMap<>();
        Map<User, int[]> counts = new LinkedHashMap<>();
        for (Entry entry : entries) {
            int[] c = counts.computeIfAbsent(entry.user(), u -> new int[7]);
            c[0] += entry.plan() != null ? 1 : 0;
            c[1] += entry.actual() != null ? 1 : 0;
            c[2] += entry.isMatch() ? 1 : 0;
            c[3] += entry.differences().contains(Difference.MISSING) ? 1 : 0;
            c[4] += entry.differences().contains(Difference.EXTRA) ? 1 : 0;
            c[5] += entry.differences().contains(Difference.TIME_SHIFTED) ? 1 : 0;
            c[6] += entry.differences().contains(Difference.COUNT_CHANGED) ? 1 : 0;
        }
        counts.forEach((user, c) -> summaries.put(user, new Summary(user, c[0], c[1], c[2], c[3], c[4], c[5], c[6])));
        return new PlanActualComparison(List.copyOf(entries), summaries, unplaced, 0, Set.of());
    }

    /** Every aligned pair, by user, day, service and provider. */
    public List<Entry> entries() {
        return entries;
    }

    /** The pairs of one user. */
    public List<Entry> entries(User user) {
        return entries.stream().filter(entry -> entry.user().equals(user)).toList();
    }

    /** One summary per user, in the order of the users' numbers. */
    public List<Summary> summaries() {
        return List.copyOf(summaries.values());
    }

    /** The rows left out because their サービス利用日 is no date: the checker reports them. */
    public int unplaced() {
        return unplaced;
    }

    /** The planned rows of other providers or kinds than the 実績's, left out (see {@link #of(List, List, Scope)}). */
    public int notConcerned() {
        return notConcerned;
    }

    /** The サービス事業者コード whose planned rows were compared, in order; empty when every row was. */
    public Set<String> providers() {
        return providers;
    }

    private static void pair(Key key, List<ServiceUseRow> plans, List<ServiceUseRow> actuals, List<Entry> out) {
        Comparator<ServiceUseRow> byTime = Comparator.comparing((ServiceUseRow r) -> ServiceCalendar.text(r.getStartTime()))
                .thenComparing(r -> ServiceCalendar.text(r.getEndTime()));
        plans.sort(byTime);
        actuals.sort(byTime);
        List<Entry> found = new ArrayList<>();
        // the same times first
        for (Iterator<ServiceUseRow> p = plans.iterator(); p.hasNext();) {
            ServiceUseRow plan = p.next();
            for (Iterator<ServiceUseRow> a = actuals.iterator(); a.hasNext();) {
                ServiceUseRow actual = a.next();
                if (sameTimes(plan, actual)) {
                    found.add(entry(key, plan, actual));
                    p.remove();
                    a.remove();
                    break;
                }
            }
        }
        // then in order of time
        while (!plans.isEmpty() && !actuals.isEmpty()) {
            found.add(entry(key, plans.remove(0), actuals.remove(0)));
        }
        plans.forEach(plan -> found.add(entry(key, plan, null)));
        actuals.forEach(actual -> found.add(entry(key, null, actual)));
        found.sort(Comparator.comparing(e -> ServiceCalendar.text((e.plan() != null ? e.plan() : e.actual()).getStartTime())));
        out.addAll(found);
    }

    private static Entry entry(Key key, ServiceUseRow plan, ServiceUseRow actual) {
        Set<Difference> differences = EnumSet.noneOf(Difference.class);
        if (actual == null) {
            differences.add(Difference.MISSING);
        } else if (plan == null) {
            differences.add(Difference.EXTRA);
        } else {
            if (!sameTimes(plan, actual)) {
                differences.add(Difference.TIME_SHIFTED);
            }
            if (!ServiceCalendar.text(plan.getServiceCount()).equals(ServiceCalendar.text(actual.getServiceCount()))) {
                differences.add(Difference.COUNT_CHANGED);
            }
        }
        return new Entry(key.user(), key.day(), key.serviceCode(), key.providerCode(), plan, actual,
                differences.isEmpty() ? Set.of() : EnumSet.copyOf(differences));
    }

    private static boolean sameTimes(ServiceUseRow plan, ServiceUseRow actual) {
        return Objects.equals(ServiceCalendar.text(plan.getStartTime()), ServiceCalendar.text(actual.getStartTime()))
                && Objects.equals(ServiceCalendar.text(plan.getEndTime()), ServiceCalendar.text(actual.getEndTime()));
    }

    private static Map<Key, List<ServiceUseRow>> group(List<? extends Record> records) {
        Map<Key, List<ServiceUseRow>> grouped = new LinkedHashMap<>();
        for (Record record : records) {
            if (record instanceof ServiceUseRow row) {
                LocalDate day = ServiceCalendar.parseDay(row.getServiceDate());
                if (day != null) {
                    Key key = new Key(User.of(row), day, ServiceCalendar.text(row.getServiceCode()),
                            ServiceCalendar.text(row.getProviderCode()), ServiceCalendar.text(row.getSatelliteBranch()));
                    grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                }
            }
        }
        return grouped;
    }

    private static int unplaced(List<? extends Record> records) {
        int count = 0;
        for (Record record : records) {
            if (record instanceof ServiceUseRow row && ServiceCalendar.parseDay(row.getServiceDate()) == null) {
                count++;
            }
        }
        return count;
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing((Key k) -> k.user().insurerNumber())
            .thenComparing(k -> k.user().insuredNumber()).thenComparing(Key::day).thenComparing(Key::serviceCode)
            .thenComparing(Key::providerCode).thenComparing(Key::satellite);
}
