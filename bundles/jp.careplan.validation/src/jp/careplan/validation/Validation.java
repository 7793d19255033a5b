/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.MessageSource;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * Validates the records of a file with the registered rules, through EMF's {@link Diagnostician} (so
 * the editors and the checker share one engine): an {@link EValidator} for the care-plan package runs
 * every rule that applies to the file's kind once per document. Each problem is a diagnostic whose
 * data hold the record and a {@link CsvProblem} (rule id, severity, file, line, column, item name,
 * message in Japanese and English, no cell content).
 */
public final class Validation {

    /** Diagnostic source of the rules. */
    public static final String SOURCE = "jp.careplan.validation";

    private final RuleRegistry rules;
    private final LayoutRegistry layouts;

    public Validation(RuleRegistry rules, LayoutRegistry layouts) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.layouts = Objects.requireNonNull(layouts, "layouts");
    }

    /** The problems of a file read into a resource, in file order. */
    public List<CsvProblem> validate(CareplanResource resource) {
        Diagnostic diagnostic = diagnose(resource);
        List<CsvProblem> problems = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getData().size() > 1 && child.getData().get(1) instanceof CsvProblem problem) {
                problems.add(problem);
            }
        }
        problems.sort((a, b) -> a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getColumn(), b.getColumn()));
        return problems;
    }

    /** The EMF diagnostic of a file read into a resource. */
    public Diagnostic diagnose(CareplanResource resource) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(CareplanPackage.eINSTANCE, new RulesValidator(resource));
        Diagnostician diagnostician = new Diagnostician(registry) {
            /**
             * The root names the file's kind, not EMF's "Diagnosis of …" from Ecore's plugin.properties: looking that up
             * opened EMF's jar, and outside OSGi checked its signature, for a text nobody shows.
             */
            @Override
            public BasicDiagnostic createDefaultDiagnostic(EObject eObject) {
                return new BasicDiagnostic(SOURCE, 0, resource.document().getKind(), new Object[] { eObject });
            }
        };
        return diagnostician.validate(resource.document(), new HashMap<>());
    }

    /** Runs the rules on a document, once; the records themselves have nothing to check alone. */
    private final class RulesValidator implements EValidator {
        private final CareplanResource resource;

        RulesValidator(CareplanResource resource) {
            this.resource = resource;
        }

        @Override
        public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
            return validate(eObject.eClass(), eObject, diagnostics, context);
        }

        @Override
        public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
            if (!(eObject instanceof CareplanDocument document)) {
                return true;
            }
            Context ruleContext = new Context(resource, document, diagnostics);
            for (RuleRegistry.Descriptor descriptor : rules.rules()) {
                if (descriptor.appliesTo(document.getKind())) {
                    ruleContext.descriptor = descriptor;
                    try {
                        RecordRule rule = descriptor.rule().get();
                        rule.check(ruleContext);
                    } catch (RuntimeException | LinkageError failed) {
                        // a rule that fails (a vendor's, or one of ours on a value it did not expect) must neither
                        // take the other rules with it — EMF's Diagnostician would turn it into a diagnostic nobody
                        // reads and skip the rest — nor pass for a clean file; its exception's message may quote a
                        // cell, so only its class is named
                        ruleContext.failed(descriptor, failed);
                    }
                }
            }
            return !ruleContext.found;
        }

        @Override
        public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
            return true;
        }
    }

    /** What a rule sees of one file. */
    private final class Context implements RuleContext {
        private final CareplanResource resource;
        private final CareplanDocument document;
        private final DiagnosticChain diagnostics;
        private final Map<Record, Integer> indexes = new IdentityHashMap<>();
        private final Map<String, FileLayout> layoutsByVersion = new HashMap<>();
        private RuleRegistry.Descriptor descriptor;
        private boolean found;

        Context(CareplanResource resource, CareplanDocument document, DiagnosticChain diagnostics) {
            this.resource = resource;
            this.document = document;
            this.diagnostics = diagnostics;
        }

        @Override
        public String kind() {
            return document.getKind();
        }

        @Override
        public String fileName() {
            return resource.getURI().lastSegment();
        }

        @Override
        public FileName name() {
            return resource.fileName();
        }

        @Override
        public List<Record> records() {
            return document.getRecords();
        }

        @Override
        public LayoutRegistry layouts() {
            return layouts;
        }

        @Override
        public FileLayout layoutOf(Record record) {
            String version = record.getCsvVersion();
            if (version == null) {
                return null;
            }
            String month = name() == null || "000000".equals(name().getMonth()) ? null : name().getMonth();
            return layoutsByVersion.computeIfAbsent(version, v -> layouts.resolveRecords(kind(), v, month).layout());
        }

        /** The columns of each layout by feature, the first of a feature as the layout lists them (rules ask per record). */
        private final Map<FileLayout, Map<String, Column>> columnsByFeature = new IdentityHashMap<>();

        @Override
        public Column column(FileLayout layout, String feature) {
            Objects.requireNonNull(feature, "feature");
            return columnsByFeature.computeIfAbsent(layout, l -> {
                Map<String, Column> columns = new HashMap<>();
                for (Column column : l.getColumns()) {
                    if (column.getFeature() != null) {
                        columns.putIfAbsent(column.getFeature(), column);
                    }
                }
                return columns;
            }).get(feature);
        }

        /**
         * VAL-RULE-FAILED: the rule in hand threw; an error of the file (its findings are missing), naming the rule
         * and the exception's class, never its message.
         */
        void failed(RuleRegistry.Descriptor failing, Throwable failure) {
            found = true;
            CsvProblem problem = new CsvProblem(jp.careplan.validation.internal.RuleMessages.SOURCE, "VAL-RULE-FAILED", Severity.ERROR,
                    fileName(), 0, 0, null, -1, failing.id(), failure.getClass().getName());
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, problem.getMessage(), new Object[] { document, problem }));
        }

        @Override
        public void report(Record record, Column column, String key, Object... arguments) {
            found = true;
            if (indexes.isEmpty()) {
                List<Record> records = document.getRecords();
                for (int i = 0; i < records.size(); i++) {
                    indexes.put(records.get(i), i);
                }
            }
            Integer index = indexes.get(record);
            int line = index == null ? 0 : resource.lineOf(index);
            boolean uncertain = jp.careplan.layout.Uncertainty.concernsValues(column);
            Severity severity = uncertain && descriptor.severity() == Severity.ERROR ? Severity.WARNING : descriptor.severity();
            CsvProblem problem = new CsvProblem(descriptor.messages(), descriptor.id(), severity, fileName(), line,
                    column == null ? 0 : column.getNumber(), column == null ? null : column.getName(), -1,
                    new MessageSource.Text(key, withItem(column, arguments)),
                    new MessageSource.Text(uncertain ? "uncertain" : "certain"));
            int level = switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
            };
            diagnostics.add(new BasicDiagnostic(level, SOURCE, 0, problem.getMessage(), new Object[] { record, problem }));
        }

        private Object[] withItem(Column column, Object[] arguments) {
            Object[] all = new Object[arguments.length + 1];
            all[0] = column == null ? "" : column.getName();
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            return all;
        }
    }
}
