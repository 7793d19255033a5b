/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.model.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jp.careplan.model.careplan.CarePlan2;
import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.Need;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.SupportGoal;

/**
 * 第2表 as the paper form has it, from the records of a UP2KYO file. The standard writes one record
 * per 援助内容 and lets 課題, 長期目標 and 短期目標 be blank on the records after the first of their group
 * (「1行目は項目値を出力し２行目は項目値は出力しない」); here each 課題 (by 課題ＮＯ) and 援助目標 (by 援助目標ＮＯ)
 * takes the first non-blank text of its records, and lists its records in file order. The records are
 * referenced, never copied or changed, so the file maps back exactly.
 */
public final class CarePlan2Forms {

    private CarePlan2Forms() {
    }

    /** One form per plan (保険者番号, 被保険者番号, 居宅サービス計画作成（変更）日), in the order the plans first appear. */
    public static List<CarePlan2> of(List<? extends Record> records) {
        Map<List<String>, CarePlan2> plans = new LinkedHashMap<>();
        for (Record record : records) {
            if (!(record instanceof CarePlan2Row row)) {
                continue;
            }
            List<String> key = List.of(Objects.toString(row.getInsurerNumber(), ""), Objects.toString(row.getInsuredNumber(), ""),
                    Objects.toString(row.getPlanDate(), ""));
            CarePlan2 plan = plans.computeIfAbsent(key, k -> {
                CarePlan2 created = CareplanFactory.eINSTANCE.createCarePlan2();
                created.setInsurerNumber(row.getInsurerNumber());
                created.setInsuredNumber(row.getInsuredNumber());
                created.setPlanDate(row.getPlanDate());
                return created;
            });
            add(plan, row);
        }
        return new ArrayList<>(plans.values());
    }

    private static void add(CarePlan2 plan, CarePlan2Row row) {
        Need need = lastOrMatching(plan.getNeeds(), row.getIssueNo(), Need::getNumber);
        if (need == null) {
            need = CareplanFactory.eINSTANCE.createNeed();
            need.setNumber(row.getIssueNo());
            plan.getNeeds().add(need);
        }
        if (isBlank(need.getText())) {
            need.setText(blankToNull(row.getIssue()));
        }
        SupportGoal goal = lastOrMatching(need.getGoals(), row.getGoalNo(), SupportGoal::getNumber);
        if (goal == null) {
            goal = CareplanFactory.eINSTANCE.createSupportGoal();
            goal.setNumber(row.getGoalNo());
            need.getGoals().add(goal);
        }
        if (isBlank(goal.getLongTermGoal())) {
            goal.setLongTermGoal(blankToNull(row.getLongTermGoal()));
        }
        if (isBlank(goal.getLongTermPeriod())) {
            goal.setLongTermPeriod(blankToNull(row.getLongTermPeriod()));
        }
        if (isBlank(goal.getShortTermGoal())) {
            goal.setShortTermGoal(blankToNull(row.getShortTermGoal()));
        }
        if (isBlank(goal.getShortTermPeriod())) {
            goal.setShortTermPeriod(blankToNull(row.getShortTermPeriod()));
        }
        goal.getSupports().add(row);
    }

    /**
     * The group a row belongs to: the one with the row's number; a row without a number continues the
     * last group (the standard's continuation rows may leave it blank too).
     */
    private static <T> T lastOrMatching(List<T> groups, String number, Function<T, String> numberOf) {
        if (isBlank(number)) {
            return groups.isEmpty() ? null : groups.get(groups.size() - 1);
        }
        for (T group : groups) {
            if (number.equals(numberOf.apply(group))) {
                return group;
            }
        }
        return null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }
}
