/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;

import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;

/**
 * A copy of a standard file for viewing in a spreadsheet — never a standard file, never sent: UTF-8 with a byte-order
 * mark (which spreadsheets read as such), a first line of the items as the standard names them, then every record,
 * every cell quoted, and a free-text item that a spreadsheet would run as a formula (beginning with =, +, -, @, a tab or
 * a carriage return) prefixed with an apostrophe, so that it shows as the text it is; a code of digits that a
 * spreadsheet would turn into a number and so change — a leading zero (保険者番号 072622, a time 0930) or more digits
 * than a number keeps (日割対象日) — written as the formula {@code ="072622"}, which spreadsheets show as that text.
 * The standard file and its export are never altered; the copy's name ends in {@value #SUFFIX}, which no standard file
 * name can.
 */
public final class SpreadsheetCopy {

    /** The end of a copy's name: a standard file name ends in its ファイル連番 and .CSV. */
    public static final String SUFFIX = ".sheet.csv";

    private SpreadsheetCopy() {
    }

    /** Whether a spreadsheet would take a cell beginning so as a formula, or split it (CSV injection). */
    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * Whether a spreadsheet opening the copy would take the value for a number and so change it: digits only, with a
     * leading zero it would drop, or more than the 15 digits a number keeps.
     */
    public static boolean numberLike(String value) {
        if (value == null || value.length() < 2) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return value.charAt(0) == '0' || value.length() > 15;
    }

    /**
     * Whether {@code folder} holds one of {@code files}: copies written there (.csv) would be taken for files of the
     * standard by the folder's next check, so the command line and the workbench refuse it.
     */
    public static boolean amongTheFiles(Path folder, java.util.Collection<Path> files) {
        for (Path file : files) {
            Path parent = file.toAbsolutePath().getParent();
            try {
                if (Files.exists(folder) && Files.isSameFile(parent, folder)) {
                    return true;
                }
            } catch (IOException e) {
                if (parent.normalize().equals(folder.toAbsolutePath().normalize())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The copy's name for a standard file's name. */
    public static String nameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + SUFFIX;
    }

    /** The result of a copy: its bytes, and how many items were escaped. */
    public record Copy(byte[] bytes, int escaped) {
    }

    /** The copy of a file read completely. */
    public static Copy of(CareplanResource resource, LayoutRegistry layouts) {
        Objects.requireNonNull(resource, "resource");
        String kind = resource.document().getKind();
        String month = resource.fileName() == null ? null : resource.fileName().getMonth();
        StringBuilder text = new StringBuilder("\uFEFF");
        int escaped = 0;
        boolean header = false;
        for (Record record : resource.document().getRecords()) {
            FileLayout layout = layouts.resolveRecords(kind, record.getCsvVersion(), month).found().orElse(null);
            if (layout == null) {
                continue;
            }
            List<Column> columns = new ArrayList<>(layout.getColumns());
            columns.sort(java.util.Comparator.comparingInt(Column::getNumber));
            if (!header) {
                text.append(String.join(",", columns.stream().map(column -> quote(column.getName())).toList())).append("\r\n");
                header = true;
            }
            List<String> cells = new ArrayList<>();
            for (Column column : columns) {
                EStructuralFeature feature = column.getFeature() == null ? null : record.eClass().getEStructuralFeature(column.getFeature());
                Object value = feature == null ? null : record.eGet(feature);
                String cell = value == null ? "" : value.toString();
                if (column.getType() == ColumnType.TEXT && risky(cell)) {
                    cell = "'" + cell;
                    escaped++;
                } else if (numberLike(cell)) {
                    cell = "=\"" + cell + "\""; // digits only: nothing but the text itself inside the formula
                }
                cells.add(quote(cell));
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return new Copy(text.toString().getBytes(StandardCharsets.UTF_8), escaped);
    }

    /**
     * Writes the copy of a standard file into a folder, as a new file (never over another).
     *
     * @return the copy, or {@code null} when the file could not be read completely (nothing is written then)
     */
    public static Path write(Path standardFile, Path folder, LayoutRegistry layouts) throws IOException {
        CareplanResource resource = CareplanResource.read(standardFile, layouts);
        if (!resource.isComplete()) {
            return null;
        }
        Copy copy = of(resource, layouts);
        Path target = SafeNames.inside(folder, nameOf(standardFile.getFileName().toString()));
        AtomicFiles.writeNew(target, out -> out.write(copy.bytes()));
        return target;
    }

    private static String quote(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
