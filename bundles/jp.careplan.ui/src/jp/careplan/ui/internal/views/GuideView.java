/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.CsvProblem;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.ui.internal.CheckResults;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.OfficePreferences;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 作業の手順 (Getting started): the month's work of a 居宅介護支援事業所 and of a サービス事業所, step by step, each step
 * with a link that opens the part or wizard it needs — as the IDE's cheat sheets do, for offices without clerical staff
 * (USERS.md: "operation is hard"). The first steps say where the user stands: the own offices set or not, the folder
 * shown, the latest check's errors and warnings. The links are tab stops; Enter follows the focused one.
 */
public final class GuideView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.guide";

    /** The links' targets (the href of each anchor), in the order the steps name them. */
    public static final List<String> TARGETS = List.of("preferences", "folder", "import", "problems", "units", "exchange",
            "month", "planActual", "ledger", "revision", "keys");

    /** The platform's command that lists the key bindings active where the user is (Ctrl+Shift+L). */
    public static final String KEY_ASSIST = "org.eclipse.ui.window.showKeyAssist";

    private Label offices;
    private Label folder;
    private Label check;
    private final Consumer<ExchangeCheck.Result> checked = result -> showState();

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        Composite body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 8).spacing(6, 4).applyTo(body);
        scrolled.setContent(body);

        text(body, Messages.Guide_intro);

        heading(body, Messages.Guide_common);
        step(body, "offices", Messages.Guide_officesTitle, Messages.Guide_officesText, Messages.Guide_officesLink);
        offices = state(body, WidgetIds.GUIDE_OFFICES);
        step(body, "folder", Messages.Guide_folderTitle, Messages.Guide_folderText, Messages.Guide_folderLink);
        folder = state(body, WidgetIds.GUIDE_FOLDER);
        step(body, "import", Messages.Guide_importTitle, Messages.Guide_importText, Messages.Guide_importLink);
        step(body, "check", Messages.Guide_checkTitle, Messages.Guide_checkText, Messages.Guide_checkLink);
        check = state(body, WidgetIds.GUIDE_CHECK);

        heading(body, Messages.Guide_careManager);
        step(body, "forms", Messages.Guide_formsTitle, Messages.Guide_formsText, Messages.Guide_formsLink);
        step(body, "export", Messages.Guide_exportTitle, Messages.Guide_exportText, Messages.Guide_exportLink);
        step(body, "month", Messages.Guide_monthTitle, Messages.Guide_monthText, Messages.Guide_monthLink);
        step(body, "compare", Messages.Guide_compareTitle, Messages.Guide_compareText, Messages.Guide_compareLink);
        step(body, "ledger", Messages.Guide_ledgerTitle, Messages.Guide_ledgerText, Messages.Guide_ledgerLink);

        heading(body, Messages.Guide_provider);
        step(body, "received", Messages.Guide_receivedTitle, Messages.Guide_receivedText, Messages.Guide_receivedLink);
        step(body, "actual", Messages.Guide_actualTitle, Messages.Guide_actualText, Messages.Guide_actualLink);

        heading(body, Messages.Guide_anyTime);
        step(body, "withdraw", Messages.Guide_withdrawTitle, Messages.Guide_withdrawText, Messages.Guide_withdrawLink);
        step(body, "keys", Messages.Guide_keysTitle, Messages.Guide_keysText, Messages.Guide_keysLink);

        // the texts wrap at the view's width: the body is laid out for it whenever the view is resized
        scrolled.addListener(SWT.Resize, event -> {
            int width = scrolled.getClientArea().width;
            scrolled.setMinSize(body.computeSize(width, SWT.DEFAULT));
        });
        CheckResults.getDefault().addListener(checked);
        showState();
    }

    private static void heading(Composite body, String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        label.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).indent(0, 10).applyTo(label);
    }

    private static Label text(Composite body, String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private void step(Composite body, String id, String title, String text, String links) {
        Label name = new Label(body, SWT.WRAP);
        name.setText(title);
        name.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).indent(0, 6).applyTo(name);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).indent(16, 0).applyTo(text(body, text));
        Link link = new Link(body, SWT.WRAP);
        link.setText(links);
        WidgetIds.tag(link, WidgetIds.GUIDE_LINK_PREFIX + id);
        link.addListener(SWT.Selection, this::follow);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).indent(16, 0).applyTo(link);
    }

    private static Label state(Composite body, String id) {
        Label label = WidgetIds.tag(new Label(body, SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).indent(16, 0).applyTo(label);
        return label;
    }

    /** Follows a link: its href names the part to show or the wizard, dialog or command to open. */
    private void follow(Event event) {
        open(event.text);
    }

    /**
     * Opens what a link of the guide names (one of {@link #TARGETS}); the steps' state is shown again afterwards, since a
     * dialog or the folder view may have changed it.
     */
    public void open(String target) {
        switch (target) {
        case "preferences" -> PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), "jp.careplan.ui.preferences",
                new String[] { "jp.careplan.ui.preferences", "jp.careplan.ui.preferences.codeLists" }, null).open();
        case "folder" -> {
            if (show(ExchangeView.ID) instanceof ExchangeView exchange) {
                exchange.chooseFolder();
            }
        }
        case "import" -> {
            if (show(ExchangeView.ID) instanceof ExchangeView exchange) {
                exchange.importFiles();
            }
        }
        case "problems" -> show(ProblemsView.ID);
        case "units" -> show(SendUnitsView.ID);
        case "exchange" -> show(ExchangeView.ID);
        case "planActual" -> show(PlanActualView.ID);
        case "month" -> show(MonthView.ID);
        case "ledger" -> show(LedgerView.ID);
        case "revision" -> show(RevisionView.ID);
        case "keys" -> {
            try {
                getSite().getService(IHandlerService.class).executeCommand(KEY_ASSIST, null);
            } catch (CommandException notThere) {
                // the workbench always has the command; should it not, the step's text still names the keys
                ILog.of(GuideView.class).warn("key assist unavailable: " + notThere.getClass().getName());
            }
        }
        default -> throw new IllegalArgumentException("no such target of the guide: " + target);
        }
        showState();
    }

    private IViewPart show(String viewId) {
        try {
            return getSite().getPage().showView(viewId);
        } catch (PartInitException e) {
            ILog.of(GuideView.class).warn("view " + viewId + " could not be shown: " + e.getClass().getName());
            return null;
        }
    }

    /** Where the user stands: the own offices, the folder the folder view shows, the latest check's findings. */
    public void showState() {
        if (offices == null || offices.isDisposed()) {
            return;
        }
        List<String> own = OfficePreferences.offices();
        offices.setText(own.isEmpty() ? Messages.Guide_officesUnset : NLS.bind(Messages.Guide_officesSet, own.size()));
        colour(offices, own.isEmpty() ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN);
        Path shown = getSite().getPage().findView(ExchangeView.ID) instanceof ExchangeView exchange ? exchange.folder() : null;
        folder.setText(shown == null ? Messages.Guide_folderNone : NLS.bind(Messages.Guide_folderShown, shown));
        colour(folder, shown == null ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN);
        ExchangeCheck.Result latest = CheckResults.getDefault().latest();
        if (latest == null) {
            check.setText(Messages.Guide_checkNone);
            colour(check, SWT.COLOR_WIDGET_FOREGROUND);
        } else {
            List<CsvProblem> problems = latest.problems();
            long errors = problems.stream().filter(problem -> problem.severity() == CsvProblem.Severity.ERROR).count();
            long warnings = problems.stream().filter(problem -> problem.severity() == CsvProblem.Severity.WARNING).count();
            check.setText(NLS.bind(Messages.Guide_checkLatest, new Object[] { latest.files().size(), errors, warnings }));
            colour(check, errors > 0 ? SWT.COLOR_DARK_RED : warnings > 0 ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_GREEN);
        }
        Control body = offices.getParent();
        // a state grown longer (a long folder path) must not push the last steps out of reach
        ScrolledComposite scrolled = (ScrolledComposite) body.getParent();
        int width = scrolled.getClientArea().width;
        scrolled.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
        body.requestLayout();
    }

    /** A state in the colours of the folder view's 検査結果: dark red to do or wrong, dark yellow warned, dark green done. */
    private static void colour(Label label, int systemColour) {
        label.setForeground(label.getDisplay().getSystemColor(systemColour));
    }

    /** Gives the first link the focus, unless the focus is already on one of the view's links (keeps a keyboard user's place). */
    @Override
    public void setFocus() {
        showState();
        Control body = offices.getParent();
        Control focus = body.getDisplay().getFocusControl();
        if (focus instanceof Link && focus.getParent() == body) {
            return;
        }
        for (Control child : ((Composite) body).getChildren()) {
            if (child instanceof Link) {
                child.setFocus();
                return;
            }
        }
    }

    @Override
    public void dispose() {
        CheckResults.getDefault().removeListener(checked);
        super.dispose();
    }
}
