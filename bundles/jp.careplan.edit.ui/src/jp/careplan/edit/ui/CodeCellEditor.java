/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.edit.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalListener2;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import jp.careplan.edit.ui.ItemPropertySourceProvider.Choice;

/**
 * A text cell editor that offers the codes of a list while the user types (a digit opens the list, as does
 * Ctrl+Space): each proposal shows the code and what it stands for, typed text matches either, and Enter on one
 * puts the code in the cell; the next Enter applies it. Any text may still be typed; the rules, not the editor,
 * judge a code not on the list.
 */
public final class CodeCellEditor extends TextCellEditor {

    /** The characters that open the list while typing: a code's first character. */
    private static final char[] ACTIVATION = "0123456789".toCharArray();

    private final List<Choice> choices;
    private ContentProposalAdapter proposals;
    private boolean popupOpen;

    public CodeCellEditor(Composite parent, List<Choice> choices) {
        super(parent);
        this.choices = List.copyOf(choices);
        install();
    }

    private void install() {
        IContentProposalProvider provider = (contents, position) -> matching(choices,
                contents.substring(0, Math.min(position, contents.length()))).stream()
                .map(choice -> (IContentProposal) new ContentProposal(choice.code(), choice.code() + "\u3000" + choice.label(),
                        choice.label()))
                .toArray(IContentProposal[]::new);
        KeyStroke ctrlSpace;
        try {
            ctrlSpace = KeyStroke.getInstance("Ctrl+Space");
        } catch (org.eclipse.jface.bindings.keys.ParseException e) {
            ctrlSpace = null;
        }
        proposals = new ContentProposalAdapter(text, new TextContentAdapter(), provider, ctrlSpace, ACTIVATION);
        proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        proposals.addContentProposalListener(new IContentProposalListener2() {
            @Override
            public void proposalPopupOpened(ContentProposalAdapter adapter) {
                popupOpen = true;
            }

            @Override
            public void proposalPopupClosed(ContentProposalAdapter adapter) {
                popupOpen = false;
            }
        });
    }

    /** The choices a typed text matches: those whose code or label contains it (all for no text), at most 200. */
    public static List<Choice> matching(List<Choice> choices, String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return choices.stream().filter(choice -> text.isEmpty() || choice.code().toLowerCase(Locale.ROOT).contains(text)
                || choice.label().toLowerCase(Locale.ROOT).contains(text)).limit(200).toList();
    }

    /** The adapter, so that a test (or a caller) can open the list as the keyboard would. */
    public ContentProposalAdapter proposals() {
        return proposals;
    }

    @Override
    protected void focusLost() {
        // the list takes the focus while it is open: the edit goes on
        if (!popupOpen) {
            super.focusLost();
        }
    }

    @Override
    protected boolean dependsOnExternalFocusListener() {
        // the list's popup would otherwise end the edit when it opens
        return false;
    }

    @Override
    protected void keyReleaseOccured(org.eclipse.swt.events.KeyEvent event) {
        // (called on key press, before the list sees the key) Enter and Escape belong to the list while it is open:
        // the Enter that takes an offer leaves the chosen code in the cell, and the next Enter applies it
        if (!popupOpen) {
            super.keyReleaseOccured(event);
        }
    }

    /** The text control (for tests driving the keyboard). */
    public Control textControl() {
        return text;
    }
}
