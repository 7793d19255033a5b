/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.prefs.CareplanPreferencePage;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.ui.internal.views.GuideView;
import jp.careplan.ui.internal.views.LedgerView;
import jp.careplan.ui.internal.views.PlanActualView;
import jp.careplan.ui.internal.views.ProblemsView;
import jp.careplan.ui.internal.views.RevisionView;
import jp.careplan.ui.internal.views.SendUnitsView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * 作業の手順: Help › 作業の手順 opens it; its first steps say where the user stands (own offices, the folder shown, the
 * latest check); each link opens the part, wizard, dialog or key list it names, by mouse and by keyboard.
 */
class GuideViewTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeDialogs() {
        WizardPage.closeAll(bot);
        OfficePreferences.set(List.of(), "", "");
    }

    private static String activePartId() {
        return UiThread.call(() -> {
            IWorkbenchPart part = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActivePart();
            return part == null ? null : part.getSite().getId();
        });
    }

    private static void waitForActive(String id) {
        Wait.until(Condition.of(() -> id.equals(activePartId()), () -> id + " to be the active part; it is " + activePartId()));
    }

    /** The Help menu's entry of the given text, as a user reads it (its accelerator after a tab). */
    private MenuItem helpEntry(String text) {
        return UiThread.call(() -> {
            MenuItem help = Stream.of(bot.workbenchShell().getMenuBar().getItems()).filter(item -> item.getText().equals("ヘルプ(&H)"))
                    .findFirst().orElseThrow();
            Menu menu = help.getMenu();
            menu.notifyListeners(SWT.Show, new Event()); // the workbench fills a menu as it is shown
            MenuItem found = Stream.of(menu.getItems()).filter(item -> item.getText().split("\t")[0].equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError(text + " not in the Help menu: "
                            + Stream.of(menu.getItems()).map(MenuItem::getText).toList()));
            menu.notifyListeners(SWT.Hide, new Event());
            return found;
        });
    }

    private GuideView openFromHelpMenu() {
        bot.activateWorkbench();
        MenuItem entry = helpEntry("作業の手順(&G)");
        UiThread.start(() -> entry.notifyListeners(SWT.Selection, new Event()));
        waitForActive(GuideView.ID);
        return (GuideView) bot.view(GuideView.ID).part();
    }

    /** A dialog's shell other than the workbench's, once one is open. */
    private Shell waitForDialog() {
        Wait.until(Condition.of(() -> otherShell() != null, () -> "a dialog to open"));
        return otherShell();
    }

    private Shell otherShell() {
        return UiThread.call(() -> Stream.of(UiThread.display().getShells())
                .filter(shell -> shell != bot.workbenchShell() && shell.isVisible()).findFirst().orElse(null));
    }

    @Test
    void helpOpensTheGuideWhichSaysWhereTheUserStands(@TempDir Path folder) throws Exception {
        OfficePreferences.set(List.of(), "", "");
        GuideView guide = openFromHelpMenu();
        assertEquals("まだ設定されていません", bot.labelTextWithId(WidgetIds.GUIDE_OFFICES));
        // the key list is beside it in the menu, with the key that opens it anywhere: Ctrl+Shift+L
        String keys = UiThread.call(() -> helpEntry("キー操作の一覧(&K)").getText());
        TriggerSequence binding = UiThread.call(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
                .getBestActiveBindingFor(GuideView.KEY_ASSIST));
        assertEquals(KeySequence.getInstance("M1+M2+L"), binding, "the key assist's key");
        assertEquals("キー操作の一覧(&K)\t" + binding.format(), keys, "the menu shows the key");

        List<GeneratedFile> month = new SyntheticExchange(211, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        ExchangeViewPage.open(bot).openFolder(folder).waitForCheck();
        OfficePreferences.set(List.of(month.get(0).senderOffice(), month.get(0).receiverOffice()), "", "");
        bot.showView(GuideView.ID).activate();

        org.eclipse.swt.widgets.Label offices = bot.find(org.eclipse.swt.widgets.Label.class, WidgetIds.GUIDE_OFFICES);
        Wait.until(Condition.of(() -> "設定済み（自事業所 2 件）".equals(offices.getText()),
                () -> "the offices' state; it says " + offices.getText()));
        assertEquals("表示中: " + folder.toAbsolutePath().normalize(), bot.labelTextWithId(WidgetIds.GUIDE_FOLDER));
        // a generated month checks clean: the state counts its files and says so
        assertEquals("最新の検査: ファイル " + month.size() + " 件、エラー 0 件、警告 0 件", bot.labelTextWithId(WidgetIds.GUIDE_CHECK));
        bot.withMaximized(guide, () -> Screenshots.capture(bot.workbenchShell(), Screenshots.folder().resolve("guide-view.png")));
        assertEquals("作業の手順", UiThread.call(guide::getPartName));
    }

    @Test
    void eachLinkOpensWhatItNames() {
        openFromHelpMenu();
        List<String[]> views = List.of(new String[] { "check", "problems", ProblemsView.ID }, new String[] { "check", "units", SendUnitsView.ID },
                new String[] { "forms", "exchange", ExchangeView.ID }, new String[] { "compare", "planActual", PlanActualView.ID },
                new String[] { "month", "month", jp.careplan.ui.internal.views.MonthView.ID },
                new String[] { "ledger", "ledger", LedgerView.ID }, new String[] { "received", "revision", RevisionView.ID });
        for (String[] view : views) {
            bot.showView(GuideView.ID).activate();
            bot.linkWithId(WidgetIds.GUIDE_LINK_PREFIX + view[0]).click(view[1]);
            waitForActive(view[2]);
        }

        bot.showView(GuideView.ID).activate();
        bot.linkWithId(WidgetIds.GUIDE_LINK_PREFIX + "import").click("import");
        Shell wizard = WizardPage.importFiles(bot).shell();
        UiThread.run(wizard::close);

        bot.showView(GuideView.ID).activate();
        bot.linkWithId(WidgetIds.GUIDE_LINK_PREFIX + "offices").click("preferences");
        Shell preferences = waitForDialog();
        assertTrue(UiThread.call(() -> preferences.getData() instanceof PreferenceDialog dialog
                && dialog.getSelectedPage() instanceof CareplanPreferencePage), "the careplan page of the preferences");
        UiThread.run(preferences::close);

        bot.showView(GuideView.ID).activate();
        bot.linkWithId(WidgetIds.GUIDE_LINK_PREFIX + "keys").click("keys");
        Shell keys = waitForDialog();
        UiThread.run(keys::close);
    }

    /**
     * The anchors of the steps, in each language, name exactly the targets the view opens: none unknown (it would
     * throw), none left without a link.
     */
    @Test
    void theStepsLinkEveryTargetTheViewOpensAndNoOther() throws Exception {
        java.util.regex.Pattern href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"");
        for (String language : List.of("", "_ja")) {
            java.util.Set<String> linked = new java.util.TreeSet<>();
            java.util.Properties texts = new java.util.Properties();
            try (java.io.InputStream in = jp.careplan.ui.internal.Messages.class.getResourceAsStream("messages" + language + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : texts.stringPropertyNames()) {
                java.util.regex.Matcher matcher = href.matcher(texts.getProperty(key));
                while (matcher.find()) {
                    linked.add(matcher.group(1));
                }
            }
            assertEquals(new java.util.TreeSet<>(GuideView.TARGETS), linked, "messages" + language);
        }
    }

    @Test
    void aLinkIsFollowedWithTheKeyboard() {
        openFromHelpMenu();
        bot.linkWithId(WidgetIds.GUIDE_LINK_PREFIX + "compare").follow();
        waitForActive(PlanActualView.ID);
    }
}
