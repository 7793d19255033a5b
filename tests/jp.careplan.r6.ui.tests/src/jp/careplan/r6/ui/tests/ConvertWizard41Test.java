/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.r6.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.ui.tests.ExchangeViewPage;
import jp.careplan.ui.tests.WizardPage;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * 別の版に変換 with the 令和6年度 revision installed: a 3.2 第6表 for April 2025 becomes a 4.1 file under a 4.x name,
 * its records in the 4.1 layout (CSVバージョン 202407, the 福祉用具 items empty), and the wizard closes when every
 * file is converted.
 */
class ConvertWizard41Test {

    private final Bot bot = new Bot();

    @AfterEach
    void closeTheWizard() {
        WizardPage.closeAll(bot);
    }

    /** A 3.2 第6表 for April 2025 of the given records in the folder, chosen in the folder view, and 別の版に変換 open on it. */
    private WizardPage convertA32Schedule(Path folder, String name, long seed, int records) throws Exception {
        FileLayout v3 = LayoutRegistry.getDefault().resolve("UPPLAN", "202208", "202503").layout();
        Files.write(folder.resolve(name), new SyntheticRecords(seed).file(v3, YearMonth.of(2025, 4), records));
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(1).select(0).focus();
        UiThread.start(((ExchangeView) page.view().part())::convertSelected);
        return WizardPage.convert(bot);
    }

    @Test
    void a32ScheduleBecomesA41FileFromTheFolderView(@TempDir Path folder, @TempDir Path out) throws Exception {
        WizardPage wizard = convertA32Schedule(folder, "UPPLAN_202504_1370000001_1370000002_20250325090000.CSV", 41, 4);
        bot.comboWithId(WidgetIds.CONVERT_VERSION).setSelection("4.1");
        bot.textWithId(WidgetIds.CONVERT_SENDER_TYPE).replaceText("43");
        bot.textWithId(WidgetIds.CONVERT_RECEIVER_TYPE).replaceText("11");
        bot.textWithId(WidgetIds.CONVERT_FOLDER).replaceText(out.toString());
        Button finish = bot.find(Button.class, WidgetIds.CONVERT_FINISH);
        wizard.finish();

        Wait.until(Condition.of(finish::isDisposed, () -> "the wizard to close once the file is converted"));
        Path converted = out.resolve("UPPLAN_202504_1370000001_43_1370000002_11_20250325090000.CSV");
        assertTrue(Files.isRegularFile(converted));
        CareplanResource resource = CareplanResource.read(converted, LayoutRegistry.getDefault());
        assertTrue(resource.problems().isEmpty(), () -> resource.problems().toString());
        List<Record> records = resource.document().getRecords();
        assertEquals(4, records.size());
        assertEquals("202407", records.get(0).getCsvVersion());
        assertEquals("ServiceUseRow41", records.get(0).eClass().getName());
    }

    @Test
    void theWizardSaysBeforeConvertingWhenA41FileWouldKeepA32Name(@TempDir Path folder, @TempDir Path out) throws Exception {
        String name = "UPPLAN_202504_1370000001_1370000002_20250326090000.CSV";
        WizardPage wizard = convertA32Schedule(folder, name, 43, 2);
        String warning = "1 ファイルは、4.1 の命名規約（4.x）より前の規約の名前で書き出されます";
        bot.comboWithId(WidgetIds.CONVERT_VERSION).setSelection("3.2");
        String newer = "1 ファイルは、そのサービス提供月に版 3.2 ではなく 4.1 が適用されます";
        // April 2025 takes 4.1: converting to 3.2 is for software that reads 3.2 only; 3.2 files are named by the 3.2 rule
        Wait.until(Condition.of(() -> wizard.shows(newer) && !wizard.shows(warning), () -> "the wizard to warn of the month's version"));
        bot.comboWithId(WidgetIds.CONVERT_VERSION).setSelection("4.1");
        Wait.until(Condition.of(() -> wizard.shows(warning) && !wizard.shows(newer), () -> "the wizard to warn of the 3.2 name"));
        jp.careplan.uitest.Screenshots.capture(wizard.shell(), jp.careplan.uitest.Screenshots.folder().resolve("convert-wizard-name-rule.png"));
        bot.textWithId(WidgetIds.CONVERT_SENDER_TYPE).replaceText("43");
        bot.textWithId(WidgetIds.CONVERT_RECEIVER_TYPE).replaceText("11");
        Wait.until(Condition.of(() -> !wizard.shows(warning), () -> "the warning to go once both service types are given"));
        bot.textWithId(WidgetIds.CONVERT_SENDER_TYPE).replaceText("");
        Wait.until(Condition.of(() -> wizard.shows(warning), () -> "the warning to come back without the sender's type"));

        // converted as asked, under the 3.2 name: the wizard closes, and the file is what a check then reports
        bot.textWithId(WidgetIds.CONVERT_FOLDER).replaceText(out.toString());
        Button finish = bot.find(Button.class, WidgetIds.CONVERT_FINISH);
        wizard.finish();
        Wait.until(Condition.of(finish::isDisposed, () -> "the wizard to close once the file is converted"));
        CareplanResource resource = CareplanResource.read(out.resolve(name), LayoutRegistry.getDefault());
        assertEquals("202407", resource.document().getRecords().get(0).getCsvVersion());
        assertTrue(resource.problems().stream().anyMatch(problem -> problem.ruleId().equals("CSV-NAME-RULE")),
                () -> resource.problems().toString());
    }
}
