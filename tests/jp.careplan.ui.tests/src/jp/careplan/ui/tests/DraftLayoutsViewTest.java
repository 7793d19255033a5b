/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.PlainLayouts;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.DraftLayoutsView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * レイアウト草案: a spec author's draft of 3.2 (one item renamed, one length changed, one item added, a new CSVバージョン)
 * read from disk without a bundle; the view lists exactly those changes and the version's, copies them as Markdown,
 * and the folder view checks a file of the draft's version by it.
 */
class DraftLayoutsViewTest {

    private final Bot bot = new Bot();

    @AfterEach
    void forgetTheDraft() {
        for (LayoutSet set : LayoutRegistry.getDefault().layoutSets()) {
            if (set.getId().startsWith("draft.")) {
                LayoutRegistry.getDefault().unregister(set);
            }
        }
    }

    @Test
    void aDraftIsReadComparedAndUsedForItsFiles(@TempDir Path dir, @TempDir Path folder) throws Exception {
        LayoutSet v3 = RecordsEditorTest.v3();
        StringWriter exported = new StringWriter();
        PlainLayouts.write("3.2", v3.getCsvVersion(), v3.getValidFrom(), v3.getFileNameRule(), v3.getFileLayouts(), exported);
        String text = exported.toString().replace("CSVバージョン,202208\r\n適用開始年月,202301", "CSVバージョン,202604\r\n適用開始年月,202604")
                .replace("UPPLAN,7,プラン担当者名,", "UPPLAN,7,担当介護支援専門員名,").replace("UPPLAN,8,単位数,,整数,6,", "UPPLAN,8,単位数,,整数,7,")
                + "UPPLAN,23,草案追加項目,,フリーテキスト,,,\r\n";
        Path draft = Files.writeString(dir.resolve("draft.csv"), text, StandardCharsets.UTF_8);
        DraftLayoutsView view = (DraftLayoutsView) bot.showView(DraftLayoutsView.ID).part();

        UiThread.run(() -> view.loadDraft(draft));

        TableHandle differences = bot.tableWithId(WidgetIds.DRAFTS_DIFFERENCES).waitForRows(4);
        List<String> changes = new ArrayList<>();
        for (int row = 0; row < differences.rowCount(); row++) {
            changes.add(differences.cell(row, "種類") + " " + differences.cell(row, "No.") + " " + differences.cell(row, "変更"));
        }
        assertEquals(List.of(" " + " CSVバージョン・適用開始年月: 202208 / 202301 → 202604 / 202604",
                "UPPLAN 7 No.7 プラン担当者名: 担当介護支援専門員名 に名称変更（No.7）", "UPPLAN 8 No.8 単位数: 桁数 6 → 7",
                "UPPLAN 23 No.23 草案追加項目: 項目の追加"), changes);
        String markdown = UiThread.call(view::markdown);
        assertTrue(markdown.contains("| 8 | 単位数 | No.8 単位数: 桁数 6 → 7 |"), markdown);

        // a file of the draft's version, in the folder view, is read and checked by the draft
        FileLayout plan = LayoutRegistry.getDefault().resolve("UPPLAN", "202604", "202604").layout();
        List<List<String>> rows = new ArrayList<>();
        SyntheticRecords generator = new SyntheticRecords(46);
        for (int i = 0; i < 2; i++) {
            rows.add(generator.values(plan, YearMonth.of(2026, 4), Map.of(23, "草案の値")));
        }
        Files.write(folder.resolve("UPPLAN_202604_1370000001_1370000002_20260325090000.CSV"), SyntheticRecords.encode(plan, rows));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        Table files = page.files().waitForRows(1).widget();
        int check = UiThread.call(() -> java.util.Arrays.stream(files.getColumns()).map(column -> column.getText()).toList()
                .indexOf("検査結果"));
        Wait.until(Condition.of(() -> {
            String result = files.getItem(0).getText(check);
            return !result.isEmpty() && !result.equals("検査中…") && !result.startsWith("エラー");
        }, () -> "the draft's file to check without errors; shown: " + files.getItem(0).getText(check)));
    }

    /**
     * The impact of a draft on the folder open in the folder view: a 3.2 draft with one item added to 第6表 予定, run
     * (with the button) against a clean month of 3.2 files, lists every 第6表 予定 as no longer valid, at the file's
     * lines, and no 第1表, 第2表 or 実績.
     */
    @Test
    void theImpactOnTheOpenFolderNamesTheFilesTheDraftBreaks(@TempDir Path dir, @TempDir Path folder) throws Exception {
        LayoutSet v3 = RecordsEditorTest.v3();
        List<jp.careplan.kit.GeneratedFile> month = new jp.careplan.kit.SyntheticExchange(2604, v3).writeMonth(folder,
                YearMonth.of(2025, 1), false);
        StringWriter exported = new StringWriter();
        PlainLayouts.write("3.2", v3.getCsvVersion(), v3.getValidFrom(), v3.getFileNameRule(), v3.getFileLayouts(), exported);
        String text = exported.toString().replace("CSVバージョン,202208\r\n適用開始年月,202301", "CSVバージョン,202604\r\n適用開始年月,202604")
                + "UPPLAN,23,草案追加項目,,フリーテキスト,,,\r\n";
        Path draft = Files.writeString(dir.resolve("draft-impact.csv"), text, StandardCharsets.UTF_8);
        ExchangeViewPage.open(bot).openFolder(folder).files().waitForRows(month.size());
        DraftLayoutsView view = (DraftLayoutsView) bot.showView(DraftLayoutsView.ID).part();
        UiThread.run(() -> view.loadDraft(draft));

        bot.buttonWithId(WidgetIds.DRAFTS_IMPACT).click();

        TableHandle impacts = bot.tableWithId(WidgetIds.DRAFTS_IMPACTS).waitForRows(month.size());
        List<String> stop = new ArrayList<>();
        for (int row = 0; row < impacts.rowCount(); row++) {
            if (impacts.cell(row, "草案での判定").equals("無効になる")) {
                stop.add(impacts.cell(row, "ファイル"));
                assertTrue(impacts.cell(row, "現れるエラー (+) と消えるエラー (-)").startsWith("+ "), impacts.rows().toString());
            }
        }
        // exactly every 第6表 予定; the 第7表 and 利用者補足情報 of its send unit are not checked against a 第6表 that is
        // no longer read (UNIT-UNCHECKED, information), so they stay valid
        List<String> expected = month.stream().filter(file -> file.kind().equals("UPPLAN"))
                .map(jp.careplan.kit.GeneratedFile::name).sorted().toList();
        assertEquals(expected, stop.stream().sorted().toList());
        String summary = bot.labelTextWithId(WidgetIds.DRAFTS_STATUS);
        assertTrue(summary.contains("無効になる " + stop.size() + " 件"), summary);
    }
}
