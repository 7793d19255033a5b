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
import jp.careplan.model.careplan.ServiceActualDeletion;
import jp.careplan.model.careplan.ServiceUsePlanDeletion;
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
 * ({@link PlanActualComparison.Scope}). A deletion (DLTPLAN, 5.1.1.4; DLTJSK, 5.1.2.2) withdraws, from the versions sent
 * before it, the user's 予定 of the month, or the user's 実績 of its provider and サービス種類; a version sent after it
 * that names the user brings the user back, and one sent with it (the same ファイル連番) is not withdrawn by it. A pair
 * whose 予定 and 実績 are all withdrawn is {@link Status#WITHDRAWN}. Nothing in the records is changed.
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
        MATCHES,
        /** 取り下げ済み: deletions withdrew every user's 予定 (and 実績, if any came) of the month. */
        WITHDRAWN
    }

    /** A file of the folder: its name and its records, or {@code null} when it could not be read whole. */
    public record File(FileName name, List<? extends Record> records) {
        public File {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One pair of offices in a month: the versions of each side (oldest first), how many deletion files went between
     * them (applied), the comparison of what the versions and deletions leave, and where the pair stands.
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
        List<File> concerning = deletions.stream().filter(file -> concerns(file.name(), key)).toList();
        // a deletion not read whole might withdraw what is compared: the comparison would not be the month's
        boolean unread = java.util.stream.Stream.of(plans, actuals, concerning).flatMap(List::stream).anyMatch(file -> file.records() == null);
        List<ServiceUseRow> planned = current(plans, concerning.stream().filter(file -> "DLTPLAN".equals(file.name().getKind())).toList(),
                month);
        List<ServiceUseRow> delivered = current(actuals, concerning.stream().filter(file -> "DLTJSK".equals(file.name().getKind())).toList(),
                month);
        PlanActualComparison comparison = PlanActualComparison.of(planned, delivered,
                PlanActualComparison.Scope.of(planNames, actualNames));
        Status status;
        if (unread) {
            status = Status.UNREAD;
        } else if (!concerning.isEmpty() && !plans.isEmpty() && planned.isEmpty() && delivered.isEmpty()) {
            status = Status.WITHDRAWN;
        } else if (actuals.isEmpty()) {
            status = Status.NO_ACTUAL;
        } else if (plans.isEmpty()) {
            status = Status.NO_PLAN;
        } else if (comparison.unplaced() == 0 && comparison.summaries().stream().allMatch(PlanActualComparison.Summary::isClean)) {
            status = Status.MATCHES;
        } else {
            status = Status.DIFFERS;
        }
        return new Pair(month, key.get(0), key.get(1), key.get(2), providerName(key.get(1), planned, delivered), planNames,
                actualNames, concerning.size(), comparison, status);
    }

    /**
     * What a side's versions and deletions leave: each user's rows from the newest version naming the user
     * ({@link ScheduleRevision#current}), less those a deletion sent after that version withdraws.
     */
    private static List<ServiceUseRow> current(List<File> versions, List<File> deletions, String month) {
        List<File> read = versions.stream().filter(file -> file.records() != null).toList();
        List<ServiceUseRow> rows = ScheduleRevision.current(read.stream().map(File::records).toList());
        if (deletions.isEmpty()) {
            return rows;
        }
        Map<ServiceUseRow, String> sentIn = new java.util.IdentityHashMap<>();
        for (File file : read) {
            for (Record record : file.records()) {
                if (record instanceof ServiceUseRow row) {
                    sentIn.put(row, text(file.name().getSerial()));
                }
            }
        }
        List<ServiceUseRow> kept = new ArrayList<>();
        for (ServiceUseRow row : rows) {
            String serial = sentIn.get(row);
            boolean withdrawn = deletions.stream().filter(file -> file.records() != null && text(file.name().getSerial()).compareTo(serial) > 0)
                    .anyMatch(file -> file.records().stream().anyMatch(record -> withdraws(record, row, month)));
            if (!withdrawn) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** Whether a deletion record withdraws the row: its user, the month, and for a 実績 its provider and サービス種類. */
    private static boolean withdraws(Record deletion, ServiceUseRow row, String month) {
        if (!text(deletion.getInsurerNumber()).equals(text(row.getInsurerNumber()))
                || !text(deletion.getInsuredNumber()).equals(text(row.getInsuredNumber()))) {
            return false;
        }
        if (deletion instanceof ServiceUsePlanDeletion plan) {
            return month.equals(text(plan.getDeletionTargetMonth()));
        }
        if (deletion instanceof ServiceActualDeletion actual) {
            String kind = text(actual.getServiceType());
            return month.equals(text(actual.getDeletionTargetMonth())) && text(actual.getProviderCode()).equals(text(row.getProviderCode()))
                    && !kind.isEmpty() && text(row.getServiceCode()).startsWith(kind);
        }
        return false;
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
