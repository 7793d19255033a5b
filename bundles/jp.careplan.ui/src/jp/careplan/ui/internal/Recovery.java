/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.ui.internal.editors.Editors;

/**
 * At the start after the workbench was killed: the unsaved edits the journal kept are offered back. Restored, each
 * opens in its editor, dirty, the file on disk untouched until the user saves; discarded, the journal is removed.
 */
public final class Recovery {

    /** What the user chose. */
    public enum Choice {
        RESTORE, DISCARD
    }

    /** Asks the user; for tests, a choice given skips the question. */
    public interface Question {
        Choice ask(Shell shell, List<Journal.Pending> pending);
    }

    /** The question as the user sees it. */
    public static final Question DIALOG = (shell, pending) -> {
        MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_title, null, question(pending),
                pending.stream().anyMatch(Journal.Pending::changedOnDisk) ? MessageDialog.WARNING : MessageDialog.QUESTION,
                0, Messages.Recovery_restore, Messages.Recovery_discard);
        return dialog.open() == 0 ? Choice.RESTORE : Choice.DISCARD;
    };

    private Recovery() {
    }

    /** The question's text: each file by name, and a warning on each one changed on disk since its edits began. */
    public static String question(List<Journal.Pending> pending) {
        List<String> names = new ArrayList<>();
        pending.forEach(entry -> names.add("・" + entry.file().getFileName()
                + (entry.changedOnDisk() ? " " + Messages.Recovery_changedOnDisk : "")));
        return NLS.bind(Messages.Recovery_question, pending.size(), String.join("\n", names));
    }

    /**
     * Offers what the journal kept.
     *
     * @return the files restored into editors
     */
    public static List<java.nio.file.Path> offer(IWorkbenchPage page, Question question) {
        List<Journal.Pending> pending = Journal.pending();
        List<java.nio.file.Path> restored = new ArrayList<>();
        if (pending.isEmpty()) {
            return restored;
        }
        if (question.ask(page.getWorkbenchWindow().getShell(), pending) == Choice.DISCARD) {
            pending.forEach(entry -> Journal.remove(entry.file()));
            return restored;
        }
        FileNames names = FileNames.of(LayoutRegistry.getDefault());
        for (Journal.Pending entry : pending) {
            try {
                String kind = names.parse(entry.file().getFileName().toString()).getKind();
                Editors.restore(page, entry.file(), kind, entry.bytes());
                restored.add(entry.file());
            } catch (FileNameException | PartInitException e) {
                // the journal stays: offered again at the next start, nothing lost
                org.eclipse.core.runtime.ILog.of(Recovery.class).warn("Could not restore " + entry.file().getFileName() + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        return restored;
    }
}
