/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/** Finds widgets in the open shells, on the UI thread. */
public final class Finder {

    /** The widget-data key of the ids the product sets; SWTBot's default key. */
    public static final String ID_KEY = "org.eclipse.swtbot.widget.key";

    private Finder() {
    }

    /** Every widget of the given type in the visible shells (or below {@code root}) that matches. */
    public static <W extends Control> List<W> findAll(Control root, Class<W> type, Predicate<? super W> matcher) {
        List<W> found = new ArrayList<>();
        if (root == null) {
            Display display = UiThread.display();
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    collect(shell, type, matcher, found);
                }
            }
        } else {
            collect(root, type, matcher, found);
        }
        return found;
    }

    /** A predicate on the id the product gave a widget. */
    public static Predicate<Widget> withId(String id) {
        return widget -> id.equals(widget.getData(ID_KEY));
    }

    private static <W extends Control> void collect(Control control, Class<W> type, Predicate<? super W> matcher,
            List<W> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control) && matcher.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matcher, found);
            }
        }
    }
}
