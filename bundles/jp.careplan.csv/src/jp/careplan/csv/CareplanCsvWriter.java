/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;

import jp.careplan.csv.CareplanCsvReader.Binding;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.OriginalForms.Original;
import jp.careplan.csv.internal.Ms932;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutRegistry.Resolution;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.Record;

/**
 * Writes the model as a file of the standard, driven by layouts and written one fixed way: MS932,
 * CRLF after every record, free text (フリーテキスト) always in double quotes with quotes doubled, codes
 * never quoted, no header row. An item whose value is still the one read is written in the bytes it
 * came in (see {@link OriginalForms}), so a conforming file read and written back is byte-identical.
 * <p>
 * {@link #preflight} finds every character MS932 cannot hold before anything is written; nothing is
 * ever replaced silently. The writer is layout-aware rather than a general CSV printer: it knows
 * which items are free text and encodes straight to bytes.
 */
public final class CareplanCsvWriter {

    private final LayoutRegistry layouts;

    public CareplanCsvWriter(LayoutRegistry layouts) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
    }

    /**
     * Every problem that would stop {@link #write}: records without a layout, and characters outside
     * MS932 (with record, item and code point).
     *
     * @param month the file's service month from its name, or {@code null}
     */
    public List<CsvProblem> preflight(CareplanDocument document, String fileName, String month) {
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, Binding> bindings = new HashMap<>();
        int line = 0;
        for (Record record : document.getRecords()) {
            line++;
            Binding binding = binding(bindings, document.getKind(), record.getCsvVersion(), month);
            if (binding == null) {
                problems.add(new CsvProblem("CSV-NO-LAYOUT", Severity.ERROR, fileName, line, 1, "CSVバージョン", -1,
                        String.valueOf(record.getCsvVersion()), document.getKind()));
                continue;
            }
            for (int i = 0; i < binding.columns.length; i++) {
                String value = (String) record.eGet(binding.attributes[i]);
                if (value == null) {
                    continue;
                }
                for (int k = 0; k < value.length(); k++) {
                    char c = value.charAt(k);
                    if (!Ms932.isEncodable(c)) {
                        int codePoint = value.codePointAt(k);
                        // where in the item, never which character: a character of a name is a piece of it
                        problems.add(new CsvProblem("CSV-UNENCODABLE", Severity.ERROR, fileName, line, i + 1,
                                binding.columns[i].getName(), -1, Integer.valueOf(value.codePointCount(0, k) + 1)));
                        if (Character.isSupplementaryCodePoint(codePoint)) {
                            k++;
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Writes the records. Call {@link #preflight} first: this method fails on the first character it
     * cannot write, after having written part of the output.
     *
     * @param originals the original byte forms kept by the reader, or {@code null}
     */
    public void write(CareplanDocument document, String month, OriginalForms originals, OutputStream out)
            throws IOException {
        Map<String, Binding> bindings = new HashMap<>();
        Bytes bytes = new Bytes(out);
        for (Record record : document.getRecords()) {
            Binding binding = binding(bindings, document.getKind(), record.getCsvVersion(), month);
            if (binding == null) {
                throw new IOException("No layout for " + document.getKind() + " of CSVバージョン " + record.getCsvVersion());
            }
            for (int i = 0; i < binding.columns.length; i++) {
                if (i > 0) {
                    bytes.put(',');
                }
                EAttribute attribute = binding.attributes[i];
                String value = (String) record.eGet(attribute);
                boolean quote = value != null && (binding.columns[i].getType() == ColumnType.TEXT || CareplanCsvReader.needsQuotes(value));
                Original original = originals == null ? null : originals.unchanged(record, attribute, value);
                if (quote) {
                    bytes.put('"');
                }
                if (value != null) {
                    bytes.putValue(value, quote, original);
                }
                if (quote) {
                    bytes.put('"');
                }
            }
            bytes.put('\r');
            bytes.put('\n');
        }
        bytes.flush();
    }

    private Binding binding(Map<String, Binding> bindings, String kind, String version, String month) {
        if (version == null) {
            return null;
        }
        return bindings.computeIfAbsent(version, v -> {
            Resolution resolution = layouts.resolveRecords(kind, v, month);
            return resolution.found().map(Binding::new).orElse(null);
        });
    }

    /** MS932 bytes into a buffer, flushed to the stream when full. */
    private static final class Bytes {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int count;

        Bytes(OutputStream out) {
            this.out = out;
        }

        void put(char ascii) throws IOException {
            if (count == buffer.length) {
                flush();
            }
            buffer[count++] = (byte) ascii;
        }

        void putValue(String value, boolean quoted, Original original) throws IOException {
            int nextOriginal = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (count + 4 > buffer.length) {
                    flush();
                }
                if (c < 0x80) {
                    if (quoted && c == '"') {
                        buffer[count++] = '"';
                    }
                    buffer[count++] = (byte) c;
                    continue;
                }
                int code;
                if (original != null && nextOriginal < original.positions().length && original.positions()[nextOriginal] == i) {
                    code = original.codes()[nextOriginal++];
                } else if (Ms932.isEncodable(c)) {
                    code = Ms932.encode(c);
                } else {
                    throw new IOException("U+" + String.format("%04X", (int) c) + " cannot be written in MS932");
                }
                if (code < 0x100) {
                    buffer[count++] = (byte) code;
                } else {
                    buffer[count++] = (byte) (code >> 8);
                    buffer[count++] = (byte) code;
                }
            }
        }

        void flush() throws IOException {
            out.write(buffer, 0, count);
            count = 0;
        }
    }
}
