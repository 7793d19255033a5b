/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.PlainLayouts;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.DraftImpact;
import jp.careplan.validation.RuleRegistry;

/**
 * A draft's impact on a body of files: a draft of 4.1 that makes プラン担当者名 required and adds a code 2 to ３０日超区分
 * names exactly the file with an empty プラン担当者名 as stopping to be valid (at that item) and the file with a ３０日超区分
 * of 2 as becoming valid; the others are not named.
 */
class DraftImpactTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    @Test
    void theFilesAndItemsTheDraftAffectsAreNamedAndNoOthers(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        LayoutSet r6 = SpecR6Test.r6();
        FileLayout plan = registry.resolve("UPPLAN", "202407", "202504").layout();
        SyntheticRecords generator = new SyntheticRecords(77);
        List<Path> files = new ArrayList<>();
        String[] variants = { "fine", "no planner", "new code", "fine" };
        for (int f = 0; f < variants.length; f++) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                List<String> row = new ArrayList<>(generator.values(plan, APRIL, Map.of(7, "担当　花子")));
                if (r == 1 && variants[f].equals("no planner")) {
                    row.set(6, null);
                }
                if (r == 2 && variants[f].equals("new code")) {
                    row.set(22, "2");
                }
                rows.add(row);
            }
            files.add(Files.write(dir.resolve("UPPLAN_202504_1234567890_43_2345678901_11_2025032509000" + f + ".CSV"),
                    SyntheticRecords.encode(plan, rows)));
        }
        StringWriter exported = new StringWriter();
        PlainLayouts.write("4.1草案", "202604", "202604", r6.getFileNameRule(), r6.getFileLayouts(), exported);
        String draftText = exported.toString().replace("UPPLAN,7,プラン担当者名,,", "UPPLAN,7,プラン担当者名,○,")
                .replace("1:該当、0:非該当", "1:該当、0:非該当、2:草案の区分");
        LayoutSet draft = PlainLayouts.read(Files.writeString(dir.resolve("draft.csv"), draftText, StandardCharsets.UTF_8), registry);
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);

        List<DraftImpact.FileImpact> impacts = new DraftImpact(registry, rules).of(draft, r6, files);

        assertEquals(4, impacts.size());
        Map<String, DraftImpact.FileImpact> byName = impacts.stream().collect(Collectors.toMap(DraftImpact.FileImpact::file, i -> i));
        DraftImpact.FileImpact stops = byName.get(files.get(1).getFileName().toString());
        assertTrue(stops.validBefore() && !stops.validAfter(), stops::toString);
        assertEquals(Set.of(new DraftImpact.Place(2, 7, "プラン担当者名", "CSV-FIELD")), stops.onlyAfter(), stops::toString);
        DraftImpact.FileImpact becomes = byName.get(files.get(2).getFileName().toString());
        assertTrue(!becomes.validBefore() && becomes.validAfter(), becomes::toString);
        assertEquals(Set.of("３０日超区分"), becomes.onlyBefore().stream().map(DraftImpact.Place::item).collect(Collectors.toSet()));
        for (int f : new int[] { 0, 3 }) {
            assertFalse(byName.get(files.get(f).getFileName().toString()).changed(), files.get(f).toString());
        }
    }
}
