/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.careplan.layout.CodeListRegistry.FormatException;

/**
 * Plain tables people write in a spreadsheet (a product list, a draft layout): UTF-8 when the bytes are UTF-8 (a
 * byte-order mark is dropped), MS932 otherwise; cells separated by commas, a cell in double quotes may hold commas
 * and doubled quotes. Problems name the line, never a cell.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The text of a spreadsheet's CSV file: UTF-8 if it decodes as UTF-8, else MS932; without a byte-order mark.
     *
     * @throws FormatException when it is neither (nothing is guessed or replaced)
     */
    public static String decode(byte[] bytes) throws FormatException {
        String text;
        try {
            text = strict(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strict(Charset.forName("windows-31j"), bytes);
            } catch (CharacterCodingException notMs932) {
                throw new FormatException(1, "the file is neither UTF-8 nor MS932 text");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The lines of a text, whatever its line ends. */
    public static String[] lines(String text) {
        return text.split("\r\n|\n|\r", -1);
    }

    /** The cells of one line. */
    public static List<String> cells(String line, int number) throws FormatException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new FormatException(number, "a quoted cell is not closed on its line");
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A cell written so that {@link #cells} reads it back: quoted when it holds a comma, a quote or a line end. */
    public static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
