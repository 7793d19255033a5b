/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.ScheduleEditor;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * この予定から実績を作成 from the folder view, as a provider's clerk uses it: the wizard says what will be made, 作成
 * writes the 実績 beside the 予定 and opens it in the 第6表 editor; a 予定 without the office's rows makes nothing.
 */
class ActualFromPlanWizardTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeTheWizardAndEditors() {
        WizardPage.closeAll(bot);
        EditorPage.closeAll();
        OfficePreferences.set(List.of(), "", "");
    }

    private static long count(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private WizardPage openOn(Path folder, int fileCount, String fileName) {
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(fileCount);
        files.select(page.rowOf(fileName)).focus();
        UiThread.start(((ExchangeView) page.view().part())::actualFromSelected); // この予定から実績を作成…
        return WizardPage.waitFor(bot, "予定から実績を作成", WidgetIds.ACTUAL_FINISH);
    }

    @Test
    void theActualIsMadeBesideThePlanAndOpensInTheScheduleEditor(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(131, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        byte[] planBytes = Files.readAllBytes(plan.path());
        List<Record> planned = CareplanResource.read(plan.path(), LayoutRegistry.getDefault()).document().getRecords();
        long ours = planned.stream().filter(row -> plan.receiverOffice().equals(((ServiceUseRow) row).getProviderCode())).count();
        assertTrue(ours > 0 && ours < planned.size(), "the generated 予定 has the provider's rows and others'");

        WizardPage wizard = openOn(folder, month.size(), plan.name());
        assertTrue(wizard.shows("サービス事業者コードが " + plan.receiverOffice() + " の " + ours + " 行（他の事業所の "
                + (planned.size() - ours) + " 行は写しません）"), "the wizard says which rows it copies");
        assertTrue(wizard.shows("UPJSK_202503_" + plan.receiverOffice() + "_" + plan.senderOffice() + "_"));
        Screenshots.capture(wizard.shell(), Screenshots.folder().resolve("actual-wizard.png"));
        wizard.finish();

        ScheduleEditor editor = EditorPage.active(ScheduleEditor.class);
        Path written = UiThread.call(() -> Path.of(editor.resource().getURI().toFileString()));
        assertTrue(written.getFileName().toString().startsWith("UPJSK_202503_" + plan.receiverOffice() + "_" + plan.senderOffice() + "_"),
                written::toString);
        assertEquals(folder.toRealPath(), written.getParent().toRealPath(), "made in the exchange folder");
        assertEquals(month.size() + 1, count(folder));
        List<Record> actual = CareplanResource.read(written, LayoutRegistry.getDefault()).document().getRecords();
        assertEquals(ours, actual.size());
        assertTrue(actual.stream().allMatch(row -> plan.receiverOffice().equals(((ServiceUseRow) row).getProviderCode())
                && plan.receiverOffice().equals(((ServiceUseRow) row).getUpdaterCode())));
        assertArrayEquals(planBytes, Files.readAllBytes(plan.path()), "the 予定 is not changed");
        jp.careplan.csv.Ledger.Entry recorded = jp.careplan.ui.internal.Evidence.ledgerOf(folder).entries().stream()
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(jp.careplan.csv.Ledger.Action.CREATE, recorded.action(), "the evidence ledger says it was made here");
        assertEquals(written.getFileName().toString(), recorded.file());
        // the clerk sets the plan under each line while correcting the days (the window manager of a desktop gives the
        // workbench back its focus when the wizard closes; Xvfb has none)
        bot.activateWorkbench();
        UiThread.run(() -> editor.getSite().getPage().activate(editor));
        bot.checkBoxWithId(WidgetIds.SCHEDULE_SIDE_BY_SIDE).select();
        Wait.until(Condition.of(() -> UiThread.call(() -> editor.lineTitle(0, 1)).contains("予定"),
                () -> "the 予定 line under the first line of the 実績"));
        // and the folder view lists the new file
        ExchangeViewPage.open(bot).files().waitForRows(month.size() + 1);
    }

    /** A month's 予定 in two versions (月途中変更): the wizard takes both, whichever was chosen, and says so. */
    @Test
    void theMonthsVersionsOfThePlanAreTakenTogether(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(134, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        String newer = plan.name().replace("_" + plan.serial() + ".", "_20250310120000.");
        Files.copy(plan.path(), folder.resolve(newer));

        WizardPage wizard = openOn(folder, month.size() + 1, plan.name());

        assertTrue(wizard.shows("同じ月の予定 2 版: 利用者ごとに、その利用者を含む最新の版の行を写します"), "the versions are said");
        assertTrue(wizard.shows(newer) && wizard.shows(plan.name()), "both are listed");
    }

    /** A care office choosing a 予定 it sent is told that a 実績 is the receiver's to make. */
    @Test
    void aPlanSentToAnotherOfficeThanOursIsSaidSo(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(133, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        OfficePreferences.set(List.of(plan.senderOffice()), "", "");

        WizardPage wizard = openOn(folder, month.size(), plan.name());

        assertTrue(wizard.shows("この予定の送信先 " + plan.receiverOffice() + " は、設定の自事業所にありません。"));
        assertEquals(month.size(), count(folder), "nothing is made before 作成");
    }

    @Test
    void aPlanWithoutTheOfficesRowsMakesNothingAndSaysWhy(@TempDir Path folder) throws Exception {
        String name = "UPPLAN_202503_1234567890_2345678901_20250225090000.CSV";
        // synthetic rows name providers at random: none is the receiver
        Files.write(folder.resolve(name), new SyntheticRecords(132).file(
                LayoutRegistry.getDefault().resolve("UPPLAN", "202208", "202503").layout(), YearMonth.of(2025, 3), 3));

        WizardPage wizard = openOn(folder, 1, name);

        Wait.until(Condition.of(() -> wizard.shows("サービス事業者コードが自事業所（2345678901）の行が予定にありません。"),
                () -> "the wizard to say why nothing can be made"));
        Button finish = bot.find(Button.class, WidgetIds.ACTUAL_FINISH);
        assertFalse(UiThread.call(finish::isEnabled), "作成 is not offered");
        assertEquals(1, count(folder));
    }
}
