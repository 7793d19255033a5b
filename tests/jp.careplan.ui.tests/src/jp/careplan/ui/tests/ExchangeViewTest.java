/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.ui.internal.ExchangeFolderPreference;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** The データ連携フォルダ view in the running workbench, in Japanese, on folders of generated files. */
class ExchangeViewTest {

    /** The 3.2 layouts, as the extension point gives them to the product. */
    static LayoutSet v3() {
        return LayoutRegistry.getDefault().layoutSets().stream().filter(set -> set.getId().equals("jp.careplan.spec.v3"))
                .findFirst().orElseThrow(() -> new AssertionError("jp.careplan.spec.v3 contributes no layout set"));
    }


    private final Bot bot = new Bot();

    /** Leaves the view as the next test expects it, whatever this one did: no filter, following its folder. */
    @AfterEach
    void resetTheView() {
        ExchangeViewPage page = ExchangeViewPage.open(bot);
        page.filterField().replaceText("");
        page.follow().select();
    }

    @Test
    void listsTheFilesOfATypedFolderInImportOrderWithWhatTheirNamesSay(@TempDir Path folder) throws Exception {
        List<GeneratedFile> generated = new SyntheticExchange(2025_04L, v3()).writeMonth(folder, YearMonth.of(2025, 4));
        List<GeneratedFile> conforming = generated.stream().filter(GeneratedFile::conforming)
                .sorted((a, b) -> a.serial().compareTo(b.serial())).toList();
        GeneratedFile broken = generated.stream().filter(file -> !file.conforming()).findFirst().orElseThrow();
        bot.resetActivePerspective(); // the README's picture: the window as a user first sees it, not as earlier tests left it

        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle table = page.files().waitForRows(generated.size());
        page.waitForCheck();

        assertEquals("データ連携フォルダ", page.view().title());
        assertEquals(List.of("ファイル連番", "種類", "名称", "年月", "送信元", "送信先", "利用者", "規約", "検査結果", "ファイル名", "サイズ", "問題"),
                table.columnTitles());
        for (int row = 0; row < conforming.size(); row++) {
            GeneratedFile file = conforming.get(row);
            assertEquals(file.serial(), table.cell(row, "ファイル連番"), "row " + row + " is in ascending 連番");
            assertEquals(file.kind(), table.cell(row, "種類"));
            assertEquals(file.month() == null ? "" : file.month(), table.cell(row, "年月"));
            assertEquals(file.rule(), table.cell(row, "規約"));
            String sender = file.senderServiceType() == null ? file.senderOffice()
                    : file.senderOffice() + " / " + file.senderServiceType();
            assertEquals(sender, table.cell(row, "送信元"));
            assertEquals("", table.cell(row, "問題"));
            assertEquals("問題なし", table.cell(row, "検査結果"), file.name() + " is read and validated clean");
        }
        int last = generated.size() - 1;
        assertEquals(broken.name(), table.cell(last, "ファイル名"));
        String problem = table.cell(last, "問題");
        assertTrue(problem.contains("FN-SEGMENT") && problem.contains("送信元の事業所番号は数字10桁"), problem);
        assertEquals("ファイル " + conforming.size() + " 件（送信単位 5 件）、標準仕様に沿わないファイル名 1 件。検査: エラーのあるファイル 0 件、警告のみ 0 件",
                page.summary());

        Screenshots.capture(bot.workbenchShell(),
                Path.of(System.getProperty("careplan.screenshots", "target/screenshots"), "exchange-view.png"));
    }

    @Test
    void aFileWithProblemsIsMarkedInTheCheckColumn(@TempDir Path folder) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(12, v3());
        GeneratedFile file = exchange.write(folder, "UP2KYO", null, "1234567890", null, "2345678901", null, "20250310090000");

        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(1);
        page.waitForCheck();

        String check = page.files().cell(0, "検査結果");
        assertTrue(check.startsWith("エラー "), file.name() + ": 第2表 without its 第1表 is an error (UNIT-PARENT); shown: " + check);
        assertTrue(page.summary().endsWith("検査: エラーのあるファイル 1 件、警告のみ 0 件"), page.summary());
    }

    @Test
    void aCopyWithItsExtensionInLowerCaseIsListedAndSaidToBeCheckedOnce(@TempDir Path folder) throws Exception {
        GeneratedFile plan = new SyntheticExchange(13, v3()).write(folder, "UP1KYO", null, "1234567890", null, "2345678901", null,
                "20250311090000");
        String copy = plan.name().replace(".CSV", ".csv");
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(folder.resolve(copy)), "a file system that tells the cases apart");
        Files.copy(plan.path(), folder.resolve(copy));

        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle table = page.files().waitForRows(2);
        page.waitForCheck();

        assertEquals(plan.name(), table.cell(0, "ファイル名"));
        assertEquals("問題なし", table.cell(0, "検査結果"), "the file is checked as it is, once");
        assertEquals(copy, table.cell(1, "ファイル名"));
        assertEquals("UP1KYO", table.cell(1, "種類"), "listed by what its name says");
        assertEquals("警告 1", table.cell(1, "検査結果"), "CSV-NAME-COPY: a second file of the name, with the same bytes");
        assertTrue(table.cell(1, "問題").startsWith("同じ名前のファイルがフォルダにもう一つあります"), table.cell(1, "問題"));
        assertEquals("", table.cell(0, "問題"));
        assertTrue(page.summary().startsWith("ファイル 2 件（送信単位 1 件）"), page.summary());
        Screenshots.capture(bot.workbenchShell(),
                Path.of(System.getProperty("careplan.screenshots", "target/screenshots"), "exchange-view-second-file.png"));
        assertTrue(page.summary().endsWith("検査: エラーのあるファイル 0 件、警告のみ 1 件"), page.summary());
    }

    @Test
    void theChosenFolderIsRememberedWhenTheViewOpensAgain(@TempDir Path folder) throws Exception {
        new SyntheticExchange(5, v3()).writeMonth(folder, YearMonth.of(2025, 5));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.view().close();

        ExchangeViewPage reopened = ExchangeViewPage.open(bot);

        assertEquals(folder.toAbsolutePath().normalize(), reopened.shownFolder());
        assertEquals(folder.toAbsolutePath().normalize(), ExchangeFolderPreference.current());
        assertEquals(folder.toAbsolutePath().normalize().toString(), reopened.folderField().text());
    }

    @Test
    void f5ReadsTheFolderAgainWhenTheViewDoesNotFollowIt(@TempDir Path folder) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(9, v3());
        int before = exchange.writeMonth(folder, YearMonth.of(2025, 7)).size();
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(before);
        page.follow().deselect();
        try {
            assertFalse(ExchangeFolderPreference.follows(), "clearing 変更に追従 is remembered");
            assertFalse(page.following(), "and the view stops following the folder, so only F5 can show the new file");

            exchange.write(folder, "DLTPLAN", "202507", exchange.office(), null, exchange.office(), null, "20250720093015");
            page.refreshWithF5();

            page.files().waitForRows(before + 1);
        } finally {
            page.follow().select();
        }
        assertTrue(ExchangeFolderPreference.follows());
        assertTrue(page.following());
    }

    @Test
    void followsTheFolderOnDiskAndKeepsTheSelection(@TempDir Path folder) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(10, v3());
        List<GeneratedFile> month = exchange.writeMonth(folder, YearMonth.of(2025, 8));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle table = page.files().waitForRows(month.size());
        page.waitForCheck();
        assertTrue(page.follow().isChecked(), "the view follows its folder unless told not to");
        String selected = table.select(1).cell(1, "ファイル名");

        // a partner's file arrives: listed and checked with no key pressed
        GeneratedFile arrived = exchange.write(folder, "UP2KYO", null, "1234567890", null, "2345678901", null,
                "20250810090000");
        table.waitForRows(month.size() + 1);
        page.waitForCheck();
        int row = table.rows().stream().map(cells -> cells.get(table.columnTitles().indexOf("ファイル名"))).toList()
                .indexOf(arrived.name());
        assertTrue(row >= 0, arrived.name() + " is listed");
        assertEquals("問題なし", table.cell(row, "検査結果"),
                "the arrived 第2表 is checked with the rest of the folder, where its 第1表 is");
        assertEquals(List.of(selected), UiThread.call(() -> java.util.Arrays.stream(table.widget().getSelection())
                .map(item -> item.getText(table.columnTitles().indexOf("ファイル名"))).toList()),
                "the selected file stays selected");

        // and goes again
        Files.delete(folder.resolve(arrived.name()));
        table.waitForRows(month.size());
    }

    @Test
    void theFilterShowsTheFilesMatchingEveryWordAndDownGoesToThem(@TempDir Path folder) throws Exception {
        List<GeneratedFile> generated = new SyntheticExchange(11, v3()).writeMonth(folder, YearMonth.of(2025, 9));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle table = page.files().waitForRows(generated.size());
        GeneratedFile plan = generated.stream().filter(file -> file.conforming() && file.kind().equals("UPPLAN")).findFirst()
                .orElseThrow();
        List<String> expected = generated.stream()
                .filter(file -> file.name().startsWith("UPPLAN_") && file.name().contains(plan.receiverOffice()))
                .map(GeneratedFile::name).sorted().toList();
        assertTrue(expected.size() < generated.size(), "the filter has something to hide");

        // two words, full-width letters (an IME in full-width mode), a full-width space between them: both must match
        page.filterField().replaceText("ｕｐｐｌａｎ\u3000" + plan.receiverOffice());

        Wait.until(Condition.of(() -> table.widget().getItemCount() == expected.size(),
                () -> "the filter to leave " + expected.size() + " files; " + table.widget().getItemCount() + " shown"));
        int nameColumn = table.columnTitles().indexOf("ファイル名");
        assertEquals(expected, table.rows().stream().map(cells -> cells.get(nameColumn)).sorted().toList());
        assertEquals(generated.size() + " 件中 " + expected.size() + " 件を表示", bot.labelTextWithId(WidgetIds.EXCHANGE_FILTER_COUNT));

        page.filterField().focus();
        Keyboard.press(SWT.ARROW_DOWN);
        Wait.until(Condition.of(() -> table.widget().isFocusControl() && table.widget().getSelectionCount() == 1,
                () -> "Down in the filter to select the first file in the table"));

        page.filterField().replaceText("");
        table.waitForRows(generated.size());
        assertEquals("", bot.labelTextWithId(WidgetIds.EXCHANGE_FILTER_COUNT), "no count without a filter");
    }

    @Test
    void theUsersOfEachFileAreShownAndFilterTheFiles(@TempDir Path folder) throws Exception {
        SyntheticExchange alone = new SyntheticExchange(21, v3(), 1);
        SyntheticExchange three = new SyntheticExchange(22, v3(), 3);
        List<String> aloneFiles = alone.writeMonth(folder, YearMonth.of(2025, 10), false).stream().map(GeneratedFile::name).toList();
        List<String> threeFiles = three.writeMonth(folder, YearMonth.of(2025, 10), false).stream().map(GeneratedFile::name).toList();
        String number = alone.insuredNumbers().get(0);
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle table = page.files().waitForRows(aloneFiles.size() + threeFiles.size());
        page.waitForCheck();

        int nameColumn = table.columnTitles().indexOf("ファイル名");
        int usersColumn = table.columnTitles().indexOf("利用者");
        for (List<String> row : table.rows()) {
            String users = row.get(usersColumn);
            if (aloneFiles.contains(row.get(nameColumn))) {
                // the one user by the 利用者氏名 of the folder's 利用者補足情報, with the number
                assertTrue(users.endsWith("（" + number + "）") && users.length() > number.length() + 2,
                        row.get(nameColumn) + " speaks of one user: " + users);
            } else {
                // the other exchange's files speak of its three users, or one of them (利用者補足情報 000000)
                assertTrue(users.matches("[23] 人") || three.insuredNumbers().stream().anyMatch(n -> users.endsWith("（" + n + "）")),
                        row.get(nameColumn) + ": " + users);
            }
        }

        page.filterField().replaceText(number);
        Wait.until(Condition.of(() -> table.widget().getItemCount() == aloneFiles.size(),
                () -> "the filter by 被保険者番号 to leave " + aloneFiles.size() + " files; " + table.widget().getItemCount()
                        + " shown"));
        assertEquals(aloneFiles.stream().sorted().toList(),
                table.rows().stream().map(row -> row.get(nameColumn)).sorted().toList());
        page.filterField().replaceText("");
    }
}
