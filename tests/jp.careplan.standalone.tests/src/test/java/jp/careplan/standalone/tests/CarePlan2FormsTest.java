/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.fixtures.SyntheticCarePlan2;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.model.careplan.CarePlan2;
import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.Need;
import jp.careplan.model.careplan.SupportGoal;
import jp.careplan.model.forms.CarePlan2Forms;

/** 第2表 as the form has it (課題 → 援助目標 → 援助内容), built over records that still map back exactly. */
class CarePlan2FormsTest {

    private static List<String> row(SyntheticRecords generator, String need, String needText, String goal, String longTerm,
            String shortTerm, String support, String content) {
        return SyntheticCarePlan2.row(generator, Layouts.layout("UP2KYO"), need, needText, goal, longTerm, shortTerm, support,
                content);
    }

    @Test
    void continuationRowsJoinTheirNeedAndGoalAndTheFileComesBackUnchanged(@TempDir Path dir) throws Exception {
        SyntheticRecords generator = new SyntheticRecords(12);
        List<List<String>> rows = List.of(
                row(generator, "1", "自宅で入浴したい", "1", "一人で入浴できる", "浴槽をまたげる", "1", "入浴介助"),
                row(generator, "1", "", "1", "", "", "2", "福祉用具の選定"), // the form prints the texts once
                row(generator, "1", "", "2", "転ばずに暮らす", "居室内を安全に歩く", "1", "手すりの貸与"),
                row(generator, "2", "食事を楽しみたい", "1", "栄養状態を保つ", "", "1", "配食"));
        byte[] bytes = SyntheticRecords.encode(Layouts.layout("UP2KYO"), rows);
        Path file = Files.write(dir.resolve("UP2KYO_1234567890_2345678901_20250201090000.CSV"), bytes);
        CareplanResource resource = CodecRoundTripTest.load(file);

        List<CarePlan2> plans = CarePlan2Forms.of(resource.document().getRecords());

        assertEquals(1, plans.size());
        CarePlan2 plan = plans.get(0);
        assertEquals("20250201", plan.getPlanDate());
        assertEquals(List.of("自宅で入浴したい", "食事を楽しみたい"), plan.getNeeds().stream().map(Need::getText).toList());
        Need bath = plan.getNeeds().get(0);
        assertEquals(List.of("一人で入浴できる", "転ばずに暮らす"), bath.getGoals().stream().map(SupportGoal::getLongTermGoal).toList());
        SupportGoal first = bath.getGoals().get(0);
        assertEquals("浴槽をまたげる", first.getShortTermGoal());
        assertEquals(List.of("入浴介助", "福祉用具の選定"), first.getSupports().stream().map(CarePlan2Row::getServiceContent).toList());
        assertSame(resource.document().getRecords().get(1), first.getSupports().get(1), "the form refers to the records");
        assertEquals(null, plan.getNeeds().get(1).getGoals().get(0).getShortTermGoal());
        assertArrayEquals(bytes, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry())),
                "building the form changes nothing in the file");
    }
}
