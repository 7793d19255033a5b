/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.edit.ui.CodeCellEditor;
import jp.careplan.edit.ui.ItemPropertySourceProvider.Choice;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.CodeListRegistry;
import jp.careplan.layout.CodeListRegistry.Contribution;
import jp.careplan.layout.CodeListRegistry.Entry;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * A code list for an item (here one registered for サービスコード, as a vendor's bundle or an imported list would be)
 * in the Properties view: the name of the code is shown beside it, and while the item is edited a typed digit opens
 * the list of the codes that match, the arrow keys choose one, Enter puts it in the cell and the next Enter applies
 * it — an undoable edit of the editor.
 */
class CodeListEditingTest {

    private static final Contribution LIST = new Contribution("jp.careplan.ui.tests.services", "テスト用サービス一覧",
            Set.of("サービスコード"), 0, "jp.careplan.ui.tests",
            () -> List.of(new Entry("991234", "テスト用サービスＡ"), new Entry("992345", "テスト用サービスＢ")));

    private final Bot bot = new Bot();

    @AfterEach
    void cleanUp() {
        CodeListRegistry.getDefault().unregister(LIST.id(), LIST.contributor());
        EditorPage.closeAll();
    }

    @Test
    void theNameIsShownBesideTheCodeAndTypedDigitsOfferTheList(@TempDir Path folder) throws Exception {
        CodeListRegistry.getDefault().register(LIST);
        List<GeneratedFile> month = new SyntheticExchange(41, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        String schedule = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow().name();
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(month.size());
        int row = java.util.stream.IntStream.range(0, month.size()).filter(i -> page.files().cell(i, "ファイル名").equals(schedule))
                .findFirst().orElseThrow();
        page.files().select(row).focus();
        UiThread.run(((ExchangeView) page.view().part())::openSelectedRaw);
        RecordsEditor editor = EditorPage.active(RecordsEditor.class);
        ServiceUseRow first = UiThread.call(() -> (ServiceUseRow) editor.resource().document().getRecords().get(0));
        UiThread.run(() -> first.setServiceCode("991234")); // a code of the list, before the editor shows it

        UiThread.run(() -> {
            editor.selectRecord(first);
            editor.revealItem("サービスコード");
        });
        PropertySheet sheet = (PropertySheet) bot.view(IPageLayout.ID_PROP_SHEET).part();
        Tree properties = UiThread.call(() -> (Tree) sheet.getCurrentPage().getControl());
        Wait.until(Condition.of(() -> properties.getSelectionCount() == 1
                && properties.getSelection()[0].getText(0).equals("サービスコード")
                && properties.getSelection()[0].getText(1).equals("991234\u3000テスト用サービスＡ"),
                () -> "the Properties view to show サービスコード with its name; it shows "
                        + (properties.getSelectionCount() == 1 ? properties.getSelection()[0].getText(1) : "no selection")));

        // the keyboard: Enter on the row opens its value for editing, and a digit opens the list
        UiThread.run(() -> {
            sheet.getSite().getPage().activate(sheet);
            properties.setFocus();
        });
        Keyboard.pressEnter();
        Wait.until(Condition.of(() -> properties.getDisplay().getFocusControl() instanceof Text,
                () -> "the value of サービスコード to be open for editing; focus is on " + properties.getDisplay().getFocusControl()));
        Keyboard.press('9', '9'); // a digit opens the list
        Wait.until(Condition.of(() -> offered().equals(List.of("991234\u3000テスト用サービスＡ", "992345\u3000テスト用サービスＢ")),
                () -> "the list to offer both codes with 9; it offers " + offered()));
        // without a window manager the list's popup never gets the keyboard here: the second offer is chosen on
        // the list itself, as the arrow keys and Enter (or a double click) choose it on a desktop
        UiThread.run(() -> {
            Table list = popupTables().findFirst().orElseThrow();
            list.setSelection(1);
            list.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        });
        Wait.until(Condition.of(() -> offered().isEmpty() && properties.getDisplay().getFocusControl() instanceof Text text
                && text.getText().equals("992345"), () -> "the chosen code in the cell"));
        UiThread.run(() -> bot.workbenchShell().forceActive()); // (no window manager here hands the focus back)
        Keyboard.pressEnter(); // applies the edit

        Wait.until(Condition.of(() -> "992345".equals(first.getServiceCode()), () -> "the record to take the chosen code"));
        Wait.until(Condition.of(editor::isDirty, () -> "the edit to be a command of the editor"));
        assertEquals("992345", UiThread.call(first::getServiceCode));
        Wait.until(Condition.of(() -> properties.getSelectionCount() == 1
                && properties.getSelection()[0].getText(1).equals("992345\u3000テスト用サービスＢ"),
                () -> "the Properties view to show the new code with its name"));
    }

    /** What the list offers for typed text: the codes or names that contain it. */
    @Test
    void typedTextNarrowsTheOfferByCodeOrName() {
        List<Choice> choices = List.of(new Choice("991234", "テスト用サービスＡ"), new Choice("992345", "テスト用サービスＢ"));

        assertEquals(List.of(choices.get(1)), CodeCellEditor.matching(choices, "992"));
        assertEquals(List.of(choices.get(0)), CodeCellEditor.matching(choices, "サービスＡ"));
        assertEquals(choices, CodeCellEditor.matching(choices, ""));
    }

    /** The tables of the list's popup while it is open (call on the UI thread). */
    private static Stream<Table> popupTables() {
        return Stream.of(UiThread.display().getShells()).filter(shell -> shell.isVisible() && (shell.getStyle() & SWT.ON_TOP) != 0)
                .flatMap(shell -> Stream.of(shell.getChildren())).flatMap(CodeListEditingTest::tables);
    }

    /** The texts of the list's popup while it is open (none when it is closed). */
    private static List<String> offered() {
        return UiThread.call(() -> popupTables().flatMap(table -> Stream.of(table.getItems()).map(item -> item.getText())).toList());
    }

    private static Stream<Table> tables(org.eclipse.swt.widgets.Control control) {
        if (control instanceof Table table) {
            return Stream.of(table);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            return Stream.of(composite.getChildren()).flatMap(CodeListEditingTest::tables);
        }
        return Stream.empty();
    }
}
