/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import jp.careplan.csv.LayoutChanges;
import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutCheck;
import jp.careplan.layout.LayoutCheck.Finding;
import jp.careplan.layout.LayoutCheck.Reason;
import jp.careplan.layout.LayoutSet;

/** A layout checked itself: the installed versions are sound; a damaged copy is reported item by item, each once. */
class LayoutCheckTest {

    @Test
    void everyInstalledSetIsSound() {
        for (LayoutSet set : List.of(Layouts.v3(), SpecR6Test.r6(), PreventionFilesTest.prevention())) {
            List<Finding> findings = LayoutCheck.of(set);
            assertEquals(List.of(), findings, set.getId() + ": " + findings.stream().map(f -> LayoutChanges.describe(f, Locale.ENGLISH)).toList());
        }
    }

    @Test
    void aDamagedCopyIsReportedAtEachItem() {
        LayoutSet set = EcoreUtil.copy(SpecR6Test.r6());
        FileLayout plan = set.getFileLayouts().stream().filter(layout -> layout.getKind().equals("UPPLAN")).findFirst().orElseThrow();
        Column date = column(plan, "作成年月日");
        date.setLength(6);
        date.setFormat("YYMMDD");
        column(plan, "単位数").setNumber(30);
        Column code = column(plan, "３０日超区分");
        code.setCodeList(null);
        column(plan, "識別子").setFeature("noSuchFeature");
        Column guessed = column(plan, "サービスコード");
        guessed.setUncertainty("a test's doubt");
        guessed.setUncertainAbout("format spelling"); // "spelling" is nothing a rule rests on
        column(plan, "サービス事業者コード").setUncertainAbout("length"); // and this column has no uncertainty
        FileLayout copy = EcoreUtil.copy(plan);
        set.getFileLayouts().add(copy);
        copy.setKind("upplan");

        Set<String> found = LayoutCheck.of(set).stream().filter(f -> f.kind().equals("UPPLAN") || f.kind().equals("upplan"))
                .map(f -> f.kind() + " " + f.reason() + " " + f.item()).collect(Collectors.toSet());

        for (String expected : List.of("UPPLAN LENGTH 作成年月日", "UPPLAN FORMAT 作成年月日", "UPPLAN NUMBERING 前月までの短期入所利用日数",
                "UPPLAN CODES ３０日超区分", "UPPLAN FEATURE 識別子", "upplan PREFIX null", "UPPLAN UNCERTAIN_ABOUT サービスコード",
                "UPPLAN UNCERTAIN_ABOUT サービス事業者コード")) {
            assertEquals(true, found.contains(expected), expected + " in " + found);
        }
        assertEquals(List.of("spelling"), LayoutCheck.of(set).stream().filter(f -> f.kind().equals("UPPLAN")
                && f.reason() == Reason.UNCERTAIN_ABOUT && f.item().equals("サービスコード")).map(Finding::detail).toList());
        assertEquals(ColumnType.DATE, date.getType());
        assertEquals(1, LayoutCheck.of(set).stream().filter(f -> f.kind().equals("UPPLAN") && f.reason() == Reason.NUMBERING).count(),
                "a gap is said once");
    }

    private static Column column(FileLayout layout, String name) {
        return layout.getColumns().stream().filter(column -> column.getName().equals(name)).findFirst().orElseThrow();
    }
}
