/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.ui.internal.views.PlanActualView;
import jp.careplan.ui.internal.views.ProblemsView;
import jp.careplan.ui.internal.views.RevisionView;
import jp.careplan.ui.internal.views.SendUnitsView;

/** データ連携 perspective: the exchange folder on top, the editor area below with the properties beside it and the problems under it; 作業の手順 is a tab beside the properties, for whoever looks for where to begin. */
public final class ExchangePerspective implements IPerspectiveFactory {

    public static final String ID = "jp.careplan.ui.perspectives.exchange";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        IFolderLayout top = layout.createFolder("jp.careplan.ui.top", IPageLayout.TOP, 0.5f, layout.getEditorArea());
        top.addView(ExchangeView.ID);
        top.addView(SendUnitsView.ID);
        IFolderLayout bottom = layout.createFolder("jp.careplan.ui.bottom", IPageLayout.BOTTOM, 0.65f, layout.getEditorArea());
        bottom.addView(ProblemsView.ID);
        bottom.addView(PlanActualView.ID);
        bottom.addView(jp.careplan.ui.internal.views.MonthView.ID);
        bottom.addView(RevisionView.ID);
        bottom.addPlaceholder(jp.careplan.ui.internal.views.DraftLayoutsView.ID);
        IFolderLayout right = layout.createFolder("jp.careplan.ui.right", IPageLayout.RIGHT, 0.6f, layout.getEditorArea());
        right.addView(IPageLayout.ID_PROP_SHEET);
        right.addView(jp.careplan.ui.internal.views.GuideView.ID);
        layout.addShowViewShortcut(ExchangeView.ID);
        layout.addShowViewShortcut(ProblemsView.ID);
        layout.addShowViewShortcut(PlanActualView.ID);
        layout.addShowViewShortcut(jp.careplan.ui.internal.views.MonthView.ID);
        layout.addShowViewShortcut(SendUnitsView.ID);
        layout.addShowViewShortcut(RevisionView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(jp.careplan.ui.internal.views.GuideView.ID);
    }
}
