/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * 取り下げる（削除ファイルを作成） from the folder view, as a care manager withdraws a month's 予定 for one user: the
 * targets listed under the standard's item names, 作成 only once one is selected, the deletion made beside the files
 * and listed, and the folder's check then says what it removes.
 */
class WithdrawalWizardTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeTheWizard() {
        WizardPage.closeAll(bot);
        OfficePreferences.set(List.of(), "", "");
    }

    /** A provider choosing a 予定 it received is told that a withdrawal is the sender's to make. */
    @Test
    void aFileReceivedIsSaidNotOursToWithdraw(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(142, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        OfficePreferences.set(List.of(plan.receiverOffice()), "", "");
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(month.size()).select(page.rowOf(plan.name())).focus();

        UiThread.start(((ExchangeView) page.view().part())::withdrawSelected);
        WizardPage wizard = WizardPage.waitFor(bot, "取り下げ（削除ファイルの作成）", WidgetIds.WITHDRAW_FINISH);

        assertTrue(wizard.shows("このファイルの送信元 " + plan.senderOffice() + " は、設定の自事業所にありません。"));
    }

    private static List<Path> files(Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    @Test
    void aPlanIsWithdrawnForTheUserSelected(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(141, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        byte[] planBytes = Files.readAllBytes(plan.path());
        List<Record> planned = CareplanResource.read(plan.path(), LayoutRegistry.getDefault()).document().getRecords();
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(month.size()).select(page.rowOf(plan.name())).focus();

        UiThread.start(((ExchangeView) page.view().part())::withdrawSelected); // 取り下げる（削除ファイルを作成）…
        WizardPage wizard = WizardPage.waitFor(bot, "取り下げ（削除ファイルの作成）", WidgetIds.WITHDRAW_FINISH);
        TableHandle targets = wizard.table(WidgetIds.WITHDRAW_TARGETS);

        assertEquals(List.of("保険者番号", "被保険者番号", "削除対象年月", "行数"), targets.columnTitles());
        assertEquals(planned.stream().map(Record::getInsuredNumber).distinct().count(), targets.rowCount(), "each user once");
        assertTrue(wizard.shows("第6表（サービス利用票）予定削除 (DLTPLAN)"), "the deletion's kind is named");
        Button finish = bot.find(Button.class, WidgetIds.WITHDRAW_FINISH);
        assertFalse(UiThread.call(finish::isEnabled), "nothing selected: nothing to make");
        String insured = targets.cell(0, "被保険者番号");
        targets.select(0).focus();
        Wait.until(Condition.of(() -> UiThread.call(finish::isEnabled), () -> "作成 once a target is selected"));
        Screenshots.capture(wizard.shell(), Screenshots.folder().resolve("withdraw-wizard.png"));
        wizard.finish();

        // the deletion is listed and selected in the folder view
        TableHandle listed = page.files().waitForRows(month.size() + 1);
        List<Path> made = files(folder, "DLTPLAN_202503_" + plan.senderOffice() + "_" + plan.receiverOffice() + "_");
        assertEquals(1, made.size());
        Wait.until(Condition.of(() -> UiThread.call(() -> listed.widget().getSelectionCount() == 1
                && listed.widget().getSelection()[0].getText(listed.columnTitles().indexOf("ファイル名")).equals(made.get(0).getFileName().toString())),
                () -> "the deletion to be selected in the folder view"));
        String text = new String(Files.readAllBytes(made.get(0)), StandardCharsets.US_ASCII);
        assertTrue(text.matches("202208,\\d{6}," + insured + ",202503\r\n"), "one record, the user selected: " + text.length());
        assertArrayEquals(planBytes, Files.readAllBytes(plan.path()), "the 予定 is not changed");
        int row = page.rowOf(made.get(0).getFileName().toString());
        Wait.until(Condition.of(() -> !listed.cell(row, "検査結果").equals("検査中…"), () -> "the folder's check of the deletion"));
        assertEquals("問題なし", listed.cell(row, "検査結果"), "the deletion checks clean (what it removes is information)");
    }
}
