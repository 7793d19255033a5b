/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.FileName;
import jp.careplan.pdf.FormsPdf;
import jp.careplan.pdf.JapaneseFonts;

/**
 * The forms as PDF from the workbench: the open editor's file (its edits included, saved or not), or whole send units
 * from the folder view — rendered in a job (the progress view shows it; cancelled, nothing is written), written
 * atomically where the user chooses. The 利用者補足情報 of the same send unit give the forms the users' names.
 */
public final class PdfExport {

    private PdfExport() {
    }

    /** The language of the forms: the workbench's. */
    public static Locale language() {
        return Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** Asks where to save, {@code suggested} in {@code folder} offered; null when the user cancels. */
    public static Path ask(Shell shell, Path folder, String suggested) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Pdf_where);
        dialog.setFilterExtensions(new String[] { "*.pdf" });
        if (folder != null) {
            dialog.setFilterPath(folder.toString());
        }
        dialog.setFileName(suggested);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /**
     * The files of the send units of the given files, in name order: a unit is the files of one folder with the same
     * ファイル連番, sender and receiver (offices and service types), as the folder view groups them — never another
     * office's unit that happens to share the second.
     */
    public static List<Path> unitsOf(List<Path> files) throws IOException {
        FileNames names = FileNames.of(LayoutRegistry.getDefault());
        List<Path> unit = new ArrayList<>();
        for (Path file : files) {
            String serial = unitKey(names, file);
            if (serial == null) {
                if (!unit.contains(file)) {
                    unit.add(file);
                }
                continue;
            }
            try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
                for (Path sibling : siblings.filter(Files::isRegularFile).sorted().toList()) {
                    if (serial.equals(unitKey(names, sibling)) && !unit.contains(sibling)) {
                        unit.add(sibling);
                    }
                }
            }
        }
        return unit;
    }

    private static String unitKey(FileNames names, Path file) {
        try {
            FileName name = names.parse(file.getFileName().toString());
            return String.join("_", name.getSerial(), String.valueOf(name.getSenderOffice()), String.valueOf(name.getSenderServiceType()),
                    String.valueOf(name.getReceiverOffice()), String.valueOf(name.getReceiverServiceType()));
        } catch (FileNameException e) {
            return null;
        }
    }

    /** The 利用者補足情報 of the send unit a file belongs to, read (for the users' names on its forms). */
    public static List<CareplanResource> supplementaryOf(Path file) {
        List<CareplanResource> found = new ArrayList<>();
        try {
            for (Path sibling : unitsOf(List.of(file))) {
                if (!sibling.equals(file) && sibling.getFileName().toString().startsWith("UPHOSOKU")) {
                    CareplanResource resource = CareplanResource.read(sibling, LayoutRegistry.getDefault());
                    if (resource.isComplete()) {
                        found.add(resource);
                    }
                }
            }
        } catch (IOException e) {
            // no names then: the forms show the 被保険者番号
        }
        return found;
    }

    /** What a rendering job ends with: the file written, or why not (by kind, never a cell's content). */
    public interface Done {
        void done(Path written, int pages, String problem);
    }

    /** Renders in a job and writes the PDF; {@code done} runs on the UI thread. */
    public static Job schedule(Shell shell, String name, Rendering rendering, Path target, Done done) {
        Job job = Job.create(NLS.bind(Messages.Pdf_job, name), (IProgressMonitor monitor) -> {
            monitor.beginTask(name, IProgressMonitor.UNKNOWN);
            String problem = null;
            int pages = 0;
            try {
                FormsPdf.Rendered rendered = rendering.render(new FormsPdf(LayoutRegistry.getDefault(), language()));
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                AtomicFiles.write(target, out -> out.write(rendered.pdf()));
                pages = rendered.pages();
            } catch (JapaneseFonts.NoFontException e) {
                problem = e.getMessage();
            } catch (IOException | RuntimeException e) {
                problem = e.getClass().getSimpleName();
            }
            String failure = problem;
            int count = pages;
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> done.done(failure == null ? target : null, count, failure));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The rendering a job runs. */
    public interface Rendering {
        FormsPdf.Rendered render(FormsPdf forms) throws IOException;
    }
}
