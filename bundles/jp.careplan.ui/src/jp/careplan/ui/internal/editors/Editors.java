/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import jp.careplan.csv.FileKind;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.ui.editors.ModelEditor;

/**
 * Which editor opens a file of the exchange, as the {@code jp.careplan.ui.editors} extension point says: the
 * product contributes the calendar for 第6表 予定 and 実績, the recomputing 第7表 editor for 第7表 and the form
 * editor for 第1表 and 第2表; an extension bundle may add an editor for its kind; every other kind opens in the
 * raw records editor. One editor per file: a file open in one editor is
 * brought to the front rather than opened again in another, so two unsynchronised models never save over
 * each other.
 */
public final class Editors {

    private Editors() {
    }

    /** Whether a file is an attachment of an installed kind (by its name). */
    public static boolean isAttachment(Path file) {
        FileNames names = FileNames.of(LayoutRegistry.getDefault());
        try {
            return names.kinds().find(names.parse(file.getFileName().toString()).getKind()).map(FileKind::isAttachment)
                    .orElse(false);
        } catch (FileNameException e) {
            return false;
        }
    }

    /** The editor for files of a kind (UPPLAN, UPJSK, ...). */
    public static String idFor(String kind) {
        return EditorRegistry.editorFor(kind);
    }

    /** Opens a file in the editor for its kind, or brings the editor it is open in to the front. */
    public static ModelEditor open(IWorkbenchPage page, Path file, String kind) throws PartInitException {
        return openIn(page, file, idFor(kind));
    }

    /** Opens a file in the editor for its kind, starting from the unsaved state the journal kept after a crash. */
    public static ModelEditor restore(IWorkbenchPage page, Path file, String kind, byte[] journal) throws PartInitException {
        IEditorPart editor = page.openEditor(new RecordsEditorInput(file, journal), idFor(kind), true, IWorkbenchPage.MATCH_INPUT);
        return editor instanceof ModelEditor model ? model : null;
    }

    /** Opens a file in the raw records editor, unless another editor has it open already. */
    public static ModelEditor openRaw(IWorkbenchPage page, Path file) throws PartInitException {
        return openIn(page, file, RecordsEditor.ID);
    }

    private static ModelEditor openIn(IWorkbenchPage page, Path file, String editorId) throws PartInitException {
        if (isAttachment(file)) {
            // an attachment (a 家族構成 image) is never read as records: the system's viewer shows it, untouched
            if (!org.eclipse.swt.program.Program.launch(file.toString())) {
                throw new PartInitException("no program of this system opens " + file.getFileName());
            }
            return null;
        }
        IEditorPart editor = page.openEditor(new RecordsEditorInput(file), editorId, true, IWorkbenchPage.MATCH_INPUT);
        return editor instanceof ModelEditor model ? model : null;
    }
}
