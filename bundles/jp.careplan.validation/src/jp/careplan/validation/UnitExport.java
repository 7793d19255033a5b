/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CareplanResourceFactory;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.CsvWriteException;
import jp.careplan.csv.FileKind;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.ExchangeFactory;
import jp.careplan.model.exchange.FileName;
import jp.careplan.validation.internal.RuleMessages;

/**
 * Writing a send unit to send: the chosen files under the standard's names for one sender, one receiver
 * and one ファイル連番, after the MS932 pre-flight (every record written to bytes first; a character MS932
 * cannot hold is an error) and the whole check of the unit as it will be sent (files, records and unit
 * rules, on the renamed copies). {@link #write} refuses a unit with errors, always, and one with warnings
 * unless the user accepts them; it never overwrites a file (not even one arriving meanwhile), writes each file
 * atomically, and takes back the files it wrote when a later one fails.
 */
public final class UnitExport {

    private static final Pattern OFFICE = Pattern.compile("[0-9]{10}");
    private static final Pattern SERVICE_TYPE = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern SERIAL = Pattern.compile("[0-9]{14}");

    /**
     * Who sends to whom, and the unit's ファイル連番 (YYYYMMDDHHMMSS). The service types are both given (names
     * of the 4.x rule) or both {@code null} (names of the 3.2 rule).
     */
    public record Addressing(String senderOffice, String senderServiceType, String receiverOffice,
            String receiverServiceType, String serial) {

        public Addressing {
            require(OFFICE, senderOffice, FileNames.SENDER_OFFICE);
            require(OFFICE, receiverOffice, FileNames.RECEIVER_OFFICE);
            require(SERIAL, serial, FileNames.SERIAL);
            if ((senderServiceType == null) != (receiverServiceType == null)) {
                throw new IllegalArgumentException("give both service types (4.x names) or neither (3.2 names)");
            }
            if (senderServiceType != null) {
                require(SERVICE_TYPE, senderServiceType, FileNames.SENDER_SERVICE_TYPE);
                require(SERVICE_TYPE, receiverServiceType, FileNames.RECEIVER_SERVICE_TYPE);
            }
        }

        private static void require(Pattern pattern, String value, String item) {
            if (value == null || !pattern.matcher(value).matches()) {
                throw new IllegalArgumentException(item + ": expected " + pattern.pattern());
            }
        }
    }

    /** A file of the unit as it will be written. */
    public record Outgoing(Path source, String name, byte[] bytes) {
    }

    /** The unit ready to write, and what the pre-flight and the check found in it (names are the new ones). */
    public record Prepared(Addressing addressing, List<Outgoing> files, List<CsvProblem> problems) {

        public List<CsvProblem> errors() {
            return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }

        public List<CsvProblem> warnings() {
            return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
        }
    }

    /** Why a unit was not written. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    private final LayoutRegistry layouts;
    private final RuleRegistry rules;
    private final FileNames names;

    public UnitExport(LayoutRegistry layouts, RuleRegistry rules) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.names = FileNames.of(layouts);
    }

    /**
     * Names, writes to bytes and checks the files as one unit; nothing is written to the destination.
     *
     * @throws IOException when a source cannot be read, or the check's scratch folder cannot be written
     */
    public Prepared prepare(List<Path> sources, Addressing to) throws IOException {
        return prepare(sources, to, ExchangeCheck.Progress.NONE);
    }

    /** As {@link #prepare(List, Addressing)}, stopping early when {@code progress} says the user cancelled. */
    public Prepared prepare(List<Path> sources, Addressing to, ExchangeCheck.Progress progress) throws IOException {
        List<CareplanResource> resources = new ArrayList<>();
        List<Path> attachments = new ArrayList<>();
        for (Path source : sources) {
            if (progress.isCanceled()) {
                return new Prepared(to, List.of(), List.of());
            }
            progress.reading(source.getFileName().toString());
            if (isAttachment(source)) {
                attachments.add(source); // a 家族構成 image: carried byte for byte, never read as records
            } else {
                resources.add(read(source));
            }
        }
        return prepareResources(resources, attachments, to, progress);
    }

    private boolean isAttachment(Path source) {
        try {
            return names.kinds().find(names.parse(source.getFileName().toString()).getKind()).map(FileKind::isAttachment)
                    .orElse(false);
        } catch (FileNameException e) {
            return false;
        }
    }

    /**
     * Names, writes to bytes and checks files already read (an editor's model, saved or not) as one unit;
     * each keeps the kind and month of the name it was read under.
     *
     * @throws IOException when the check's scratch folder cannot be written
     */
    public Prepared prepareResources(List<CareplanResource> sources, Addressing to) throws IOException {
        return prepareResources(sources, List.of(), to, ExchangeCheck.Progress.NONE);
    }

    /**
     * The unit's files under their new names. An attachment keeps its 枝番 and its bytes; the record that names it
     * is not rewritten (nothing is changed behind the user's back), so when the names change the check reports the
     * record and the image that no longer find each other, and the unit is not written.
     */
    private Prepared prepareResources(List<CareplanResource> sources, List<Path> attachments, Addressing to,
            ExchangeCheck.Progress progress) throws IOException {
        List<Outgoing> outgoing = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        // the files read, then the attachments (never read), each with where it comes from
        List<Map.Entry<Path, CareplanResource>> all = new ArrayList<>();
        for (CareplanResource resource : sources) {
            all.add(new java.util.AbstractMap.SimpleImmutableEntry<>(Path.of(resource.getURI().toFileString()), resource));
        }
        for (Path attachment : attachments) {
            all.add(new java.util.AbstractMap.SimpleImmutableEntry<>(attachment, null));
        }
        // the attachments' new names first: the records that name them are written naming the new ones
        Map<String, String> renamedAttachments = new java.util.HashMap<>();
        for (Path attachment : attachments) {
            try {
                String old = attachment.getFileName().toString();
                renamedAttachments.put(old, names.format(renamed(names.parse(old), to, true)));
            } catch (FileNameException e) {
                // reported below, with the other names
            }
        }
        for (Map.Entry<Path, CareplanResource> item : all) {
            CareplanResource resource = item.getValue();
            Path source = item.getKey();
            String sourceName = source.getFileName().toString();
            FileName name;
            try {
                name = names.parse(sourceName);
            } catch (FileNameException e) {
                problems.add(new CsvProblem(RuleMessages.SOURCE, "CSV-NAME", Severity.ERROR, sourceName, 0, 0, null, -1,
                        e.ruleId(), e));
                continue;
            }
            String newName = names.format(renamed(name, to, resource == null));
            if (!taken.add(newName)) {
                problems.add(new CsvProblem(RuleMessages.SOURCE, "EXPORT-SAME-NAME", Severity.ERROR, newName, 0, 0, null, -1,
                        sourceName));
                continue;
            }
            if (resource == null) {
                outgoing.add(new Outgoing(source, newName, Files.readAllBytes(source)));
                continue;
            }
            Map<Record, String[]> restore = followAttachments(resource, name.getKind(), renamedAttachments);
            try {
                outgoing.add(new Outgoing(source, newName, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, layouts))));
                if (!restore.isEmpty()) {
                    problems.add(new CsvProblem(RuleMessages.SOURCE, "EXPORT-ATTACHMENT-NAME", Severity.INFO, newName, 0, 0, null,
                            -1, Integer.valueOf(restore.size())));
                }
            } catch (CsvWriteException e) {
                problems.addAll(e.problems()); // the MS932 pre-flight: what cannot be written, by item (no contents)
            } finally {
                restoreAttachmentNames(restore);
            }
        }
        if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
            problems.addAll(check(outgoing, progress));
        }
        problems.sort(Comparator.comparing(CsvProblem::fileName).thenComparingInt(CsvProblem::getLine)
                .thenComparingInt(CsvProblem::getColumn));
        return new Prepared(to, List.copyOf(outgoing), List.copyOf(problems));
    }

    /** The parts of a file's name under the unit's addressing: its kind, month and 枝番 kept (an attachment its extension). */
    private static FileName renamed(FileName name, Addressing to, boolean keepExtension) {
        FileName renamed = ExchangeFactory.eINSTANCE.createFileName();
        renamed.setKind(name.getKind());
        renamed.setMonth(name.getMonth());
        renamed.setSenderOffice(to.senderOffice());
        renamed.setReceiverOffice(to.receiverOffice());
        renamed.setSerial(to.serial());
        renamed.setBranch(name.getBranch());
        renamed.setExtension(keepExtension ? name.getExtension() : null);
        if (to.senderServiceType() != null) {
            renamed.setSenderServiceType(to.senderServiceType());
            renamed.setReceiverServiceType(to.receiverServiceType());
        }
        return renamed;
    }

    /**
     * The records of a file that name an attachment of the unit (家族構成 画像ファイル名) are written naming its new name:
     * the unit is sent renamed, and the pair must still find each other. The values are set for the writing only,
     * without notifying anyone (an editor's model is not changed), and the returned old values are put back after.
     */
    private Map<Record, String[]> followAttachments(CareplanResource resource, String kind, Map<String, String> renamed) {
        Map<Record, String[]> restore = new java.util.IdentityHashMap<>();
        if (renamed.isEmpty()) {
            return restore;
        }
        for (jp.careplan.layout.FileLayout attachment : layouts.kinds()) {
            if (!attachment.isAttachment() || !kind.equals(attachment.getParentKind()) || attachment.getReferenceFeature() == null) {
                continue;
            }
            for (Record record : resource.document().getRecords()) {
                org.eclipse.emf.ecore.EStructuralFeature feature = record.eClass().getEStructuralFeature(attachment.getReferenceFeature());
                Object value = feature == null ? null : record.eGet(feature);
                String newName = value == null ? null : renamedFrom(renamed, value.toString());
                if (newName != null && !newName.equals(value)) {
                    restore.put(record, new String[] { feature.getName(), value.toString() });
                    boolean deliver = record.eDeliver();
                    record.eSetDeliver(false);
                    record.eSet(feature, newName);
                    record.eSetDeliver(deliver);
                }
            }
        }
        return restore;
    }

    /** The new name of the attachment a record names (the case of the extension as the record writes it), or null. */
    private static String renamedFrom(Map<String, String> renamed, String written) {
        for (Map.Entry<String, String> entry : renamed.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(written)) {
                String target = entry.getValue();
                int dot = target.lastIndexOf('.');
                int writtenDot = written.lastIndexOf('.');
                return dot < 0 || writtenDot < 0 ? target : target.substring(0, dot) + written.substring(writtenDot);
            }
        }
        return null;
    }

    private static void restoreAttachmentNames(Map<Record, String[]> restore) {
        for (Map.Entry<Record, String[]> entry : restore.entrySet()) {
            Record record = entry.getKey();
            boolean deliver = record.eDeliver();
            record.eSetDeliver(false);
            record.eSet(record.eClass().getEStructuralFeature(entry.getValue()[0]), entry.getValue()[1]);
            record.eSetDeliver(deliver);
        }
    }

    /**
     * Writes a prepared unit into a folder, each file atomically.
     *
     * @throws RefusedException when the unit has errors, has warnings not accepted, or a file of that name
     *                          exists already (nothing is written then)
     */
    public List<Path> write(Prepared unit, Path folder, boolean acceptWarnings) throws IOException {
        if (!unit.errors().isEmpty()) {
            throw new RefusedException(unit.errors().size() + " errors: a unit with errors is never written");
        }
        if (!unit.warnings().isEmpty() && !acceptWarnings) {
            throw new RefusedException(unit.warnings().size() + " warnings not accepted");
        }
        Files.createDirectories(folder);
        for (Outgoing file : unit.files()) {
            if (Files.exists(jp.careplan.csv.SafeNames.inside(folder, file.name()))) {
                throw new RefusedException(file.name() + " exists already in the folder");
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Outgoing file : unit.files()) {
                Path target = jp.careplan.csv.SafeNames.inside(folder, file.name());
                AtomicFiles.writeNew(target, out -> out.write(file.bytes()));
                written.add(target);
            }
        } catch (IOException e) {
            // half a unit is worse than none: take back what was written, so the unit can be written again
            for (Path target : written) {
                Files.deleteIfExists(target);
            }
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                throw new RefusedException(e.getMessage() + " exists already in the folder");
            }
            throw e;
        }
        return written;
    }

    /** The check of the unit as it will be sent: the renamed copies in a scratch folder only the user can read. */
    private List<CsvProblem> check(List<Outgoing> outgoing, ExchangeCheck.Progress progress) throws IOException {
        Path scratch = createPrivateFolder();
        try {
            List<Path> copies = new ArrayList<>();
            for (Outgoing file : outgoing) {
                copies.add(Files.write(scratch.resolve(file.name()), file.bytes()));
            }
            return new ExchangeCheck(layouts, rules).check(copies, progress).problems();
        } finally {
            try (Stream<Path> files = Files.list(scratch)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }

    private static Path createPrivateFolder() throws IOException {
        try {
            return Files.createTempDirectory("careplan-export",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempDirectory("careplan-export");
        }
    }

    private CareplanResource read(Path path) throws IOException {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new CareplanResourceFactory());
        CareplanResource resource = (CareplanResource) resourceSet.createResource(URI.createFileURI(path.toString()));
        resource.load(Map.of(CareplanResource.OPTION_LAYOUTS, layouts));
        return resource;
    }
}
