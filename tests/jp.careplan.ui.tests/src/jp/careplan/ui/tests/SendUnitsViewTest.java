/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.Wait;

/** 送信単位: a generated month's units in 連番 order with what they hold and their status from the check. */
class SendUnitsViewTest {

    private final Bot bot = new Bot();

    @AfterEach
    void clearTheFilter() {
        ExchangeViewPage.open(bot).filterField().replaceText("");
    }

    @Test
    void theUnitsOfAMonthAreListedInImportOrderWithTheirStatus(@TempDir Path folder) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(81, RecordsEditorTest.v3());
        List<GeneratedFile> month = new ArrayList<>(exchange.writeMonth(folder, YearMonth.of(2025, 3), false));
        // another office's 第2表 sent alone, after the others: its users have no 第1表 anywhere (an error)
        month.add(new SyntheticExchange(82, RecordsEditorTest.v3()).write(folder, "UP2KYO", null, "1234567890", null, "2345678901", null, "20250420090000"));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(month.size());
        page.waitForCheck();

        SendUnitsViewPage units = SendUnitsViewPage.open(bot);
        Tree tree = units.tree();
        Wait.until(Condition.of(() -> tree.getItemCount() == 6 && units.units().stream().noneMatch(u -> u.get(5).equals("検査中…")),
                () -> "six checked units; the tree shows " + units.units()));

        List<List<String>> shown = units.units();
        assertEquals(List.of("UP1KYO + UP2KYO + UPHOSOKU", "UPPLAN + UPSIKYU + UPHOSOKU", "UPPLAN + UPSIKYU", "UPJSK", "UPJSK",
                "UP2KYO"), shown.stream().map(unit -> unit.get(1)).toList());
        assertEquals(List.of("問題なし", "問題なし", "問題なし", "問題なし", "問題なし", "エラーあり"),
                shown.stream().map(unit -> unit.get(5)).toList());
        List<String> serials = shown.stream().map(unit -> unit.get(0)).toList();
        assertEquals(serials.stream().sorted().toList(), serials, "取込順序: ascending ファイル連番");
        assertEquals("202503", shown.get(1).get(2));
        assertEquals("1234567890 → 2345678901", shown.get(5).get(3));
        units.expand(0);
        Wait.until(Condition.of(() -> tree.getItem(0).getItemCount() == 3 && tree.getItem(0).getItem(2).getText(0).startsWith("UPHOSOKU_"),
                () -> "the plan unit to show its three files"));

        page.filterField().replaceText("UPJSK");
        Wait.until(Condition.of(() -> tree.getItemCount() == 2, () -> "the folder view's filter to leave the two 実績 units"));

        page.filterField().replaceText("");
        Wait.until(Condition.of(() -> tree.getItemCount() == 6, () -> "all units again"));
        units.view().activate();
        bot.withMaximized(units.view().part(), () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("send-units.png")));
    }
}
