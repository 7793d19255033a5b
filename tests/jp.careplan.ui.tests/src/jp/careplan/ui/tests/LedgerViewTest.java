/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.Ledger;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.ui.internal.views.LedgerView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * The 証跡台帳 view: a save in the workbench is recorded in the ledger beside the exchange folder (the file, its
 * SHA-256, its unit and keys); the view lists it, filters by 被保険者番号, and its 検証 says the ledger is whole — and
 * names the line once an entry is edited behind its back.
 */
class LedgerViewTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    @Test
    void aSaveIsRecordedListedFilteredAndVerified(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        List<GeneratedFile> month = new SyntheticExchange(31, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(month.size());
        files.select(page.rowOf(plan.name())).focus();
        UiThread.run(((jp.careplan.ui.internal.views.ExchangeView) page.view().part())::openSelectedRaw);
        RecordsEditor editor = EditorPage.active(RecordsEditor.class);
        Record first = UiThread.call(() -> editor.resource().document().getRecords().get(0));
        UiThread.run(() -> editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), first, first.eClass().getEStructuralFeature("creationDate"), "20250302")));
        Wait.until(Condition.of(editor::isDirty, () -> "the edit to make the editor dirty"));
        UiThread.run(() -> editor.doSave(null));
        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "the save"));

        Path ledgerFile = dir.resolve("exchange.careplan-ledger.tsv");
        assertTrue(Files.exists(ledgerFile), "the ledger beside the folder");
        LedgerView view = (LedgerView) bot.showView(LedgerView.ID).part();
        UiThread.run(view::reload);
        TableHandle entries = bot.tableWithId(WidgetIds.LEDGER_TABLE).waitForRows(1);
        assertEquals("保存", entries.cell(0, "操作"));
        assertEquals(plan.name(), entries.cell(0, "ファイル"));
        assertEquals(plan.serial(), entries.cell(0, "送信単位"));
        String insured = first.getInsuredNumber();
        assertTrue(entries.cell(0, "キー（保険者番号:被保険者番号:年月）").contains(":" + insured + ":"));

        bot.textWithId(WidgetIds.LEDGER_FILTER).focus();
        Keyboard.type("0000000000x"); // no such number
        entries.waitForRows(0);
        bot.textWithId(WidgetIds.LEDGER_FILTER).replaceText(insured);
        entries.waitForRows(1);

        bot.buttonWithId(WidgetIds.LEDGER_VERIFY).click();
        assertTrue(bot.labelTextWithId(WidgetIds.LEDGER_STATUS).startsWith("台帳は完全です"), bot.labelTextWithId(WidgetIds.LEDGER_STATUS));
        // the inspector's report of the month the save was made in, from the view (the dialogs' answers given)
        String thisMonth = java.time.YearMonth.now().toString().replace("-", "");
        Path report = dir.resolve("report.pdf");
        assertTrue(UiThread.call(() -> view.report(thisMonth, report)), bot.labelTextWithId(WidgetIds.LEDGER_STATUS));
        assertTrue(bot.labelTextWithId(WidgetIds.LEDGER_STATUS).contains(report.toString()));
        byte[] pdf = Files.readAllBytes(report);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("証跡台帳 報告書") && text.contains(plan.name()) && text.contains("保存"), text);
        }
        assertTrue(bot.buttonWithId(WidgetIds.LEDGER_REPORT).isEnabled(), "the report is a button of the view");
        List<String> lines = new ArrayList<>(Files.readAllLines(ledgerFile, StandardCharsets.UTF_8));
        lines.set(0, lines.get(0).replace("\tSAVE\t", "\tIMPORT\t"));
        Files.writeString(ledgerFile, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        bot.buttonWithId(WidgetIds.LEDGER_VERIFY).click();
        String status = bot.labelTextWithId(WidgetIds.LEDGER_STATUS);
        assertTrue(status.contains("1 行目 書き換え"), status);
        assertEquals(List.of(), Ledger.at(ledgerFile, null).verify().stream().filter(f -> f.problem() != Ledger.Problem.EDITED).toList());
    }

    /**
     * 削除 in the folder view: each deleted file is recorded in the ledger first, with the SHA-256 of the bytes deleted
     * and its records' keys; a file open in an editor is kept.
     */
    @Test
    void aDeletionIsRecordedBeforeTheFileGoes(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        List<GeneratedFile> month = new SyntheticExchange(32, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile gone = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        GeneratedFile open = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        String goneHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(gone.path())));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(month.size());
        jp.careplan.ui.internal.views.ExchangeView view = (jp.careplan.ui.internal.views.ExchangeView) page.view().part();
        files.select(page.rowOf(open.name())).focus();
        UiThread.run(view::openSelectedRaw);
        EditorPage.active(RecordsEditor.class);

        files.select(page.rowOf(gone.name()), page.rowOf(open.name()));
        List<Path> deleted = UiThread.call(() -> view.deleteSelected(false));

        assertEquals(List.of(gone.path()), deleted);
        assertTrue(!Files.exists(gone.path()) && Files.exists(open.path()), "the file open in an editor is kept");
        Ledger ledger = Ledger.at(dir.resolve("exchange.careplan-ledger.tsv"), null);
        List<Ledger.Entry> entries = ledger.entries();
        assertEquals(1, entries.size());
        assertEquals(Ledger.Action.DELETE, entries.get(0).action());
        assertEquals(gone.name(), entries.get(0).file());
        assertEquals(goneHash, entries.get(0).sha256(), "the hash of the bytes deleted");
        assertTrue(!entries.get(0).keys().isEmpty() && entries.get(0).keys().get(0).endsWith(":202503"), "its records' keys");
        files.waitForRows(month.size() - 1);
    }
}
