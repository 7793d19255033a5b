/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Finder;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * The platform's own texts the workbench shows are Japanese too, as its own are: the menus' entries that come from the
 * workbench (保存, 元に戻す, 設定 …), the Properties view, the dialog buttons, and the prompt to save a changed file on
 * closing it. Before, a Japanese user met "Save", "Undo", "Preferences…", "Properties", "Property / Value" and a
 * "Save Resource" prompt with "Don't Save" (Eclipse's language packs are not on Maven Central: the project's fragments
 * jp.careplan.ui.nl.* carry them).
 */
class PlatformTextsTest {

    private final Bot bot = new Bot();

    /** Every entry of the menu bar's menus, as a user reads it (without its accelerator). */
    private List<String> menuEntries() {
        List<String> texts = new ArrayList<>();
        UiThread.run(() -> {
            for (MenuItem top : bot.workbenchShell().getMenuBar().getItems()) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event()); // the workbench fills a menu as it is shown
                for (MenuItem item : menu.getItems()) {
                    texts.add(item.getText().split("\t")[0]);
                }
                menu.notifyListeners(SWT.Hide, new Event());
            }
        });
        return texts;
    }

    @Test
    void theWorkbenchsOwnMenuEntriesAreJapanese() {
        List<String> entries = menuEntries();

        for (String japanese : List.of("保存(&S)", "終了(&X)", "元に戻す(&U)", "やり直し(&R)", "ビューのメニュー(&M)",
                "画面の配置を初期状態に戻す(&R)...", "設定(&P)...", "careplan ワークベンチ について(&A)")) {
            assertTrue(entries.contains(japanese), japanese + " among " + entries);
        }
        for (String english : List.of("&Save", "E&xit", "&Undo", "&Redo", "Show View &Menu", "&Reset Perspective...",
                "&Preferences...")) {
            assertTrue(!entries.contains(english), english + " among " + entries);
        }
        assertEquals("取り消し", JFaceResources.getString("cancel"), "the dialogs' buttons");
        assertEquals("適用して閉じる", JFaceResources.getString("PreferencesDialog.okButtonLabel"));
    }

    @Test
    void thePropertiesViewIsJapanese() {
        PropertySheet sheet = (PropertySheet) bot.showView(IPageLayout.ID_PROP_SHEET).part();
        List<String> columns = UiThread.call(() -> Stream.of(((Tree) sheet.getCurrentPage().getControl()).getColumns())
                .map(TreeColumn::getText).toList());

        assertEquals("プロパティ", UiThread.call(sheet::getPartName));
        assertEquals(List.of("項目", "値"), columns);
    }

    /** Closing a changed file asks in Japanese; 保存しない closes it and leaves the file as it was. */
    @Test
    void closingAChangedFileAsksInJapanese(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(33, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        byte[] before = java.nio.file.Files.readAllBytes(plan.path());
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(month.size());
        page.files().select(0).focus();
        UiThread.run(((jp.careplan.ui.internal.views.ExchangeView) page.view().part())::openSelectedRaw);
        RecordsEditor editor = EditorPage.active(RecordsEditor.class);
        UiThread.run(() -> editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), editor.resource().document().getRecords().get(0),
                jp.careplan.model.careplan.CareplanPackage.Literals.CARE_PLAN1__PLANNER_NAME, "見本　花子")));
        Wait.until(Condition.of(editor::isDirty, () -> "the editor to be dirty after an edit"));

        UiThread.start(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, true));
        Wait.until(Condition.of(() -> prompt() != null, () -> "the prompt to save; shells: "
                + Stream.of(UiThread.display().getShells()).filter(Shell::isVisible).map(Shell::getText).toList()));
        Shell prompt = UiThread.call(this::prompt);
        List<String> buttons = UiThread.call(() -> Finder.findAll(prompt, Button.class, button -> true).stream()
                .map(Button::getText).toList());
        String message = UiThread.call(() -> String.join(" ", Finder.findAll(prompt, Label.class, label -> true).stream()
                .map(Label::getText).toList()));

        assertEquals(java.util.Set.of("保存(&S)", "保存しない(&N)", "取り消し"), java.util.Set.copyOf(buttons), "in whatever order the platform puts them");
        assertTrue(message.contains("「" + plan.name() + "」は変更されています。保存しますか?"), message);
        UiThread.run(() -> Finder.findAll(prompt, Button.class, button -> button.getText().equals("保存しない(&N)")).get(0)
                .notifyListeners(SWT.Selection, new Event()));
        Wait.until(Condition.of(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences()
                .length == 0, () -> "the editor to close without saving"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(plan.path()), "the file as it was");
    }

    /** The visible dialog titled 保存, or null. */
    private Shell prompt() {
        return Stream.of(UiThread.display().getShells()).filter(shell -> shell.isVisible() && shell.getText().equals("保存"))
                .findFirst().orElse(null);
    }
}
