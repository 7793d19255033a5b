/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.exchange.FileName;

/**
 * A file of the standard as an EMF resource: {@code ResourceSet.getResource(uri, true)} on a standard
 * file name yields a {@link CareplanDocument} whose records are the file's, and {@code save} writes
 * the standard file (atomically for a file URI; see {@link AtomicFiles}). Problems found while reading
 * are the resource's errors and warnings ({@link CsvProblem}s).
 * <p>
 * A resource whose file could not be read completely refuses to be saved: saving would lose the
 * records that could not be read.
 */
public class CareplanResource extends ResourceImpl {

    /** Load/save option: the {@link LayoutRegistry} to use (default: {@link LayoutRegistry#getDefault()}). */
    public static final String OPTION_LAYOUTS = "jp.careplan.csv.layouts";
    /** Load option: the file kind when the file's name is not a standard one. */
    public static final String OPTION_KIND = "jp.careplan.csv.kind";

    private FileName fileName;
    private OriginalForms originals;
    private boolean complete = true;
    private int[] lines = new int[0];
    private final List<CsvProblem> problems = new ArrayList<>();

    public CareplanResource(URI uri) {
        super(uri);
    }

    /**
     * Reads a standard file into a resource of a resource set of its own, with the given layouts (the
     * checker, the converter and batch jobs, with or without a workbench).
     *
     * @throws IOException when the file cannot be read at all (problems of its content are the resource's)
     */
    public static CareplanResource read(Path file, LayoutRegistry layouts) throws IOException {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new CareplanResourceFactory());
        resourceSet.getLoadOptions().put(OPTION_LAYOUTS, layouts);
        CareplanResource resource = (CareplanResource) resourceSet.createResource(URI.createFileURI(file.toString()));
        resource.load(Map.of(OPTION_LAYOUTS, layouts));
        return resource;
    }

    /**
     * Reads the given bytes as the standard file at {@code file} would be read (its name gives the kind and month): a
     * snapshot of an editor's state, read apart from the editor's model.
     */
    public static CareplanResource read(Path file, byte[] bytes, LayoutRegistry layouts) throws IOException {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new CareplanResourceFactory());
        resourceSet.getLoadOptions().put(OPTION_LAYOUTS, layouts);
        CareplanResource resource = (CareplanResource) resourceSet.createResource(URI.createFileURI(file.toString()));
        resource.load(new java.io.ByteArrayInputStream(bytes), Map.of(OPTION_LAYOUTS, layouts));
        return resource;
    }

    /** The parts of the resource's standard file name, or {@code null}. */
    public FileName fileName() {
        return fileName;
    }

    /** The original byte forms of the characters read in a form other than the encoder's (see {@link OriginalForms}). */
    OriginalForms originals() {
        return originals;
    }

    /** Every problem found when the file was read. */
    public List<CsvProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The line (1-based) a record started on when the file was read, or 0 for a record added since
     * (positions of problems found later, e.g. by validation).
     */
    public int lineOf(int recordIndex) {
        return recordIndex >= 0 && recordIndex < lines.length ? lines[recordIndex] : 0;
    }

    /** Whether every record of the file was read into the model. */
    public boolean isComplete() {
        return complete;
    }

    /** The document (the resource's only root), created empty when the resource is new. */
    public CareplanDocument document() {
        if (getContents().isEmpty()) {
            getContents().add(CareplanFactory.eINSTANCE.createCareplanDocument());
        }
        return (CareplanDocument) getContents().get(0);
    }

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        problems.clear();
        String name = uri.lastSegment() == null ? "" : URI.decode(uri.lastSegment());
        String kind = options == null ? null : (String) options.get(OPTION_KIND);
        try {
            fileName = FileNames.of(layouts(options)).parse(name);
            kind = fileName.getKind();
        } catch (FileNameException e) {
            fileName = null;
            if (kind == null) {
                problems.add(new CsvProblem("CSV-NAME", Severity.ERROR, name, 0, 0, null, -1, e.getMessage(Locale.ROOT)));
                complete = false;
                publish();
                return;
            }
        }
        CareplanCsvReader.Result result = new CareplanCsvReader(layouts(options)).read(in, name, fileName, kind);
        problems.addAll(result.problems());
        originals = result.originals();
        lines = result.lines();
        complete = result.complete();
        getContents().add(result.document());
        publish();
    }

    private void publish() {
        getErrors().clear();
        getWarnings().clear();
        for (CsvProblem problem : problems) {
            (problem.severity() == Severity.ERROR ? getErrors() : getWarnings()).add(problem);
        }
    }

    /**
     * Saves the standard file: first every character is checked (nothing is written when one cannot
     * be), then a file URI is replaced atomically.
     *
     * @throws CsvWriteException listing the problems, when something cannot be written
     */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        checkWritable(options);
        if (uri.isFile()) {
            Path target = Path.of(uri.toFileString());
            AtomicFiles.write(target, out -> write(out, options));
            setModified(false);
        } else {
            super.save(options);
        }
    }

    @Override
    protected void doSave(OutputStream out, Map<?, ?> options) throws IOException {
        checkWritable(options);
        write(out, options);
    }

    /** The bytes {@link #save} would write, without writing them (for the round-trip check). */
    public byte[] toBytes(Map<?, ?> options) throws IOException {
        checkWritable(options);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, options);
        return out.toByteArray();
    }

    private void checkWritable(Map<?, ?> options) throws IOException {
        if (!complete) {
            throw new CsvWriteException(List.copyOf(problems), "the file was not read completely; saving would lose records");
        }
        List<CsvProblem> preflight = new CareplanCsvWriter(layouts(options)).preflight(document(), name(), month());
        if (!preflight.isEmpty()) {
            throw new CsvWriteException(preflight, preflight.size() + " problem(s) prevent writing; nothing was written");
        }
    }

    private void write(OutputStream out, Map<?, ?> options) throws IOException {
        new CareplanCsvWriter(layouts(options)).write(document(), month(), originals, out);
    }

    private String name() {
        return uri.lastSegment() == null ? "" : URI.decode(uri.lastSegment());
    }

    private String month() {
        return fileName == null || "000000".equals(fileName.getMonth()) ? null : fileName.getMonth();
    }

    private static LayoutRegistry layouts(Map<?, ?> options) {
        Object given = options == null ? null : options.get(OPTION_LAYOUTS);
        return given instanceof LayoutRegistry registry ? registry : LayoutRegistry.getDefault();
    }
}
