/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import jp.careplan.csv.CareplanResource;
import jp.careplan.ui.editors.ModelEditor;

/**
 * PDF に出力 (File menu, Ctrl+P): the forms of the active editor's file as they are in the editor — unsaved edits
 * included — with the users' names from the 利用者補足情報 of its send unit.
 */
public final class ExportPdfHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (!(active instanceof ModelEditor editor) || !editor.isLoaded() || !editor.resource().getURI().isFile()) {
            return null;
        }
        CareplanResource resource = editor.resource();
        Path file = Path.of(resource.getURI().toFileString());
        Path target = PdfExport.ask(editor.getSite().getShell(), OfficePreferences.exportFolder(file.getParent()).getParent(),
                file.getFileName() + ".pdf");
        if (target != null) {
            export(editor, target);
        }
        return null;
    }

    /**
     * Renders the editor's file into {@code target} in a job; the status line says where, or why not. The editor's
     * state is taken on the UI thread as the bytes a save would write and read apart in the job, so editing on meanwhile
     * neither changes nor disturbs the rendering.
     *
     * @return the job, or null when the state cannot be written as a standard file yet (the status line says so)
     */
    public static org.eclipse.core.runtime.jobs.Job export(ModelEditor editor, Path target) {
        CareplanResource resource = editor.resource();
        Path file = Path.of(resource.getURI().toFileString());
        byte[] snapshot;
        try {
            snapshot = resource.toBytes(null);
        } catch (java.io.IOException e) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Pdf_failed,
                    e.getClass().getSimpleName()));
            return null;
        }
        List<CareplanResource> names = PdfExport.supplementaryOf(file);
        return PdfExport.schedule(editor.getSite().getShell(), file.getFileName().toString(),
                forms -> forms.renderResources(List.of(CareplanResource.read(file, snapshot,
                        jp.careplan.layout.LayoutRegistry.getDefault())), names), target, (written, pages, problem) -> {
                    if (editor.getEditorSite() != null) {
                        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(written != null
                                ? NLS.bind(Messages.Pdf_written, written, pages)
                                : NLS.bind(Messages.Pdf_failed, problem));
                    }
                });
    }
}
