/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jp.careplan.csv.FileConversion;
import jp.careplan.csv.FileConversion.Outcome;
import jp.careplan.csv.VersionConverter;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.NamingRule;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 別の版に変換: the chosen files converted to another installed version of the standard, into a folder, under the
 * standard's names (the core's {@link FileConversion}, as {@code careplan convert}). Finish converts with progress
 * and Cancel; a file that is not converted (values would be lost, a month before the version applies, …) stays in
 * the list with the reason — line and item, never a value — so that the user can change the options (allow the
 * loss, give the service types) and convert what is left. No file is ever overwritten.
 */
public final class ConvertFilesWizard extends Wizard {

    private final FileConversion conversion = new FileConversion(LayoutRegistry.getDefault());
    private final Map<Path, Outcome> outcomes = new LinkedHashMap<>();
    private final Path defaultFolder;
    private Page page;
    private final List<Path> written = new ArrayList<>();

    public ConvertFilesWizard(List<Path> files, Path defaultFolder) {
        for (Path file : Objects.requireNonNull(files, "files")) {
            outcomes.put(file, null);
        }
        this.defaultFolder = defaultFolder;
        setWindowTitle(Messages.Convert_title);
        setNeedsProgressMonitor(true);
    }

    /** Opens the wizard in a dialog whose Finish button says what it does (変換). */
    public static int open(Shell shell, ConvertFilesWizard wizard) {
        return Wizards.open(shell, wizard, Messages.Convert_finish, WidgetIds.CONVERT_FINISH);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The files written so far. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    @Override
    public boolean canFinish() {
        return page != null && page.isPageComplete() && outcomes.values().stream().anyMatch(outcome -> outcome == null || !outcome.done());
    }

    @Override
    public boolean performFinish() {
        FileConversion.Options options = page.options();
        Path folder = page.folder();
        if (options == null || folder == null) {
            return false;
        }
        List<Path> left = outcomes.entrySet().stream().filter(entry -> entry.getValue() == null || !entry.getValue().done())
                .map(Map.Entry::getKey).toList();
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.Convert_running, left.size());
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
                for (Path file : left) {
                    if (monitor.isCanceled()) {
                        break;
                    }
                    monitor.subTask(file.getFileName().toString());
                    Outcome outcome = conversion.convert(file, options, folder);
                    synchronized (outcomes) {
                        outcomes.put(file, outcome);
                        if (outcome.done()) {
                            written.add(folder.resolve(outcome.written()));
                        }
                    }
                    monitor.worked(1);
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(NLS.bind(Messages.Convert_failed, e.getCause().getClass().getSimpleName()));
            return false;
        } catch (InterruptedException e) {
            // cancelled: what was converted stays, the rest is listed as before
        }
        page.showOutcomes();
        // all converted: done; otherwise the page says why each file was not, and Finish converts what is left
        return outcomes.values().stream().allMatch(outcome -> outcome != null && outcome.done());
    }

    /** What the converted file is written without that the file read had (its header row, LF line ends, quotes). */
    private static String rewritten(Outcome outcome) {
        if (outcome.rewritten().isEmpty()) {
            return "";
        }
        List<String> parts = outcome.rewritten().stream().map(rule -> switch (rule) {
        case "CSV-HEADER" -> Messages.Convert_rewritten_HEADER;
        case "CSV-LINE-END" -> Messages.Convert_rewritten_LINE_END;
        default -> Messages.Convert_rewritten_FORM;
        }).toList();
        return NLS.bind(Messages.Convert_rewrittenNote, String.join(", ", parts));
    }

    /** The text of an outcome in the workbench's language: what was written, or why not (never a value). */
    static String describe(Outcome outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome.status()) {
        case CONVERTED -> NLS.bind(Messages.Convert_status_CONVERTED, outcome.written(), outcome.records()) + ruleAhead(outcome)
                + (outcome.monthVersion() == null ? "" : NLS.bind(Messages.Convert_monthVersionNote, outcome.month(), outcome.monthVersion()))
                + rewritten(outcome);
        case COPIED -> NLS.bind(Messages.Convert_status_COPIED, outcome.written()) + ruleAhead(outcome);
        case BAD_NAME -> NLS.bind(Messages.Convert_status_BAD_NAME, outcome.nameProblem().getMessage(Locale.getDefault()));
        case HAS_ERRORS -> Messages.Convert_status_HAS_ERRORS;
        case NO_KIND -> NLS.bind(Messages.Convert_status_NO_KIND, outcome.version(), outcome.kind());
        case TOO_EARLY -> NLS.bind(Messages.Convert_status_TOO_EARLY, new Object[] { outcome.version(), outcome.validFrom(),
                outcome.month() });
        case LOSSES -> NLS.bind(Messages.Convert_status_LOSSES, outcome.losses().size(), losses(outcome.losses()));
        case NEED_TYPES -> Messages.Convert_status_NEED_TYPES;
        case PREFLIGHT -> NLS.bind(Messages.Convert_status_PREFLIGHT, outcome.preflight().size(),
                outcome.preflight().isEmpty() ? "" : outcome.preflight().get(0).getMessage(Locale.getDefault()));
        case ATTACHMENT_RENAMED -> NLS.bind(Messages.Convert_status_ATTACHMENT_RENAMED, outcome.written());
        case EXISTS -> NLS.bind(Messages.Convert_status_EXISTS, outcome.written());
        case IO_ERROR -> NLS.bind(Messages.Convert_status_IO_ERROR, outcome.ioProblem());
        };
    }

    /** What a file written under a name of an earlier rule than its version's is told (else nothing). */
    private static String ruleAhead(Outcome outcome) {
        return outcome.nameRuleAhead() == null ? "" : NLS.bind(Messages.Convert_nameRuleNote, outcome.nameRuleAhead().getLiteral());
    }

    /** 「2行目 TAISコード、3行目 回数／日数」: where the losses are, by line and item. */
    private static String losses(List<VersionConverter.Loss> losses) {
        return losses.stream().limit(5).map(loss -> NLS.bind(Messages.Convert_lossAt, loss.line(), loss.item()))
                .collect(Collectors.joining(Messages.Convert_separator)) + (losses.size() > 5 ? Messages.Convert_more : "");
    }

    /** The options, and each file with what became of it. */
    private final class Page extends WizardPage {
        private Combo version;
        private Combo names;
        private Text senderType;
        private Text receiverType;
        private Text folder;
        private Button allowLoss;
        private TableViewer table;

        Page() {
            super("convert");
            setTitle(Messages.Convert_title);
            setDescription(NLS.bind(Messages.Convert_description, outcomes.size()));
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

            new Label(body, SWT.NONE).setText(Messages.Convert_version);
            version = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), WidgetIds.CONVERT_VERSION);
            List<String> versions = conversion.versions();
            version.setItems(versions.toArray(String[]::new));
            version.select(versions.size() - 1); // the newest installed version, usually the one to convert to
            GridDataFactory.fillDefaults().span(2, 1).applyTo(version);

            new Label(body, SWT.NONE).setText(Messages.Convert_names);
            names = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), WidgetIds.CONVERT_NAMES);
            names.setItems(Messages.Convert_namesKeep, Messages.Convert_names3, Messages.Convert_names4);
            names.select(0);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(names);

            new Label(body, SWT.NONE).setText(Messages.Convert_senderType);
            senderType = WidgetIds.tag(new Text(body, SWT.BORDER), WidgetIds.CONVERT_SENDER_TYPE);
            senderType.setTextLimit(2);
            GridDataFactory.fillDefaults().span(2, 1).hint(60, SWT.DEFAULT).applyTo(senderType);
            new Label(body, SWT.NONE).setText(Messages.Convert_receiverType);
            receiverType = WidgetIds.tag(new Text(body, SWT.BORDER), WidgetIds.CONVERT_RECEIVER_TYPE);
            receiverType.setTextLimit(2);
            GridDataFactory.fillDefaults().span(2, 1).hint(60, SWT.DEFAULT).applyTo(receiverType);

            folder = Wizards.folderField(body, Messages.Convert_out, WidgetIds.CONVERT_FOLDER,
                    defaultFolder == null ? "" : defaultFolder.toString());

            allowLoss = WidgetIds.tag(new Button(body, SWT.CHECK), WidgetIds.CONVERT_ALLOW_LOSS);
            allowLoss.setText(Messages.Convert_allowLoss);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(allowLoss);

            table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            WidgetIds.tag(table.getTable(), WidgetIds.CONVERT_FILES);
            table.getTable().setHeaderVisible(true);
            table.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.ExchangeView_columnFile, 420, file -> file.getFileName().toString());
            column(Messages.Convert_result, 520, file -> describe(outcomes.get(file)));
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table.getTable());
            table.setInput(new ArrayList<>(outcomes.keySet()));

            for (Text text : List.of(senderType, receiverType, folder)) {
                text.addListener(SWT.Modify, event -> validate());
            }
            names.addListener(SWT.Selection, event -> validate());
            version.addListener(SWT.Selection, event -> validate());
            setControl(body);
            validate();
        }

        private void validate() {
            String problem = null;
            for (Text text : List.of(senderType, receiverType)) {
                if (!text.getText().isEmpty() && !text.getText().matches("[0-9A-Z]{2}")) {
                    problem = Messages.Convert_badType;
                }
            }
            if (problem == null && folder() == null) {
                problem = Messages.Convert_noFolder;
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
            warnBeforeConverting();
        }

        /**
         * Says before converting what the conversion does as asked and a check then reports, while the user can
         * still change the options: files named by an earlier rule than the target version's — a 4.1 file without
         * サービス種類コード (CSV-NAME-RULE) — and files for a service month to which a newer version than the
         * target applies (VAL-VERSION-MONTH).
         */
        private void warnBeforeConverting() {
            FileConversion.Options options = options();
            if (options == null) {
                return;
            }
            List<String> left = outcomes.entrySet().stream().filter(entry -> entry.getValue() == null || !entry.getValue().done())
                    .map(entry -> entry.getKey().getFileName().toString()).toList();
            List<NamingRule> ahead = left.stream().map(name -> conversion.nameRuleAhead(name, options)).filter(Objects::nonNull).toList();
            List<String> newer = left.stream().map(name -> conversion.monthVersion(name, options)).filter(Objects::nonNull).toList();
            List<String> warnings = new ArrayList<>();
            if (!ahead.isEmpty()) {
                warnings.add(NLS.bind(Messages.Convert_nameRuleAhead, new Object[] { ahead.size(), options.targetVersion(),
                        ahead.get(0).getLiteral() }));
            }
            if (!newer.isEmpty()) {
                warnings.add(NLS.bind(Messages.Convert_monthVersionAhead, new Object[] { newer.size(), options.targetVersion(),
                        newer.get(0) }));
            }
            setMessage(warnings.isEmpty() ? null : String.join(" ", warnings), WARNING);
        }

        FileConversion.Options options() {
            Boolean v4 = switch (names.getSelectionIndex()) {
            case 1 -> Boolean.FALSE;
            case 2 -> Boolean.TRUE;
            default -> null;
            };
            try {
                return new FileConversion.Options(version.getText(), v4, emptyToNull(senderType.getText()),
                        emptyToNull(receiverType.getText()), allowLoss.getSelection());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        Path folder() {
            String text = folder.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                return null;
            }
        }

        void showOutcomes() {
            table.refresh();
            long done = outcomes.values().stream().filter(outcome -> outcome != null && outcome.done()).count();
            List<FileConversion.PartUnit> part = conversion.partUnits(outcomes.values());
            String count = NLS.bind(Messages.Convert_count, done, outcomes.size() - done);
            if (part.isEmpty()) {
                setMessage(count);
            } else {
                // a send unit written in part must not go out as it is
                setMessage(count + " " + String.join(" ", part.stream().map(unit -> NLS.bind(Messages.Convert_partUnit,
                        new Object[] { unit.serial(), unit.written(), unit.given() })).toList()), WARNING);
            }
            getContainer().updateButtons();
        }

        private static String emptyToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        private void column(String title, int width, Function<Path, String> text) {
            Columns.add(table, title, width, text);
        }
    }
}
