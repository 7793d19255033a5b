/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * 別の版に変換 from the folder view: the chosen files converted into a folder under 4.x names, and a file with
 * errors left in the wizard with the reason.
 */
class ConvertWizardTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeTheWizard() {
        WizardPage.closeAll(bot);
    }

    @Test
    void chosenFilesAreConvertedAndAFileWithErrorsIsLeftWithTheReason(@TempDir Path folder, @TempDir Path out) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(121, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        GeneratedFile schedule = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        String broken = "UP2KYO_" + plan.senderOffice() + "_" + plan.receiverOffice() + "_20250301120000.CSV";
        Files.write(folder.resolve(broken), "202208,x\r\n".getBytes(StandardCharsets.US_ASCII));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(month.size() + 1);
        List<String> chosen = List.of(plan.name(), schedule.name(), broken);
        int[] rows = IntStream.range(0, month.size() + 1).filter(row -> chosen.contains(files.cell(row, "ファイル名"))).toArray();
        assertEquals(3, rows.length);
        files.select(rows).focus();

        UiThread.start(((ExchangeView) page.view().part())::convertSelected); // 別の版に変換…
        WizardPage wizard = WizardPage.convert(bot);
        bot.comboWithId(WidgetIds.CONVERT_VERSION).setSelection("3.2");
        bot.textWithId(WidgetIds.CONVERT_SENDER_TYPE).replaceText("43");
        bot.textWithId(WidgetIds.CONVERT_RECEIVER_TYPE).replaceText("11");
        bot.textWithId(WidgetIds.CONVERT_FOLDER).replaceText(out.toString());
        wizard.finish();

        // the file with errors keeps the wizard open, saying why; the others are written under 4.x names
        TableHandle results = wizard.table(WidgetIds.CONVERT_FILES);
        Wait.until(Condition.of(() -> IntStream.range(0, 3).allMatch(row -> !results.cell(row, "結果").isEmpty()),
                () -> "the results of the conversion; shown: " + results.rows()));
        List<String> texts = IntStream.range(0, 3).mapToObj(row -> results.cell(row, "結果")).toList();
        assertEquals(2, texts.stream().filter(text -> text.startsWith("変換しました")).count(), texts::toString);
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("変換しません: ファイルにエラーがあります")), texts::toString);
        Screenshots.capture(wizard.shell(), Screenshots.folder().resolve("convert-wizard.png"));
        String planName = plan.name().replace("_" + plan.senderOffice() + "_", "_" + plan.senderOffice() + "_43_")
                .replace("_" + plan.receiverOffice() + "_", "_" + plan.receiverOffice() + "_11_");
        assertArrayEquals(Files.readAllBytes(plan.path()), Files.readAllBytes(out.resolve(planName)),
                "3.2 to 3.2 under 4.x names: the records are the same bytes");
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(2, written.count());
        }
    }
}
