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
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/** 送信単位の書き出し: the selected files written under the standard names for our office, after the check. */
class ExportWizardTest {

    private static final String US = "1370000009";
    private static final String PARTNER = "1370000008";
    private static final String SERIAL = "20250301120000";

    private final Bot bot = new Bot();

    @AfterEach
    void closeTheWizard() {
        WizardPage.closeAll(bot);
        OfficePreferences.set(List.of(), "", "");
    }

    /** Selects the files of one ファイル連番 in the exchange view and opens the wizard on them. */
    private WizardPage openWizardOn(Path folder, int fileCount, String serial) {
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(fileCount);
        int[] unit = IntStream.range(0, fileCount).filter(row -> files.cell(row, "ファイル連番").equals(serial)).toArray();
        files.select(unit).focus();
        UiThread.start(((ExchangeView) page.view().part())::exportSelected); // 送信単位として書き出す…
        return WizardPage.export(bot);
    }

    @Test
    void aCleanUnitIsWrittenUnderOurNamesWithTheSameBytes(@TempDir Path folder, @TempDir Path outbox) throws Exception {
        OfficePreferences.set(List.of(US), "", outbox.toString());
        List<GeneratedFile> month = new SyntheticExchange(71, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        String serial = month.stream().filter(f -> f.kind().equals("UPPLAN")).findFirst().orElseThrow().serial();
        List<GeneratedFile> unit = month.stream().filter(f -> f.serial().equals(serial)).toList();
        WizardPage wizard = openWizardOn(folder, month.size(), serial);

        org.eclipse.swt.widgets.Combo sender = bot.find(org.eclipse.swt.widgets.Combo.class, WidgetIds.EXPORT_SENDER);
        assertEquals(US, UiThread.call(sender::getText), "the sender is our office from the preferences");
        assertEquals(unit.get(0).receiverOffice(), wizard.text(WidgetIds.EXPORT_RECEIVER).text(),
                "the receiver the files were addressed to is proposed");
        wizard.text(WidgetIds.EXPORT_RECEIVER).replaceText(PARTNER);
        wizard.text(WidgetIds.EXPORT_SERIAL).replaceText(SERIAL);
        Screenshots.capture(wizard.shell(), Screenshots.folder().resolve("export-wizard.png"));
        wizard.finish();

        org.eclipse.swt.widgets.Label summary = bot.find(org.eclipse.swt.widgets.Label.class, WidgetIds.EXCHANGE_SUMMARY);
        Wait.until(Condition.of(() -> summary.getText().startsWith("3 件のファイルを"),
                () -> "the unit to be written; the summary says " + summary.getText()));
        for (GeneratedFile file : unit) {
            String name = file.kind() + "_" + file.month() + "_" + US + "_" + PARTNER + "_" + SERIAL + ".CSV";
            Path written = outbox.resolve(name);
            assertTrue(Files.isRegularFile(written), name);
            assertArrayEquals(Files.readAllBytes(file.path()), Files.readAllBytes(written), "the same bytes: " + name);
        }
        try (Stream<Path> files = Files.list(outbox)) {
            assertEquals(3, files.count(), "the unit's three files and nothing else");
        }
    }

    @Test
    void aUnitWithErrorsIsNotWrittenAndItsErrorsAreListed(@TempDir Path folder, @TempDir Path outbox) throws Exception {
        OfficePreferences.set(List.of(US), "", outbox.toString());
        new SyntheticExchange(72, RecordsEditorTest.v3()).write(folder, "UP2KYO", null, "1234567890", null, "2345678901", null,
                SERIAL); // 第2表 alone: its records lack their 第1表
        WizardPage wizard = openWizardOn(folder, 1, SERIAL);
        String newSerial = wizard.text(WidgetIds.EXPORT_SERIAL).text(); // now, as proposed

        wizard.finish();

        TableHandle problems = wizard.table(WidgetIds.EXPORT_PROBLEMS);
        Wait.until(Condition.of(() -> problems.widget().getItemCount() > 0, () -> "the check's errors to be listed"));
        assertEquals("UNIT-PARENT", problems.cell(0, "規則"));
        assertEquals("エラー", problems.cell(0, "重大度"));
        assertEquals("UP2KYO_" + US + "_2345678901_" + newSerial + ".CSV", problems.cell(0, "ファイル"),
                "problems name the file as it would be sent");
        assertTrue(UiThread.call(() -> problems.widget().getShell().isVisible()), "the wizard stays open");
        try (Stream<Path> files = Files.list(outbox)) {
            assertFalse(files.findAny().isPresent(), "nothing is written");
        }
    }
}
