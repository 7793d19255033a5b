/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.commands.Command;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.internal.ExportPdfHandler;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;

/**
 * Issue 9 in the workbench: PDF に出力 (File menu, Ctrl+P) renders the open editor's file as it is in the editor, an
 * unsaved edit included; the folder view's 送信単位を PDF に出力 renders every file of the selected file's send unit.
 */
class FormsPdfViewTest {

    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]+", "");
        }
    }

    @Test
    void theOpenEditorsFormsWithTheUnsavedEditAndAWholeSendUnit(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        List<GeneratedFile> month = new SyntheticExchange(51, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow();
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(month.size());
        files.select(page.rowOf(plan.name())).focus();
        ExchangeView view = (ExchangeView) page.view().part();
        UiThread.run(view::openSelectedRaw);
        RecordsEditor editor = EditorPage.active(RecordsEditor.class);

        Command command = UiThread.call(() -> PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand("jp.careplan.ui.commands.exportPdf"));
        assertTrue(UiThread.call(command::isEnabled), "PDF に出力 is enabled for a file's editor");
        // Ctrl+P is ours while a file's editor is active (the platform binds it to Print in the window's context)
        String bound = UiThread.call(() -> {
            org.eclipse.ui.keys.IBindingService bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
            org.eclipse.jface.bindings.Binding binding = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence
                    .getInstance(org.eclipse.jface.bindings.keys.KeyStroke.getInstance(org.eclipse.swt.SWT.MOD1, 'P')));
            return binding == null || binding.getParameterizedCommand() == null ? null : binding.getParameterizedCommand().getId();
        });
        assertEquals("jp.careplan.ui.commands.exportPdf", bound);

        Record first = UiThread.call(() -> editor.resource().document().getRecords().get(0));
        UiThread.run(() -> editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), first, first.eClass().getEStructuralFeature("plannerName"), "編集中担当")));
        Path one = dir.resolve("one.pdf");
        org.eclipse.core.runtime.jobs.Job job = UiThread.call(() -> ExportPdfHandler.export(editor, one));
        // the editor's state was taken when the command ran: an edit made while the job renders is not in this PDF
        UiThread.run(() -> editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), first, first.eClass().getEStructuralFeature("plannerName"), "後の編集")));
        job.join();
        UiThread.run(() -> editor.getEditingDomain().getCommandStack().undo());
        String text = text(one);
        assertTrue(text.contains("第６表サービス利用票") && text.contains("編集中担当"), "the unsaved edit is in the forms");
        assertTrue(!text.contains("後の編集"), "the state when the command ran, not an edit made while it rendered");
        assertTrue(UiThread.call(editor::isDirty), "rendering saves nothing");

        UiThread.run(() -> editor.getEditingDomain().getCommandStack().undo()); // the unit is rendered from the files on disk
        Path unit = dir.resolve("unit.pdf");
        UiThread.call(() -> view.renderUnits(unit)).join();
        String unitText = text(unit);
        assertTrue(unitText.contains("第６表サービス利用票") && unitText.contains("第７表サービス利用票別表"),
                "the send unit's 第6表 and 第7表");
    }
}
