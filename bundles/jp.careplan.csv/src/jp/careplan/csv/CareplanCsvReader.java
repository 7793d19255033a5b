/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.internal.FieldRules;
import jp.careplan.csv.internal.Ms932CsvScanner;
import jp.careplan.csv.internal.RowSource;
import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutRegistry.Resolution;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.NamingRule;

/**
 * Reads a file of the standard into the model, driven only by layouts: strict MS932 and the CSV
 * syntax on the file's bytes ({@link Ms932CsvScanner}: RFC 4180 as Apache Commons CSV reads it, which
 * the tests hold it to; bytes that are not MS932 and 外字 are refused with the byte offset), and per
 * record the layout of its CSVバージョン. Lenient where the standard is silent (CR, LF or CRLF; quoted
 * codes; a header row is reported and skipped), strict where it speaks. Every problem is reported with
 * file, line, column and item name; no message holds a cell's content. Reading never writes anything.
 * <p>
 * Caps, so that a hostile or broken file fails with a typed problem in bounded memory:
 * {@value #MAX_FILE_BYTES} bytes a file and {@value #MAX_RECORD_BYTES} bytes a record.
 */
public final class CareplanCsvReader {

    /** The largest file read: 1 GiB (a month of a large region is a few MB). */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** The longest record: 512 KiB (a runaway quote stops here; the longest record of the standard is a few KB). */
    public static final int MAX_RECORD_BYTES = 1 << 19;
    /** Field problems reported one by one; beyond this many a file gets one line with the rest's count. */
    public static final int MAX_FIELD_PROBLEMS = 1000;

    /** The outcome of reading one file. */
    public record Result(CareplanDocument document, List<CsvProblem> problems, OriginalForms originals,
            boolean complete, int[] lines) {

        /** The line (1-based) the record at an index of the document started on when read. */
        public int lineOf(int recordIndex) {
            return recordIndex < lines.length ? lines[recordIndex] : 0;
        }

        /** Whether a problem of severity ERROR was found. */
        public boolean hasErrors() {
            return problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
        }
    }

    private final LayoutRegistry layouts;

    public CareplanCsvReader(LayoutRegistry layouts) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
    }

    /**
     * Reads one file.
     *
     * @param in       the file's bytes (read to the end, not closed)
     * @param fileName the file's name, for reports
     * @param name     the parsed standard name, or {@code null} when the name is not a standard one
     * @param kind     the file kind (from the name, or given by the caller)
     */
    public Result read(InputStream in, String fileName, FileName name, String kind) {
        return new Run(fileName, name, kind).read(in);
    }

    /** One reading of one file. */
    private final class Run {
        private final String fileName;
        private final FileName name;
        private final String kind;
        private final String month;
        private final List<CsvProblem> problems = new ArrayList<>();
        private final OriginalForms originals = new OriginalForms();
        private final CareplanDocument document = CareplanFactory.eINSTANCE.createCareplanDocument();
        private final Map<String, Binding> bindings = new HashMap<>();
        private String lastVersion;
        private Binding lastBinding;
        private boolean complete = true;
        private String fileVersion;
        private boolean reportedLineEnd;
        private boolean reportedForm;
        private int fieldProblems;
        private int[] lines = new int[64];
        private int lineCount;

        Run(String fileName, FileName name, String kind) {
            this.fileName = fileName;
            this.name = name;
            this.kind = kind;
            this.month = name == null || "000000".equals(name.getMonth()) ? null : name.getMonth();
            document.setKind(kind);
        }

        Result read(InputStream in) {
            HeadInputStream head = new HeadInputStream(new CappedInputStream(in, MAX_FILE_BYTES));
            Ms932CsvScanner scanner = new Ms932CsvScanner(head, MAX_RECORD_BYTES);
            try (RowSource rows = new RowSource(scanner)) {
                // every item of a record is decoded (and so checked) before the record is looked at
                for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
                    checkLineEnd(row);
                    bind(row);
                }
                if (document.getRecords().isEmpty() && complete) {
                    problems.add(problem("CSV-EMPTY", Severity.WARNING, 0, 0, null, -1));
                }
            } catch (Ms932CsvScanner.DecodingException e) {
                complete = false;
                // a file saved as UTF-8 is the usual mistake: say so, so that the user knows what to do
                problems.add(problem(e.ruleId(), Severity.ERROR, (int) e.line(), e.column(), itemName(e.column()),
                        e.byteOffset(), head.beginsAsUtf8() ? new MessageSource.Text("rule.CSV-ENCODING.utf8") : ""));
            } catch (Ms932CsvScanner.RecordTooLargeException e) {
                complete = false;
                problems.add(problem("CSV-RECORD-SIZE", Severity.ERROR, e.line(), 0, null, -1,
                        Integer.valueOf(MAX_RECORD_BYTES)));
            } catch (Ms932CsvScanner.QuoteException e) {
                complete = false;
                problems.add(problem("CSV-QUOTE", Severity.ERROR, e.line(), e.column(), itemName(e.column()), e.byteOffset()));
            } catch (CappedInputStream.TooLargeException e) {
                complete = false;
                problems.add(problem("CSV-FILE-SIZE", Severity.ERROR, 0, 0, null, -1, Long.valueOf(MAX_FILE_BYTES)));
            } catch (IOException e) {
                complete = false;
                problems.add(problem("CSV-IO", Severity.ERROR, 0, 0, null, -1, e.getClass().getSimpleName()));
            }
            if (fieldProblems > MAX_FIELD_PROBLEMS) {
                problems.add(problem("CSV-FIELD-MORE", Severity.ERROR, 0, 0, null, -1,
                        Integer.valueOf(fieldProblems - MAX_FIELD_PROBLEMS)));
            }
            return new Result(document, List.copyOf(problems), originals, complete, Arrays.copyOf(lines, lineCount));
        }

        /**
         * A problem of one line or item (an empty line, a line of the wrong length, an unknown or second version, a
         * month unlike the name's, a field): after {@value #MAX_FIELD_PROBLEMS} of them the rest are counted only
         * (CSV-FIELD-MORE), so that a file of garbage costs neither the memory nor the report of a problem per line.
         */
        private void lineProblem(CsvProblem problem) {
            if (fieldProblems++ < MAX_FIELD_PROBLEMS) {
                problems.add(problem);
            }
        }

        /**
         * A field that breaks a rule of the layout: an error, or a warning where what the rule rests on (whether the
         * item is required, its length, its format, its codes) is what the layout marks uncertain about the column.
         * After {@value #MAX_FIELD_PROBLEMS} the rest are counted only.
         */
        private void fieldProblem(Column column, String expectation, int line) {
            if (fieldProblems++ >= MAX_FIELD_PROBLEMS) {
                return;
            }
            String aspect = switch (expectation) {
            case "field.required" -> "required";
            case "field.length" -> "length";
            case "field.code" -> "codes";
            default -> "format";
            };
            boolean uncertain = jp.careplan.layout.Uncertainty.concerns(column, aspect);
            Object length = Integer.valueOf(column.getLength());
            problems.add(problem("CSV-FIELD", uncertain ? Severity.WARNING : Severity.ERROR, line, column.getNumber(),
                    column.getName(), -1, new MessageSource.Text(expectation, length, column.getFormat()),
                    new MessageSource.Text(uncertain ? "field.uncertain" : "field.certain")));
        }

        private void bind(RowSource.Row row) {
            int line = row.line();
            String[] values = row.values();
            int count = values.length;
            String version = values[0];
            if (document.getRecords().isEmpty() && fileVersion == null && isHeader(version)) {
                problems.add(problem("CSV-HEADER", Severity.WARNING, line, 0, null, row.byteOffset()));
                return;
            }
            if (count == 1 && (version == null || version.isEmpty())) {
                // no record at all: say so, rather than that its CSVバージョン is unknown
                complete = false;
                lineProblem(problem("CSV-BLANK-LINE", Severity.ERROR, line, 0, null, row.byteOffset()));
                return;
            }
            if (count == 1 && "\u001A".equals(version)) {
                // the end-of-file mark old MS-DOS tools wrote (Ctrl-Z): say so, rather than that it is an unknown version
                complete = false;
                lineProblem(problem("CSV-EOF-MARK", Severity.ERROR, line, 0, null, row.byteOffset()));
                return;
            }
            if (version == null || !version.equals(fileVersion) && !layouts.knowsVersion(version)) {
                complete = false;
                String known = layouts.contributions().stream().map(LayoutRegistry.Contribution::csvVersion).distinct()
                        .sorted().collect(Collectors.joining(", "));
                lineProblem(problem("CSV-UNKNOWN-VERSION", Severity.ERROR, line, 1, "CSVバージョン", -1, known));
                return;
            }
            if (fileVersion == null) {
                fileVersion = version;
            } else if (!fileVersion.equals(version)) {
                lineProblem(problem("CSV-MIXED-VERSION", Severity.ERROR, line, 1, "CSVバージョン", -1, fileVersion));
            }
            Binding binding = version == lastVersion ? lastBinding : binding(version, line);
            lastVersion = version;
            lastBinding = binding;
            if (binding == null) {
                complete = false;
                return;
            }
            Column[] columns = binding.columns;
            int expected = columns.length;
            if (count != expected) {
                complete = false;
                int column = Math.min(count, expected) + 1;
                String item = column <= expected ? columns[column - 1].getName() : null;
                String hint = layouts.kinds().stream()
                        .filter(other -> !other.getKind().equals(kind) && other.getColumns().size() == count)
                        .map(FileLayout::getKind).collect(Collectors.joining("/"));
                lineProblem(problem("CSV-FIELD-COUNT", Severity.ERROR, line, column, item, row.byteOffset(),
                        Integer.valueOf(count), kind, Integer.valueOf(expected),
                        hint.isEmpty() ? "" : new MessageSource.Text("rule.CSV-FIELD-COUNT.hint", hint, Integer.valueOf(count))));
                return;
            }
            InternalEObject record = (InternalEObject) EcoreUtil.create(binding.layout.getRecordClass());
            int uncanonical = 0;
            for (int i = 0; i < expected; i++) {
                String value = values[i];
                record.eSet(binding.featureIds[i], value);
                // a value that is the record before's (the same String) passed the rules then
                if (value != binding.passed[i] || value == null) {
                    String expectation = FieldRules.check(columns[i], value);
                    if (expectation != null) {
                        fieldProblem(columns[i], expectation, line);
                        binding.passed[i] = null;
                    } else {
                        binding.passed[i] = value;
                    }
                }
                // the standard's form: free text quoted, codes bare (an item that needs quotes is quoted)
                boolean quote = value != null && (columns[i].getType() == ColumnType.TEXT || row.needsQuotes(i));
                if (uncanonical == 0 && quote != row.quoted(i)) {
                    uncanonical = i + 1;
                }
            }
            if (uncanonical > 0 && !reportedForm) {
                reportedForm = true;
                Column item = columns[uncanonical - 1];
                problems.add(problem("CSV-FORM", Severity.WARNING, line, uncanonical, item.getName(), -1,
                        new MessageSource.Text(item.isFreeText() ? "rule.CSV-FORM.text" : "rule.CSV-FORM.code")));
            }
            if (binding.monthColumns.length > 0 && name != null && name.getMonth() != null) {
                for (int i : binding.monthColumns) {
                    if (values[i] != null && !values[i].equals(name.getMonth())) {
                        lineProblem(problem("CSV-NAME-MONTH", Severity.ERROR, line, columns[i].getNumber(), columns[i].getName(),
                                -1, name.getMonth()));
                    }
                }
            }
            int[] nonCanonical = row.nonCanonical();
            if (nonCanonical.length > 0) {
                keepOriginalForms(record, binding, values, nonCanonical);
            }
            // a new record cannot be in the list yet: no need to look
            @SuppressWarnings("unchecked")
            InternalEList<Record> records = (InternalEList<Record>) document.getRecords();
            records.addUnique((Record) record);
            if (lineCount == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[lineCount++] = line;
        }

        /** Whether a first line is a header row: its CSVバージョン item is not a year and month. */
        private boolean isHeader(String first) {
            return first != null && !first.matches("\\d{6}") && (first.contains("CSV") || first.contains("バージョン")
                    || first.contains("ﾊﾞｰｼﾞｮﾝ"));
        }

        /** Reports the first record that does not end in CRLF (the standard's line end). */
        private void checkLineEnd(RowSource.Row row) {
            Ms932CsvScanner.LineEnd end = row.lineEnd();
            if (end != Ms932CsvScanner.LineEnd.CRLF && !reportedLineEnd) {
                reportedLineEnd = true;
                problems.add(problem("CSV-LINE-END", Severity.WARNING, row.line(), 0, null, -1,
                        end == Ms932CsvScanner.LineEnd.NONE ? "EOF" : end.name()));
            }
        }

        /** Keeps the byte form of characters that came in a non-canonical form, per item. */
        private void keepOriginalForms(EObject record, Binding binding, String[] values, int[] nonCanonical) {
            for (int k = 0; k < nonCanonical.length;) {
                int item = nonCanonical[k];
                int to = k;
                while (to < nonCanonical.length && nonCanonical[to] == item) {
                    to += 3;
                }
                int[] positions = new int[(to - k) / 3];
                int[] codes = new int[positions.length];
                for (int j = 0; j < positions.length; j++) {
                    positions[j] = nonCanonical[k + 3 * j + 1];
                    codes[j] = nonCanonical[k + 3 * j + 2];
                }
                originals.add(record, binding.attributes[item], values[item], positions, codes);
                k = to;
            }
        }

        /**
         * The item name of a column: from the file's layout when its version is known, else (the bytes
         * are decoded ahead of the records) when every installed layout of the kind names it alike.
         */
        private String itemName(int column) {
            Binding binding = fileVersion == null ? null : bindings.get(fileVersion);
            if (binding != null) {
                return column >= 1 && column <= binding.columns.length ? binding.columns[column - 1].getName() : null;
            }
            List<String> names = layouts.layoutSets().stream().flatMap(set -> set.getFileLayouts().stream())
                    .filter(layout -> layout.getKind().equals(kind))
                    .map(layout -> layout.getColumns().stream().filter(c -> c.getNumber() == column).findFirst()
                            .map(Column::getName).orElse(null))
                    .distinct().toList();
            return names.size() == 1 ? names.get(0) : null;
        }

        private Binding binding(String version, int line) {
            Binding binding = bindings.get(version);
            if (binding != null || bindings.containsKey(version)) {
                return binding;
            }
            Resolution resolution = layouts.resolveRecords(kind, version, month);
            if (resolution.found().isEmpty()) {
                problems.add(problem("CSV-NO-LAYOUT", Severity.ERROR, line, 1, "CSVバージョン", -1, version, kind));
                bindings.put(version, null);
                return null;
            }
            FileLayout layout = resolution.layout();
            NamingRule rule = name == null ? null : FileNames.ruleAhead(name, layout.getLayoutSet());
            if (rule != null) {
                // a name of an earlier rule than the version's lacks what the version's names carry (the サービス種類コード):
                // a receiver that names and routes files by the version's rule cannot place it; a later rule's name
                // (3.2 content under a 4.x name, a month before 4.x applies) carries more and is fine
                problems.add(problem("CSV-NAME-RULE", Severity.WARNING, line, 1, "CSVバージョン", -1, name.getRule().getLiteral(),
                        rule.getLiteral()));
            }
            if (!resolution.conflicts().isEmpty()) {
                String ids = resolution.conflicts().stream().map(LayoutSet::getId).collect(Collectors.joining(", "));
                problems.add(problem("CSV-LAYOUT-CONFLICT", Severity.WARNING, 0, 0, null, -1,
                        layout.getLayoutSet().getId() + ", " + ids, kind, version, layout.getLayoutSet().getId()));
            }
            try {
                binding = new Binding(layout);
            } catch (IllegalStateException e) {
                // a layout (a vendor's, a draft) that binds a column to a feature its record class lacks
                problems.add(problem("CSV-LAYOUT-BINDING", Severity.ERROR, line, 0, null, -1, layout.getLayoutSet().getId(), kind,
                        version));
                binding = null;
            }
            bindings.put(version, binding);
            return binding;
        }

        private CsvProblem problem(String ruleId, Severity severity, int line, int column, String item, long byteOffset,
                Object... arguments) {
            return new CsvProblem(ruleId, severity, fileName, line, column, item, byteOffset, arguments);
        }
    }

    /** A file layout with its columns in order and the attribute each binds. */
    static final class Binding {

        final FileLayout layout;
        final Column[] columns;
        final EAttribute[] attributes;
        /** The columns of a 対象年月 item, which must agree with the file name's month. */
        final int[] monthColumns;
        /** The feature ID of each column's attribute in the record class. */
        final int[] featureIds;
        /** Per column, the value of the record before when it passed the field rules. */
        final String[] passed;

        Binding(FileLayout layout) {
            this.layout = layout;
            this.columns = layout.getColumns().stream().sorted((a, b) -> Integer.compare(a.getNumber(), b.getNumber()))
                    .toArray(Column[]::new);
            this.attributes = new EAttribute[columns.length];
            for (int i = 0; i < columns.length; i++) {
                String feature = columns[i].getFeature();
                EStructuralFeature found = feature == null ? null : layout.getRecordClass().getEStructuralFeature(feature);
                if (found instanceof EAttribute attribute) {
                    attributes[i] = attribute;
                } else {
                    throw new IllegalStateException("The layout of " + layout.getKind() + " binds column " + columns[i].getNumber()
                            + " to " + feature + ", which " + layout.getRecordClass().getName() + " does not have");
                }
            }
            this.featureIds = new int[columns.length];
            for (int i = 0; i < columns.length; i++) {
                featureIds[i] = layout.getRecordClass().getFeatureID(attributes[i]);
            }
            this.passed = new String[columns.length];
            this.monthColumns = java.util.stream.IntStream.range(0, columns.length)
                    .filter(i -> columns[i].getType() == ColumnType.YEAR_MONTH && columns[i].getName().endsWith("対象年月"))
                    .toArray();
        }
    }

    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

}
