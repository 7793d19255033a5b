/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.SafeNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;
import jp.careplan.pdf.internal.FormPages;
import jp.careplan.pdf.internal.PageCanvas;

/**
 * The forms of the standard files as one print-faithful PDF (the same data as the exchange, for the partners who still
 * work on paper): 第1表, 第2表 and 第3表 (居宅サービス計画書, 週間サービス計画表), 第6表 (the month's calendar of サービス利用票
 * / 提供票) and 第7表 (別表 with its subtotals and total); any other kind as a list of its items. The 利用者補足情報 among
 * the files give the forms the users' names and care levels. A Japanese font is embedded ({@link JapaneseFonts}).
 */
public final class FormsPdf {

    /**
     * What was rendered.
     *
     * @param pdf      the document's bytes
     * @param pages    its page count
     * @param rendered the files whose forms it holds, in order
     * @param skipped  the files left out: not files of the standard, or files the reader did not read completely (their
     *                 problems are the checker's to tell; a partial form on paper would mislead)
     */
    public record Rendered(byte[] pdf, int pages, List<Path> rendered, List<Path> skipped) {
    }

    private final LayoutRegistry layouts;
    private final Locale locale;

    public FormsPdf(LayoutRegistry layouts, Locale locale) {
        this.layouts = layouts;
        this.locale = locale;
    }

    /** Reads the files and renders their forms into one document, in the order given. */
    public Rendered render(List<Path> files) throws IOException {
        Read read = read(files);
        Out out = render(read.resources(), read.resources());
        return new Rendered(out.pdf(), out.pages(), read.files(), read.skipped());
    }

    /**
     * Renders resources already read (an editor's, unsaved edits included), in the order given; the 利用者補足情報 among
     * them and among {@code forNames} give the users' names.
     */
    public Rendered renderResources(List<CareplanResource> resources, List<CareplanResource> forNames) throws IOException {
        List<CareplanResource> all = new ArrayList<>(resources);
        all.addAll(forNames);
        Out out = render(resources, all);
        List<Path> paths = resources.stream().filter(r -> r.getURI() != null && r.getURI().isFile())
                .map(r -> Path.of(r.getURI().toFileString())).toList();
        return new Rendered(out.pdf(), out.pages(), paths, List.of());
    }

    private record Read(List<CareplanResource> resources, List<Path> files, List<Path> skipped) {
    }

    private record Out(byte[] pdf, int pages) {
    }

    private Read read(List<Path> files) throws IOException {
        List<CareplanResource> resources = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path file : files) {
            if (!file.getFileName().toString().toUpperCase(Locale.ROOT).endsWith(".CSV")) {
                skipped.add(file);
                continue;
            }
            CareplanResource resource = CareplanResource.read(file, layouts);
            if (resource.isComplete() && resource.fileName() != null) {
                resources.add(resource);
                read.add(file);
            } else {
                skipped.add(file);
            }
        }
        return new Read(resources, read, skipped);
    }

    /** The forms of {@code shown}; the 利用者補足情報 among {@code all} give the users' names (see {@link #supplementary}). */
    private Out render(List<CareplanResource> shown, List<CareplanResource> all) throws IOException {
        List<CareplanResource> supplements = all.stream().filter(resource -> "UPHOSOKU".equals(resource.document().getKind()))
                .sorted(Comparator.comparing(resource -> resource.fileName() == null ? "" : resource.fileName().getSerial()))
                .toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int pages;
        try (PDDocument document = new PDDocument(); JapaneseFonts.Loaded font = JapaneseFonts.load(document)) {
            FormPages forms = new FormPages(document, font.font(), layouts, locale);
            for (CareplanResource resource : shown) {
                String month = resource.fileName() == null || resource.fileName().getMonth() == null ? "" : resource.fileName().getMonth();
                String name = resource.getURI() == null ? "" : resource.getURI().lastSegment();
                forms.render(resource.document().getKind(), month, List.copyOf(resource.document().getRecords()), name,
                        form -> supplementary(form, resource.fileName(), month, supplements));
            }
            if (document.getNumberOfPages() == 0) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage(PDRectangle.A4));
            }
            new PageCanvas(document, font.font(), PDRectangle.A4, 30f, 0, null).footers(6.5f, (page, count) -> page + " / " + count);
            document.getDocumentInformation().setTitle("careplan");
            document.getDocumentInformation().setCreator("careplan workbench");
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            pages = document.getNumberOfPages();
            document.save(bytes);
        }
        return new Out(bytes.toByteArray(), pages);
    }

    /**
     * The 利用者補足情報 record a user's form shows: the user's, sent for the form's own plan (対象年月 000000 and its
     * 居宅サービス計画作成（変更）日) or month (its 対象年月); from the form's own send unit where that has one, else the newest
     * such. Never one sent for another plan or month: a form shows the 被保険者番号 rather than a name or care level
     * that is not its own (before, the last 利用者補足情報 read of the user, from any unit, was shown on every form).
     */
    static Optional<Record> supplementary(Record form, FileName file, String month, List<CareplanResource> supplements) {
        String planDate = month.isEmpty() || "000000".equals(month) ? value(form, "planDate") : "";
        String targetMonth = planDate.isEmpty() ? (month.isEmpty() ? value(form, "targetMonth") : month) : "000000";
        Record found = null;
        for (CareplanResource supplement : supplements) {
            for (Record info : supplement.document().getRecords()) {
                if (value(info, "insurerNumber").equals(value(form, "insurerNumber"))
                        && value(info, "insuredNumber").equals(value(form, "insuredNumber"))
                        && value(info, "targetMonth").equals(targetMonth)
                        && (planDate.isEmpty() || value(info, "planDate").equals(planDate))) {
                    if (file != null && supplement.fileName() != null && sameUnit(file, supplement.fileName())) {
                        return Optional.of(info);
                    }
                    found = info; // the newest so far: the files are in 連番 order
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether two files are of one send unit: the same ファイル連番, sender and receiver. */
    private static boolean sameUnit(FileName a, FileName b) {
        return Objects.equals(a.getSerial(), b.getSerial()) && Objects.equals(a.getSenderOffice(), b.getSenderOffice())
                && Objects.equals(a.getSenderServiceType(), b.getSenderServiceType())
                && Objects.equals(a.getReceiverOffice(), b.getReceiverOffice())
                && Objects.equals(a.getReceiverServiceType(), b.getReceiverServiceType());
    }

    private static String value(Record record, String feature) {
        org.eclipse.emf.ecore.EStructuralFeature found = record.eClass().getEStructuralFeature(feature);
        Object value = found == null ? null : record.eGet(found);
        return value == null ? "" : value.toString();
    }

    /**
     * One PDF per file of the standard, {@code NAME.pdf} in the folder, written atomically (the 利用者補足情報 among all the
     * files give every form its users' names).
     *
     * @return the PDFs written
     */
    public List<Path> renderEach(List<Path> files, Path folder) throws IOException {
        Read read = read(files);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < read.resources().size(); i++) {
            Out out = render(List.of(read.resources().get(i)), read.resources());
            Path target = SafeNames.inside(folder, read.files().get(i).getFileName() + ".pdf");
            AtomicFiles.write(target, stream -> stream.write(out.pdf()));
            written.add(target);
        }
        return written;
    }
}
