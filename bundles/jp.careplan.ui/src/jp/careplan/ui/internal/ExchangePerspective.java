/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import jp.careplan.ui.internal.views.ExchangeView;

/** データ連携 perspective: the exchange folder on top, the editor area below for the files it opens. */
public final class ExchangePerspective implements IPerspectiveFactory {

    public static final String ID = "jp.careplan.ui.perspectives.exchange";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(ExchangeView.ID, IPageLayout.TOP, 0.55f, layout.getEditorArea());
        layout.addShowViewShortcut(ExchangeView.ID);
    }
}
