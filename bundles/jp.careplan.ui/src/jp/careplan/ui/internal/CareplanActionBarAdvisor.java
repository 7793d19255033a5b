/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import jp.careplan.ui.internal.views.GuideView;

/** File, Edit, Window and Help menus with the workbench's standard actions (and their key bindings); Help has 作業の手順 and the key assist. */
final class CareplanActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction quit;
    private IWorkbenchAction showViewMenu;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private IWorkbenchAction about;
    private IAction guide;
    private IContributionItem keyAssist;

    CareplanActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        showViewMenu = register(ActionFactory.SHOW_VIEW_MENU.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        guide = new Action(Messages.Menu_guide) {
            @Override
            public void run() {
                if (window.getActivePage() == null) {
                    return;
                }
                try {
                    window.getActivePage().showView(GuideView.ID);
                } catch (PartInitException e) {
                    ILog.of(CareplanActionBarAdvisor.class).warn("作業の手順 could not be shown: " + e.getClass().getName());
                }
            }
        };
        guide.setId(GuideView.ID);
        // the platform's key assist (Ctrl+Shift+L), under the product's own label; the menu shows its binding
        CommandContributionItemParameter keys = new CommandContributionItemParameter(window, "jp.careplan.ui.keyAssist",
                GuideView.KEY_ASSIST, CommandContributionItem.STYLE_PUSH);
        keys.label = Messages.Menu_keyAssist;
        keyAssist = new CommandContributionItem(keys);
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(save);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        window.add(showViewMenu);
        window.add(resetPerspective);
        window.add(new Separator());
        window.add(preferences);

        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(guide);
        help.add(keyAssist);
        help.add(new Separator());
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(window);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }
}
