/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.internal.FieldRules;
import jp.careplan.csv.internal.Ms932Reader;
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

/**
 * Reads a file of the standard into the model, driven only by layouts: strict MS932 (the bytes are
 * decoded by {@link Ms932Reader}, which refuses what is not MS932 and 外字 with the byte offset),
 * Apache Commons CSV for the CSV syntax, and per record the layout of its CSVバージョン. Lenient
 * where the standard is silent (CR, LF or CRLF; quoted codes; a header row is reported and skipped),
 * strict where it speaks. Every problem is reported with file, line, column and item name; no
 * message holds a cell's content. Reading never writes anything.
 * <p>
 * Caps, so that a hostile or broken file fails with a typed problem in bounded memory:
 * {@value #MAX_FILE_BYTES} bytes a file and {@value #MAX_RECORD_CHARS} characters a record.
 */
public final class CareplanCsvReader {

    /** The largest file read: 1 GiB (a month of a large region is a few MB). */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** The longest record: 256 Ki characters (a runaway quote stops here). */
    public static final int MAX_RECORD_CHARS = 1 << 18;
    /** Field problems reported one by one; beyond this many a file gets one line with the rest's count. */
    public static final int MAX_FIELD_PROBLEMS = 1000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString(null).setTrim(false).setIgnoreSurroundingSpaces(false)
            .get();

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
        private final String[] interned = new String[256];
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
            Ms932Reader reader = new Ms932Reader(new CappedInputStream(in, MAX_FILE_BYTES), MAX_RECORD_CHARS);
            long previousEndLine = 0;
            Pending pending = null;
            try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
                Iterator<CSVRecord> records = parser.iterator();
                while (next(records)) {
                    CSVRecord csv = records.next();
                    int line = (int) previousEndLine + 1;
                    previousEndLine = parser.getCurrentLineNumber();
                    if (pending != null) {
                        finish(reader, pending, csv.getCharacterPosition());
                    }
                    pending = bind(reader, csv, line);
                }
                if (pending != null) {
                    finish(reader, pending, reader.charPosition());
                    checkLastLineEnd(reader, pending);
                }
                if (document.getRecords().isEmpty() && complete) {
                    problems.add(problem("CSV-EMPTY", Severity.WARNING, 0, 0, null, -1));
                }
            } catch (Ms932Reader.DecodingException e) {
                complete = false;
                problems.add(problem(e.ruleId(), Severity.ERROR, (int) e.line(), e.column(), itemName(e.column()),
                        e.byteOffset()));
            } catch (Ms932Reader.RecordTooLargeException e) {
                complete = false;
                problems.add(problem("CSV-RECORD-SIZE", Severity.ERROR, (int) previousEndLine + 1, 0, null, -1,
                        Integer.valueOf(MAX_RECORD_CHARS)));
            } catch (CappedInputStream.TooLargeException e) {
                complete = false;
                problems.add(problem("CSV-FILE-SIZE", Severity.ERROR, 0, 0, null, -1, Long.valueOf(MAX_FILE_BYTES)));
            } catch (IOException e) {
                complete = false;
                // Commons CSV: an unterminated quote or text after a closing quote
                problems.add(problem("CSV-QUOTE", Severity.ERROR, (int) previousEndLine + 1, 0, null, -1));
            }
            if (fieldProblems > MAX_FIELD_PROBLEMS) {
                problems.add(problem("CSV-FIELD-MORE", Severity.ERROR, 0, 0, null, -1,
                        Integer.valueOf(fieldProblems - MAX_FIELD_PROBLEMS)));
            }
            return new Result(document, List.copyOf(problems), originals, complete, Arrays.copyOf(lines, lineCount));
        }

        /**
         * A field that breaks a rule of the layout: an error, or a warning where the layout marks the
         * column's value as uncertain. After {@value #MAX_FIELD_PROBLEMS} the rest are counted only.
         */
        private void fieldProblem(Column column, String expectation, int line) {
            if (fieldProblems++ >= MAX_FIELD_PROBLEMS) {
                return;
            }
            boolean uncertain = column.getUncertainty() != null;
            Object length = Integer.valueOf(column.getLength());
            problems.add(problem("CSV-FIELD", uncertain ? Severity.WARNING : Severity.ERROR, line, column.getNumber(),
                    column.getName(), -1, new MessageSource.Text(expectation, length, column.getFormat()),
                    new MessageSource.Text(uncertain ? "field.uncertain" : "field.certain")));
        }

        /** Iterator.hasNext, with the parser's IOException unwrapped. */
        private boolean next(Iterator<CSVRecord> records) throws IOException {
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (IllegalStateException e) {
                // Commons CSV wraps IOExceptions of the lexer this way
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        }

        private Pending bind(Ms932Reader reader, CSVRecord csv, int line) {
            long start = csv.getCharacterPosition();
            String version = csv.size() > 0 ? csv.get(0) : null;
            if (document.getRecords().isEmpty() && fileVersion == null && isHeader(csv)) {
                problems.add(problem("CSV-HEADER", Severity.WARNING, line, 0, null, reader.byteOffsetOfLineStart(start)));
                return new Pending(null, null, start, line);
            }
            if (version == null || !version.equals(fileVersion) && !layouts.knowsVersion(version)) {
                complete = false;
                String known = layouts.contributions().stream().map(LayoutRegistry.Contribution::csvVersion).distinct()
                        .sorted().collect(Collectors.joining(", "));
                problems.add(problem("CSV-UNKNOWN-VERSION", Severity.ERROR, line, 1, "CSVバージョン", -1, known));
                return new Pending(null, null, start, line);
            }
            if (fileVersion == null) {
                fileVersion = version;
            } else if (!fileVersion.equals(version)) {
                problems.add(problem("CSV-MIXED-VERSION", Severity.ERROR, line, 1, "CSVバージョン", -1, fileVersion));
            }
            Binding binding = binding(version, line);
            if (binding == null) {
                complete = false;
                return new Pending(null, null, start, line);
            }
            int expected = binding.columns.length;
            if (csv.size() != expected) {
                complete = false;
                int column = Math.min(csv.size(), expected) + 1;
                String item = column <= expected ? binding.columns[column - 1].getName() : null;
                String hint = layouts.kinds().stream()
                        .filter(other -> !other.getKind().equals(kind) && other.getColumns().size() == csv.size())
                        .map(FileLayout::getKind).collect(Collectors.joining("/"));
                problems.add(problem("CSV-FIELD-COUNT", Severity.ERROR, line, column, item, reader.byteOffsetOfLineStart(start),
                        Integer.valueOf(csv.size()), kind, Integer.valueOf(expected),
                        hint.isEmpty() ? "" : new MessageSource.Text("rule.CSV-FIELD-COUNT.hint", hint, Integer.valueOf(csv.size()))));
                return new Pending(null, null, start, line);
            }
            EObject record = EcoreUtil.create(binding.layout.getRecordClass());
            for (int i = 0; i < expected; i++) {
                String value = value(csv.get(i), binding.columns[i], i);
                record.eSet(binding.attributes[i], value);
                String expectation = FieldRules.check(binding.columns[i], value);
                if (expectation != null) {
                    fieldProblem(binding.columns[i], expectation, line);
                }
            }
            checkMonth(binding, record, line);
            document.getRecords().add((Record) record);
            if (lineCount == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[lineCount++] = line;
            return new Pending(record, binding, start, line);
        }

        private String value(String text, Column column, int index) {
            if (text == null || text.isEmpty() || column.getType() == ColumnType.TEXT) {
                return text;
            }
            // codes repeat from record to record (CSVバージョン, 保険者番号, 対象年月, 事業所, サービスコード, times):
            // a value equal to the same column's previous one shares its String
            String previous = index < interned.length ? interned[index] : null;
            if (text.equals(previous)) {
                return previous;
            }
            if (index < interned.length) {
                interned[index] = text;
            }
            return text;
        }

        /** Whether a first line is a header row: its CSVバージョン item is not a year and month. */
        private boolean isHeader(CSVRecord csv) {
            String first = csv.size() > 0 ? csv.get(0) : null;
            return first != null && !first.matches("\\d{6}") && (first.contains("CSV") || first.contains("バージョン")
                    || first.contains("ﾊﾞｰｼﾞｮﾝ"));
        }

        private void checkMonth(Binding binding, EObject record, int line) {
            if (name == null || name.getMonth() == null) {
                return;
            }
            for (int i = 0; i < binding.columns.length; i++) {
                Column column = binding.columns[i];
                if (column.getType() == ColumnType.YEAR_MONTH && column.getName().endsWith("対象年月")
                        && binding.attributes[i] != null) {
                    Object value = record.eGet(binding.attributes[i]);
                    if (value != null && !value.equals(name.getMonth())) {
                        problems.add(problem("CSV-NAME-MONTH", Severity.ERROR, line, column.getNumber(), column.getName(), -1,
                                name.getMonth()));
                    }
                }
            }
        }

        /** Once a record's end is known: its line end, and the original forms of its characters. */
        private void finish(Ms932Reader reader, Pending pending, long end) {
            if (end - pending.start >= 2 && !reportedLineEnd) {
                char last = reader.charAt(end - 1);
                if ((last == '\n' || last == '\r') && !(last == '\n' && reader.charAt(end - 2) == '\r')) {
                    reportedLineEnd = true;
                    problems.add(problem("CSV-LINE-END", Severity.WARNING, pending.line, 0, null, -1,
                            last == '\n' ? "LF" : "CR"));
                }
            }
            if (pending.record != null && !reportedForm) {
                int column = firstUncanonicalColumn(reader, pending, end);
                if (column > 0) {
                    reportedForm = true;
                    Column item = pending.binding.columns[column - 1];
                    problems.add(problem("CSV-FORM", Severity.WARNING, pending.line, column, item.getName(), -1,
                            new MessageSource.Text(item.isFreeText() ? "rule.CSV-FORM.text" : "rule.CSV-FORM.code")));
                }
            }
            if (pending.record != null) {
                long[] nonCanonical = reader.nonCanonicalBetween(pending.start, end);
                if (nonCanonical.length > 0) {
                    keepOriginalForms(reader.text(pending.start, end), pending, nonCanonical);
                }
            }
            reader.forget(end);
        }

        /**
         * The first column (1-based) whose raw text differs from the way the standard writes it (free
         * text quoted, codes bare), or 0 when the record is written that way; the line end is checked
         * apart (CSV-LINE-END).
         */
        private int firstUncanonicalColumn(Ms932Reader reader, Pending pending, long end) {
            // Reading gave back the values; what can differ from the standard's form is only whether an
            // item is quoted. An item is quoted in the raw text exactly when its first character is '"',
            // and its raw length follows from its value, so one character per item is enough to look at.
            long p = pending.start;
            Binding binding = pending.binding;
            for (int i = 0; i < binding.columns.length; i++) {
                String value = (String) pending.record.eGet(binding.attributes[i]);
                boolean quote = value != null && (binding.columns[i].getType() == ColumnType.TEXT || needsQuotes(value));
                boolean quoted = p < end && reader.charAt(p) == '"';
                if (quote != quoted) {
                    return i + 1;
                }
                int length = value == null ? 0 : value.length();
                if (quoted) {
                    length += 2;
                    for (int k = 0; k < value.length(); k++) {
                        if (value.charAt(k) == '"') {
                            length++;
                        }
                    }
                }
                p += length + 1;
            }
            // what remains is the line end, checked apart
            return 0;
        }

        private void checkLastLineEnd(Ms932Reader reader, Pending last) {
            long end = reader.charPosition();
            if (end > last.start && !reportedLineEnd) {
                String tail = reader.text(Math.max(last.start, end - 2), end);
                if (!tail.endsWith("\r\n")) {
                    reportedLineEnd = true;
                    problems.add(problem("CSV-LINE-END", Severity.WARNING, last.line, 0, null, -1,
                            tail.endsWith("\n") ? "LF" : tail.endsWith("\r") ? "CR" : "EOF"));
                }
            }
        }

        /** Maps each non-canonical character of a record's raw text to its item and position in the value. */
        private void keepOriginalForms(String raw, Pending pending, long[] nonCanonical) {
            int field = 0;
            int valueIndex = 0;
            boolean quoted = false;
            boolean fieldStart = true;
            Map<Integer, List<int[]>> byField = new HashMap<>();
            int next = 0;
            for (int i = 0; i < raw.length() && next < nonCanonical.length; i++) {
                char c = raw.charAt(i);
                long position = pending.start + i;
                if (fieldStart && c == '"') {
                    quoted = true;
                    fieldStart = false;
                    continue;
                }
                fieldStart = false;
                if (quoted && c == '"') {
                    if (i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
                        i++;
                        valueIndex++;
                        continue;
                    }
                    quoted = false;
                    continue;
                }
                if (!quoted && c == ',') {
                    field++;
                    valueIndex = 0;
                    fieldStart = true;
                    continue;
                }
                if (position == nonCanonical[next]) {
                    byField.computeIfAbsent(field, f -> new ArrayList<>())
                            .add(new int[] { valueIndex, (int) nonCanonical[next + 1] });
                    next += 2;
                }
                valueIndex++;
            }
            byField.forEach((index, list) -> {
                EAttribute attribute = index < pending.binding.attributes.length ? pending.binding.attributes[index] : null;
                if (attribute == null) {
                    return;
                }
                int[] positions = list.stream().mapToInt(a -> a[0]).toArray();
                int[] codes = list.stream().mapToInt(a -> a[1]).toArray();
                originals.add(pending.record, attribute, (String) pending.record.eGet(attribute), positions, codes);
            });
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
            Resolution resolution = layouts.resolve(kind, version, month);
            if (resolution.found().isEmpty()) {
                problems.add(problem("CSV-NO-LAYOUT", Severity.ERROR, line, 1, "CSVバージョン", -1, version, kind));
                bindings.put(version, null);
                return null;
            }
            FileLayout layout = resolution.layout();
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

    /** A record read whose end (the next record's start) is not known yet. */
    private record Pending(EObject record, Binding binding, long start, int line) {
    }
}
