/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;

/**
 * The draft layouts the workbench uses in this session (read in the レイアウト草案 view), so that a draft is always
 * read, checked and compared against the installed layouts alone — never against itself or another draft.
 */
public final class SessionDrafts {

    private static final Set<LayoutSet> DRAFTS = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private SessionDrafts() {
    }

    public static void add(LayoutSet draft) {
        DRAFTS.add(draft);
    }

    public static void remove(LayoutSet draft) {
        DRAFTS.remove(draft);
    }

    public static boolean contains(LayoutSet set) {
        return DRAFTS.contains(set);
    }

    /** The product's layouts without the session's drafts (a registry of its own, built now). */
    public static LayoutRegistry installed() {
        LayoutRegistry installed = new LayoutRegistry();
        for (LayoutRegistry.Contribution contribution : LayoutRegistry.getDefault().contributions()) {
            LayoutSet set = contribution.loader().get();
            if (set != null && !DRAFTS.contains(set)) {
                installed.register(contribution);
            }
        }
        return installed;
    }
}
