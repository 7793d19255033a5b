/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.model.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.FileName;

/**
 * 月の状況: for a month of an exchange folder, each pair of a 居宅介護支援事業所 and a サービス事業所 (under 4.x names,
 * per サービス種類) with its 第6表 予定 (UPPLAN, sent by the one) and 実績 (UPJSK, sent back by the other): whether the
 * 実績 has come, and whether it agrees with the plan — what a care manager needs to know before 給付管理, and a
 * provider's clerk before the month's 実績 is due.
 *
 * <p>Each side's versions (月途中変更; another ファイル連番) give, user by user, the rows of the newest version that
 * speaks of the user ({@link ScheduleRevision#current}); the two are compared within what the 実績 speaks for
 * ({@link PlanActualComparison.Scope}). Deletion files (DLTPLAN, DLTJSK) are not applied here: they are counted, so that
 * nobody takes the comparison for the whole story. Nothing in the records is changed.
 */
public final class MonthOverview {

    private MonthOverview() {
    }

    /** Where a pair stands, in the order a care manager looks at them (a row whose サービス利用日 is no date: 差異あり). */
    public enum Status {
        /** A file of the pair could not be read whole: its comparison would not be the month's. */
        UNREAD,
        /** 実績未着: the 予定 was sent, no 実績 has come back. */
        NO_ACTUAL,
        /** 差異あり: the 実績 differs from the plan for some user. */
        DIFFERS,
        /** 予定なし: a 実績 without a 予定 in the folder. */
        NO_PLAN,
        /** 一致: the 実績 agrees with the plan for every user. */
        MATCHES
    }

    /** A file of the folder: its name and its records, or {@code null} when it could not be read whole. */
    public record File(FileName name, List<? extends Record> records) {
        public File {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One pair of offices in a month: the versions of each side (oldest first), the deletions of either side's kind
     * between them, the comparison of what the versions leave, and where the pair stands.
     */
    public record Pair(String month, String careOffice, String provider, String kind, String providerName, List<FileName> plans,
            List<FileName> actuals, int deletions, PlanActualComparison comparison, Status status) {

        /** The users of the pair (of either side, within what the 実績 speaks for). */
        public int users() {
            return comparison.summaries().size();
        }

        /** The users for whom the 実績 differs from the plan. */
        public int differingUsers() {
            return (int) comparison.summaries().stream().filter(summary -> !summary.isClean()).count();
        }

        /** The newest 予定, or {@code null}. */
        public FileName newestPlan() {
            return plans.isEmpty() ? null : plans.get(plans.size() - 1);
        }

        /** The newest 実績, or {@code null}. */
        public FileName newestActual() {
            return actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
        }
    }

    private static final String PLAN = "UPPLAN";
    private static final String ACTUAL = "UPJSK";

    /** The months of the 予定 and 実績 among the files, newest first. */
    public static List<String> months(List<File> files) {
        TreeSet<String> months = new TreeSet<>(Comparator.reverseOrder());
        for (File file : files) {
            String kind = file.name().getKind();
            if ((PLAN.equals(kind) || ACTUAL.equals(kind)) && file.name().getMonth() != null) {
                months.add(file.name().getMonth());
            }
        }
        return List.copyOf(months);
    }

    /** The pairs of a month, by 居宅介護支援事業所, サービス事業所 and サービス種類. */
    public static List<Pair> of(List<File> files, String month) {
        Map<List<String>, List<File>> plans = new LinkedHashMap<>();
        Map<List<String>, List<File>> actuals = new LinkedHashMap<>();
        List<File> deletions = new ArrayList<>();
        for (File file : files) {
            FileName name = file.name();
            if (!month.equals(name.getMonth())) {
                continue;
            }
            switch (String.valueOf(name.getKind())) {
            case PLAN -> plans.computeIfAbsent(key(name.getSenderOffice(), name.getReceiverOffice(), name.getReceiverServiceType()),
                    k -> new ArrayList<>()).add(file);
            case ACTUAL -> actuals.computeIfAbsent(key(name.getReceiverOffice(), name.getSenderOffice(), name.getSenderServiceType()),
                    k -> new ArrayList<>()).add(file);
            case "DLTPLAN", "DLTJSK" -> deletions.add(file);
            default -> {
                // other kinds are not the month's schedule
            }
            }
        }
        mergeAcrossRules(plans, actuals);
        mergeAcrossRules(actuals, plans);
        TreeSet<List<String>> keys = new TreeSet<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        keys.addAll(plans.keySet());
        keys.addAll(actuals.keySet());
        List<Pair> pairs = new ArrayList<>();
        for (List<String> key : keys) {
            pairs.add(pair(month, key, sorted(plans.getOrDefault(key, List.of())), sorted(actuals.getOrDefault(key, List.of())),
                    deletions));
        }
        return pairs;
    }

    private static List<String> key(String careOffice, String provider, String kind) {
        return List.of(text(careOffice), text(provider), text(kind));
    }

    /**
     * A side without a サービス種類 (a 3.2 name speaks of every kind of its office) and the other side's one group of the
     * same offices with one become one pair, as {@code FileNames.sameMonthAndOffices} pairs them in the views.
     */
    private static void mergeAcrossRules(Map<List<String>, List<File>> from, Map<List<String>, List<File>> to) {
        for (List<String> key : List.copyOf(from.keySet())) {
            if (!key.get(2).isEmpty() || to.containsKey(key)) {
                continue;
            }
            List<List<String>> kinds = to.keySet().stream()
                    .filter(other -> other.get(0).equals(key.get(0)) && other.get(1).equals(key.get(1))).toList();
            if (kinds.size() == 1 && !from.containsKey(kinds.get(0))) {
                from.put(kinds.get(0), from.remove(key));
            }
        }
    }

    private static List<File> sorted(List<File> files) {
        List<File> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(file -> text(file.name().getSerial())));
        return sorted;
    }

    private static Pair pair(String month, List<String> key, List<File> plans, List<File> actuals, List<File> deletions) {
        List<FileName> planNames = plans.stream().map(File::name).toList();
        List<FileName> actualNames = actuals.stream().map(File::name).toList();
        boolean unread = plans.stream().anyMatch(file -> file.records() == null) || actuals.stream().anyMatch(file -> file.records() == null);
        List<ServiceUseRow> planned = ScheduleRevision.current(plans.stream().filter(file -> file.records() != null)
                .map(File::records).toList());
        List<ServiceUseRow> delivered = ScheduleRevision.current(actuals.stream().filter(file -> file.records() != null)
                .map(File::records).toList());
        PlanActualComparison comparison = PlanActualComparison.of(planned, delivered,
                PlanActualComparison.Scope.of(planNames, actualNames));
        Status status;
        if (unread) {
            status = Status.UNREAD;
        } else if (actuals.isEmpty()) {
            status = Status.NO_ACTUAL;
        } else if (plans.isEmpty()) {
            status = Status.NO_PLAN;
        } else if (comparison.unplaced() == 0 && comparison.summaries().stream().allMatch(PlanActualComparison.Summary::isClean)) {
            status = Status.MATCHES;
        } else {
            status = Status.DIFFERS;
        }
        int deleted = (int) deletions.stream().filter(file -> concerns(file.name(), key)).count();
        return new Pair(month, key.get(0), key.get(1), key.get(2), providerName(key.get(1), planned, delivered), planNames,
                actualNames, deleted, comparison, status);
    }

    /**
     * Whether a deletion goes between the pair's offices (a DLTPLAN the way a 予定 goes, a DLTJSK the way a 実績 does),
     * of the pair's サービス種類 where both names carry one.
     */
    private static boolean concerns(FileName deletion, List<String> key) {
        boolean plan = "DLTPLAN".equals(deletion.getKind());
        String care = text(plan ? deletion.getSenderOffice() : deletion.getReceiverOffice());
        String provider = text(plan ? deletion.getReceiverOffice() : deletion.getSenderOffice());
        String kind = text(plan ? deletion.getReceiverServiceType() : deletion.getSenderServiceType());
        return care.equals(key.get(0)) && provider.equals(key.get(1)) && (kind.isEmpty() || key.get(2).isEmpty() || kind.equals(key.get(2)));
    }

    /** The provider's name as its rows give it (サービス事業者名), or empty. */
    private static String providerName(String provider, List<ServiceUseRow> planned, List<ServiceUseRow> delivered) {
        for (List<ServiceUseRow> rows : List.of(delivered, planned)) {
            for (ServiceUseRow row : rows) {
                if (provider.equals(text(row.getProviderCode())) && !text(row.getProviderName()).isEmpty()) {
                    return text(row.getProviderName());
                }
            }
        }
        return "";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
