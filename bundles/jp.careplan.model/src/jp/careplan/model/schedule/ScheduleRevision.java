/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.model.schedule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.schedule.PlanActualComparison.User;

/**
 * 月途中変更: two versions of a 第6表 for the same month between the same offices (different ファイル連番). A newer
 * version replaces the older one user by user (a user it does not speak of keeps the older rows): so the
 * rows of the users in the newer version are set against their older rows, aligned as in 予実突合 — the
 * older side where the plan is, the newer where the delivery is: {@link PlanActualComparison.Difference#MISSING}
 * is a row the change removed, {@link PlanActualComparison.Difference#EXTRA} one it added.
 */
public record ScheduleRevision(PlanActualComparison changes, Set<User> untouched) {

    /** What the newer records change of the older ones, and the users whose older rows stay current. */
    public static ScheduleRevision of(List<? extends Record> older, List<? extends Record> newer) {
        Set<User> inNewer = users(newer);
        Set<User> untouched = users(older);
        untouched.removeAll(inNewer);
        List<Record> replaced = older.stream().filter(record -> record instanceof ServiceUseRow row
                && inNewer.contains(User.of(row))).map(Record.class::cast).toList();
        return new ScheduleRevision(PlanActualComparison.of(replaced, newer), Set.copyOf(untouched));
    }

    /**
     * The month as its versions leave it: each user's 第6表 rows from the newest version that speaks of the user (other
     * records are left out).
     *
     * @param versions the versions' records, oldest first (by ファイル連番)
     */
    public static List<ServiceUseRow> current(List<? extends List<? extends Record>> versions) {
        java.util.Map<User, Integer> newest = new java.util.HashMap<>();
        for (int v = 0; v < versions.size(); v++) {
            for (User user : users(versions.get(v))) {
                newest.put(user, v);
            }
        }
        List<ServiceUseRow> rows = new java.util.ArrayList<>();
        for (int v = 0; v < versions.size(); v++) {
            for (Record record : versions.get(v)) {
                if (record instanceof ServiceUseRow row && newest.get(User.of(row)).intValue() == v) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Set<User> users(List<? extends Record> records) {
        Set<User> users = new LinkedHashSet<>();
        for (Record record : records) {
            if (record instanceof ServiceUseRow row) {
                users.add(User.of(row));
            }
        }
        return users;
    }
}
