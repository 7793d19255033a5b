/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * A kind the product has no code for — a draft 第3表 this test bundle contributes through its plugin.xml (a
 * dynamic model and a layout, as a spec author's bundle would) — opens in the raw records editor with its
 * items under the names its layout gives them, and is written back byte for byte.
 */
class DraftKindTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    @Test
    void aContributedDraftKindOpensWithItsLayoutsItemNames(@TempDir Path folder) throws Exception {
        FileLayout draft = LayoutRegistry.getDefault().layoutSets().stream()
                .filter(set -> set.getId().equals("jp.careplan.ui.tests.draft")).findFirst().orElseThrow()
                .getFileLayouts().get(0);
        byte[] bytes = SyntheticRecords.encode(draft, List.of(
                List.of("202208", "131001", "0000000011", "20250201", "20250201", "1", "0900", "1000", "訪問介護（身体介護）"),
                List.of("202208", "131001", "0000000011", "20250201", "20250201", "4", "1400", "1600", "通所介護")));
        Path file = Files.write(folder.resolve("UP3DRAFT_1370000001_1370000002_20250201090000.CSV"), bytes);
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        page.files().waitForRows(1);
        assertEquals("週間サービス計画表（草案）", page.files().cell(0, "名称"), "the kind is known from its layout");

        page.files().select(0).focus();
        Keyboard.pressEnter();
        RecordsEditor editor = EditorPage.active(RecordsEditor.class);
        assertEquals("jp.careplan.ui.tests.draftEditor", UiThread.call(() -> editor.getSite().getId()),
                "the editor the test bundle names for its kind through jp.careplan.ui.editors");
        List<EObject> records = UiThread.call(() -> List.copyOf(editor.resource().document().getRecords()));
        assertEquals(2, records.size());
        assertEquals("通所介護", records.get(1).eGet(records.get(1).eClass().getEStructuralFeature("content")));
        Tree tree = bot.find(Tree.class, WidgetIds.RECORDS_TREE);
        assertEquals(2, (int) UiThread.call(() -> tree.getItem(0).getItemCount()), "one tree item a record");

        UiThread.run(() -> {
            editor.selectRecord((jp.careplan.model.careplan.Record) records.get(1));
            editor.revealItem("サービス内容");
        });
        PropertySheet sheet = (PropertySheet) bot.view(IPageLayout.ID_PROP_SHEET).part();
        Wait.until(Condition.of(() -> sheet.getCurrentPage().getControl() instanceof Tree properties
                && properties.getSelectionCount() == 1 && properties.getSelection()[0].getText(0).equals("サービス内容")
                && properties.getSelection()[0].getText(1).equals("通所介護"),
                () -> "the Properties view to show the item サービス内容 of the second record"));

        assertArrayEquals(bytes, UiThread.call(() -> {
            try {
                return editor.resource().toBytes(java.util.Map.of());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }), "written back byte for byte");
        assertArrayEquals(bytes, Files.readAllBytes(file), "reading never changes the file");
    }
}
