/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * The {@code jp.careplan.ui.editors} extension point: file kind → editor id, read once, on first use. The
 * highest priority wins; a tie is logged with the contributors and the first read is kept. A kind nobody
 * names opens in the raw records editor.
 */
final class EditorRegistry {

    static final String POINT = "jp.careplan.ui.editors";

    private record Choice(String editor, int priority, String contributor) {
    }

    private static volatile Map<String, Choice> byKind;

    private EditorRegistry() {
    }

    /** The id of the editor for files of a kind. */
    static String editorFor(String kind) {
        Choice choice = choices().get(kind);
        return choice == null ? RecordsEditor.ID : choice.editor();
    }

    private static Map<String, Choice> choices() {
        Map<String, Choice> choices = byKind;
        if (choices == null) {
            synchronized (EditorRegistry.class) {
                if (byKind == null) {
                    byKind = read();
                }
                choices = byKind;
            }
        }
        return choices;
    }

    private static Map<String, Choice> read() {
        Map<String, Choice> choices = new HashMap<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            String kind = element.getAttribute("kind");
            String editor = element.getAttribute("editor");
            String contributor = element.getContributor().getName();
            if (kind == null || editor == null) {
                ILog.of(EditorRegistry.class).warn(contributor + ": a kindEditor without kind or editor is ignored");
                continue;
            }
            int priority;
            try {
                String text = element.getAttribute("priority");
                priority = text == null ? 0 : Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                ILog.of(EditorRegistry.class).warn(contributor + ": the priority of the editor of " + kind + " is not a number");
                priority = 0;
            }
            Choice chosen = choices.get(kind);
            if (chosen == null || priority > chosen.priority()) {
                choices.put(kind, new Choice(editor, priority, contributor));
            } else if (priority == chosen.priority() && !editor.equals(chosen.editor())) {
                ILog.of(EditorRegistry.class).warn("The editor of " + kind + " is claimed with the same priority by "
                        + chosen.contributor() + " and " + contributor + "; " + chosen.contributor() + "'s is used");
            }
        }
        return Map.copyOf(choices);
    }
}
