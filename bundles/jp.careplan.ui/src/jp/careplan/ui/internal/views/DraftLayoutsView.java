/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.LayoutChanges;
import jp.careplan.csv.PlainLayouts;
import jp.careplan.layout.CodeListRegistry.FormatException;
import jp.careplan.layout.LayoutDiff.Difference;
import jp.careplan.layout.LayoutDiff;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.ui.internal.CheckProgress;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.SessionDrafts;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.LayoutDraftInput;
import jp.careplan.ui.internal.editors.LayoutEditor;
import jp.careplan.validation.DraftImpact;
import jp.careplan.validation.RuleRegistry;

/**
 * レイアウト草案: a spec author's draft read from disk (the plain table or a {@code .layout} file) and used by the
 * workbench for the session — files of its CSVバージョン open and check by it —, and how it differs from a version
 * in force: per kind, the items added, removed, renamed, moved and every changed 必須, 属性, 桁数, 書式 and code list,
 * copied as Markdown for a change history.
 */
public final class DraftLayoutsView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.drafts";

    /** The drafts read in this session, by the name shown. */
    private final Map<String, LayoutSet> drafts = new LinkedHashMap<>();
    /** Where each draft read in this session came from, by the name shown. */
    private final Map<String, Path> files = new LinkedHashMap<>();
    private Label status;
    private Combo before;
    private Combo after;
    private TableViewer table;
    private List<Difference> differences = List.of();
    private TableViewer impactTable;
    private List<DraftImpact.FileImpact> impacts = List.of();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(parent);
        Button load = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.DRAFTS_LOAD);
        load.setText(Messages.Drafts_load);
        load.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.csv;*.CSV;*.layout", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                loadDraft(Path.of(chosen));
            }
        });
        new Label(parent, SWT.NONE).setText(Messages.Drafts_before);
        before = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), WidgetIds.DRAFTS_BEFORE);
        new Label(parent, SWT.NONE).setText(Messages.Drafts_after);
        after = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), WidgetIds.DRAFTS_AFTER);
        Button edit = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.DRAFTS_EDIT);
        edit.setText(Messages.Drafts_edit);
        edit.addListener(SWT.Selection, event -> {
            Path draftFile = files.get(after.getText());
            LayoutSet draftSet = drafts.get(after.getText());
            if (draftFile == null || draftFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".layout")) {
                // an installed version, or a draft in the layout model's own format: written as a new draft in the
                // plain table (the format the editor and a spreadsheet keep), which is then edited
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
                dialog.setText(Messages.Drafts_editWhere);
                dialog.setFilterExtensions(new String[] { "*.csv" });
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                draftFile = Path.of(chosen);
                LayoutDiff.Version source = draftSet != null ? LayoutDiff.Version.of(draftSet) : installed(after.getText());
                String standardVersion = draftSet != null ? draftSet.getStandardVersion() : after.getText();
                if (!startDraft(standardVersion, source, draftFile)) {
                    return;
                }
            }
            edit(draftFile);
        });
        before.addListener(SWT.Selection, event -> compare());
        after.addListener(SWT.Selection, event -> compare());

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(table.getTable(), WidgetIds.DRAFTS_DIFFERENCES);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Drafts_kind, 110, Difference::kind);
        column("No.", 50, difference -> LayoutChanges.number(difference) > 0 ? Integer.toString(LayoutChanges.number(difference)) : "");
        column(Messages.Drafts_item, 220, LayoutChanges::item);
        column(Messages.Drafts_change, 520, difference -> LayoutChanges.describe(difference, Locale.getDefault()));
        GridDataFactory.fillDefaults().span(6, 1).grab(true, true).applyTo(table.getTable());

        impactTable = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(impactTable.getTable(), WidgetIds.DRAFTS_IMPACTS);
        impactTable.getTable().setHeaderVisible(true);
        impactTable.setContentProvider(ArrayContentProvider.getInstance());
        Columns.<DraftImpact.FileImpact>add(impactTable, Messages.Drafts_impactFile, 380, DraftImpact.FileImpact::file);
        Columns.<DraftImpact.FileImpact>add(impactTable, Messages.Drafts_impactVerdict, 130, DraftLayoutsView::verdict);
        Columns.<DraftImpact.FileImpact>add(impactTable, Messages.Drafts_impactPlaces, 520, DraftLayoutsView::places);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, true).applyTo(impactTable.getTable());

        status = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.DRAFTS_STATUS);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
        Button impact = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.DRAFTS_IMPACT);
        impact.setText(Messages.Drafts_impact);
        impact.addListener(SWT.Selection, event -> {
            if (getSite().getPage().findView(ExchangeView.ID) instanceof ExchangeView exchange && exchange.folder() != null) {
                impactOn(exchange.folder());
            } else {
                status.setText(Messages.Drafts_impactNothing);
            }
        });
        Button copy = WidgetIds.tag(new Button(parent, SWT.PUSH), WidgetIds.DRAFTS_COPY);
        copy.setText(Messages.Drafts_copy);
        copy.addListener(SWT.Selection, event -> {
            Clipboard clipboard = new Clipboard(getSite().getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { markdown() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        });
        fillVersions();
    }

    /**
     * Reads a draft and uses it in the workbench for the session (for the button, and for tests that cannot work the
     * system's file dialog); it is then compared with the version in force it is closest to.
     */
    public void loadDraft(Path file) {
        LayoutRegistry registry = LayoutRegistry.getDefault();
        LayoutSet draft;
        try {
            draft = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".layout")
                    ? LayoutSets.load(URI.createFileURI(file.toAbsolutePath().toString()))
                    : PlainLayouts.read(file, SessionDrafts.installed());
        } catch (FormatException e) {
            status.setText(NLS.bind(Messages.Drafts_badLine, file.getFileName(), e.getMessage()));
            return;
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.Drafts_unreadable, file.getFileName(), e.getClass().getSimpleName()));
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        // the file's name, or its whole path when a draft of the same name from elsewhere is in use
        String name = file.getFileName().toString();
        if (files.containsKey(name) && !files.get(name).equals(absolute)) {
            name = absolute.toString();
        }
        List<jp.careplan.layout.LayoutCheck.Finding> findings = jp.careplan.layout.LayoutCheck.of(draft);
        if (!findings.isEmpty()) {
            // files are never read by a layout that is itself wrong: the first problems are shown, the draft is not used
            status.setText(NLS.bind(Messages.Drafts_badLine, name, String.join(" / ", findings.stream().limit(3)
                    .map(finding -> LayoutChanges.describe(finding, Locale.getDefault())).toList())));
            status.getParent().layout(true);
            return;
        }
        files.put(name, absolute);
        LayoutSet previous = drafts.put(name, draft);
        if (previous != null) {
            registry.unregister(previous);
            SessionDrafts.remove(previous);
        }
        SessionDrafts.add(draft);
        registry.register(draft);
        fillVersions();
        after.setText(name);
        String revised = revisedVersion(draft);
        if (revised != null) {
            before.setText(revised);
        }
        compare();
        status.setText(NLS.bind(Messages.Drafts_loaded, new Object[] { name, draft.getCsvVersion(), draft.getValidFrom() }));
        // the folder view checks its files again, now by the draft too
        if (getSite().getPage().findView(ExchangeView.ID) instanceof ExchangeView exchange) {
            exchange.refresh();
        }
    }

    /**
     * The version in force a draft most likely revises: of the installed versions that apply no later than the draft,
     * the one sharing the most file kinds with it, the latest of those.
     */
    private String revisedVersion(LayoutSet draft) {
        String best = null;
        int bestCommon = 0;
        String bestFrom = "";
        for (String version : before.getItems()) {
            LayoutDiff.Version candidate = installed(version);
            if (candidate.validFrom() == null || candidate.validFrom().compareTo(draft.getValidFrom()) > 0) {
                continue;
            }
            int common = (int) candidate.layouts().stream()
                    .filter(layout -> draft.getFileLayouts().stream().anyMatch(mine -> mine.getKind().equals(layout.getKind()))).count();
            if (common > bestCommon || common == bestCommon && common > 0 && candidate.validFrom().compareTo(bestFrom) > 0) {
                best = version;
                bestCommon = common;
                bestFrom = candidate.validFrom();
            }
        }
        return best;
    }

    /** Whether a draft this view uses was read from the file. */
    public boolean uses(Path file) {
        return files.containsValue(file.toAbsolutePath().normalize());
    }

    /** Opens a draft in the layout editor. */
    public void edit(Path file) {
        try {
            getSite().getPage().openEditor(new LayoutDraftInput(file), LayoutEditor.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            status.setText(NLS.bind(Messages.Drafts_unreadable, file.getFileName(), e.getMessage()));
        }
    }

    /** Writes layouts as a new draft in the plain table format; false (and a message) when it cannot. */
    private boolean startDraft(String standardVersion, LayoutDiff.Version version, Path file) {
        if (version == null) {
            return false;
        }
        StringWriter text = new StringWriter();
        try {
            PlainLayouts.write(standardVersion, version.csvVersion(), version.validFrom(), version.fileNameRule(), version.layouts(), text);
            byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AtomicFiles.write(file, out -> out.write(bytes));
            return true;
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.Drafts_unreadable, file.getFileName(), e.getClass().getSimpleName()));
            return false;
        }
    }

    /** The differences shown. */
    public List<Difference> differences() {
        return differences;
    }

    /** The impact shown: a file per row, those the draft changes first. */
    public List<DraftImpact.FileImpact> impacts() {
        return impacts;
    }

    /**
     * Checks the standard files of a folder as the version chosen on the left reads them and as the draft chosen on
     * the right would (standing in for that version), in the background with progress and Cancel; the files whose
     * errors change are listed, with the places of the errors that appear or go (never a value).
     *
     * @return the job, or {@code null} when the right-hand side is not a draft read from disk
     */
    public Job impactOn(Path folder) {
        LayoutSet draft = drafts.get(after.getText());
        LayoutSet revises = draft == null ? null : installedSet(before.getText(), draft);
        if (draft == null || revises == null) {
            status.setText(Messages.Drafts_impactNothing);
            return null;
        }
        String draftName = after.getText();
        String versionName = before.getText();
        Display display = table.getControl().getDisplay();
        // the draft stands in for the version in a registry of its own: the installed layouts, taken now
        LayoutRegistry installed = SessionDrafts.installed();
        Job job = Job.create(Messages.Drafts_impactJob, monitor -> {
            List<Path> files;
            try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(folder)) {
                files = entries.filter(java.nio.file.Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                return Status.error(NLS.bind(Messages.Drafts_unreadable, folder.getFileName(), e.getClass().getSimpleName()));
            }
            SubMonitor progress = SubMonitor.convert(monitor, Messages.Drafts_impactJob, 2 * files.size());
            List<DraftImpact.FileImpact> found;
            try {
                found = new DraftImpact(installed, RuleRegistry.getDefault()).of(draft, revises, files, new CheckProgress(progress));
            } catch (IOException e) {
                return Status.error(NLS.bind(Messages.Drafts_unreadable, folder.getFileName(), e.getClass().getSimpleName()));
            }
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            List<DraftImpact.FileImpact> sorted = new ArrayList<>(found);
            sorted.sort(java.util.Comparator.comparing((DraftImpact.FileImpact impact) -> !impact.changed())
                    .thenComparing(DraftImpact.FileImpact::file));
            display.asyncExec(() -> showImpact(sorted, draftName, versionName));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void showImpact(List<DraftImpact.FileImpact> found, String draftName, String versionName) {
        if (impactTable.getControl().isDisposed()) {
            return;
        }
        impacts = List.copyOf(found);
        impactTable.setInput(impacts);
        long stop = found.stream().filter(impact -> impact.validBefore() && !impact.validAfter()).count();
        long become = found.stream().filter(impact -> !impact.validBefore() && impact.validAfter()).count();
        status.setText(NLS.bind(Messages.Drafts_impactSummary, new Object[] { found.size(), draftName, versionName, stop, become }));
        status.getParent().layout(true);
    }

    private static String verdict(DraftImpact.FileImpact impact) {
        if (impact.validBefore() && !impact.validAfter()) {
            return Messages.Drafts_impactStops;
        }
        if (!impact.validBefore() && impact.validAfter()) {
            return Messages.Drafts_impactBecomes;
        }
        return impact.changed() ? Messages.Drafts_impactChanges : "";
    }

    private static String places(DraftImpact.FileImpact impact) {
        List<String> text = new ArrayList<>();
        impact.onlyAfter().forEach(place -> text.add("+ " + place(place)));
        impact.onlyBefore().forEach(place -> text.add("- " + place(place)));
        text.sort(null);
        return String.join(" / ", text);
    }

    private static String place(DraftImpact.Place place) {
        return NLS.bind(Messages.Drafts_impactPlace,
                new Object[] { place.line(), place.column(), Objects.toString(place.item(), ""), place.rule() });
    }

    /** The installed set of a version a draft revises: the one with most of the draft's kinds, of the highest priority. */
    private LayoutSet installedSet(String standardVersion, LayoutSet draft) {
        LayoutSet best = null;
        long bestCommon = -1;
        for (LayoutSet set : LayoutRegistry.getDefault().layoutSets()) {
            if (drafts.containsValue(set) || !standardVersion.equals(set.getStandardVersion())) {
                continue;
            }
            long common = set.getFileLayouts().stream()
                    .filter(layout -> draft.getFileLayouts().stream().anyMatch(mine -> mine.getKind().equals(layout.getKind()))).count();
            if (common > bestCommon || common == bestCommon && set.getPriority() > best.getPriority()) {
                best = set;
                bestCommon = common;
            }
        }
        return best;
    }

    private void fillVersions() {
        List<String> installed = new ArrayList<>();
        for (LayoutSet set : LayoutRegistry.getDefault().layoutSets()) {
            if (!drafts.containsValue(set) && set.getStandardVersion() != null && !installed.contains(set.getStandardVersion())) {
                installed.add(set.getStandardVersion());
            }
        }
        installed.sort(null);
        String chosenBefore = before.getText();
        before.setItems(installed.toArray(String[]::new));
        List<String> afterItems = new ArrayList<>(drafts.keySet());
        afterItems.addAll(installed);
        String chosenAfter = after.getText();
        after.setItems(afterItems.toArray(String[]::new));
        // the version in force the newest draft revises: the latest installed one, until chosen otherwise
        before.setText(installed.contains(chosenBefore) ? chosenBefore : installed.isEmpty() ? "" : installed.get(installed.size() - 1));
        if (afterItems.contains(chosenAfter)) {
            after.setText(chosenAfter);
        }
        before.getParent().layout(true);
    }

    private void compare() {
        LayoutDiff.Version old = version(before.getText());
        LayoutDiff.Version neu = version(after.getText());
        differences = old == null || neu == null ? List.of() : LayoutDiff.between(old, neu);
        table.setInput(differences);
        status.setText(NLS.bind(Messages.Drafts_count, differences.size()));
    }

    private LayoutDiff.Version version(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        LayoutSet draft = drafts.get(name);
        return draft != null ? LayoutDiff.Version.of(draft) : installed(name);
    }

    /** An installed version of the standard, without the drafts read here (a draft may carry the same 版). */
    private LayoutDiff.Version installed(String standardVersion) {
        LayoutRegistry withoutDrafts = new LayoutRegistry();
        for (LayoutSet set : LayoutRegistry.getDefault().layoutSets()) {
            if (!drafts.containsValue(set)) {
                withoutDrafts.register(set);
            }
        }
        return LayoutDiff.Version.of(withoutDrafts, standardVersion);
    }

    /** The differences as a Markdown table per kind, for a change history. */
    public String markdown() {
        StringBuilder text = new StringBuilder("# ").append(NLS.bind(Messages.Drafts_title, before.getText(), after.getText()))
                .append('\n');
        Map<String, List<Difference>> byKind = new LinkedHashMap<>();
        for (Difference difference : differences) {
            byKind.computeIfAbsent(difference.kind(), kind -> new ArrayList<>()).add(difference);
        }
        for (Map.Entry<String, List<Difference>> kind : byKind.entrySet()) {
            text.append("\n## ").append(kind.getKey().isEmpty() ? Messages.Drafts_version : kind.getKey()).append("\n\n");
            text.append("| No. | ").append(Messages.Drafts_item).append(" | ").append(Messages.Drafts_change).append(" |\n|---|---|---|\n");
            for (Difference difference : kind.getValue()) {
                int number = LayoutChanges.number(difference);
                text.append("| ").append(number > 0 ? Integer.toString(number) : "").append(" | ")
                        .append(LayoutChanges.item(difference).replace("|", "\\|")).append(" | ")
                        .append(LayoutChanges.describe(difference, Locale.getDefault()).replace("|", "\\|")).append(" |\n");
            }
        }
        return text.toString();
    }

    private void column(String title, int width, Function<Difference, String> text) {
        Columns.<Difference>add(table, title, width, difference -> Objects.toString(text.apply(difference), ""));
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
