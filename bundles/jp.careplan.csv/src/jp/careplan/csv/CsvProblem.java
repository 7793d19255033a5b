/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;

import jp.careplan.csv.internal.Messages;

/**
 * A problem found in a file: where (file, line, column = item No., byte offset), which item by the
 * standard's name, which rule, how serious, and a message in Japanese or English. Messages never
 * contain a cell's content: they name items and say what was expected.
 */
public final class CsvProblem implements Resource.Diagnostic {

    /** How serious a problem is. */
    public enum Severity {
        /** The file breaks the standard or could not be read completely. */
        ERROR,
        /** The file is readable but not written the way the standard asks. */
        WARNING,
        /** Worth knowing, nothing wrong. */
        INFO
    }

    private final String ruleId;
    private final Severity severity;
    private final String fileName;
    private final int line;
    private final int column;
    private final String itemName;
    private final long byteOffset;
    private final Object[] arguments;
    private final MessageSource messages;

    /**
     * @param ruleId     the rule's id, e.g. {@code CSV-ENCODING}; also the message key
     * @param severity   how serious
     * @param fileName   the file's name (never its path: paths may name people)
     * @param line       1-based line, 0 when not about a line
     * @param column     1-based column (the item's No.), 0 when not about a column
     * @param itemName   the item's name as the standard writes it, or {@code null}
     * @param byteOffset 0-based byte offset in the file, -1 when not known
     * @param arguments  message arguments: counts, names, expectations — never cell contents
     */
    public CsvProblem(String ruleId, Severity severity, String fileName, int line, int column, String itemName,
            long byteOffset, Object... arguments) {
        this(Messages::format, ruleId, severity, fileName, line, column, itemName, byteOffset, arguments);
    }

    /**
     * A problem whose message ({@code rule.<ruleId>}) comes from another bundle's texts, e.g. a
     * validation rule's; its arguments may be {@link MessageSource.Text}s of that source too.
     */
    public CsvProblem(MessageSource messages, String ruleId, Severity severity, String fileName, int line, int column,
            String itemName, long byteOffset, Object... arguments) {
        this.messages = messages;
        this.ruleId = ruleId;
        this.severity = severity;
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.itemName = itemName;
        this.byteOffset = byteOffset;
        this.arguments = arguments.clone();
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based line, 0 when the problem is about the whole file. */
    @Override
    public int getLine() {
        return line;
    }

    /** 1-based column (the item's No.), 0 when the problem is not about one item. */
    @Override
    public int getColumn() {
        return column;
    }

    public String itemName() {
        return itemName;
    }

    /** 0-based byte offset in the file, -1 when not known. */
    public long byteOffset() {
        return byteOffset;
    }

    @Override
    public String getLocation() {
        return fileName;
    }

    /** The message in English. */
    @Override
    public String getMessage() {
        return getMessage(Locale.ROOT);
    }

    /** The whole report line in the locale's language: where, rule, message. */
    public String getMessage(Locale locale) {
        StringBuilder where = new StringBuilder(fileName == null ? "" : fileName);
        if (line > 0) {
            where.append(Messages.format(locale, "problem.line", Integer.valueOf(line)));
        }
        if (column > 0) {
            where.append(Messages.format(locale, "problem.column", Integer.valueOf(column)));
        }
        if (itemName != null) {
            where.append(Messages.format(locale, "problem.item", itemName));
        }
        if (byteOffset >= 0) {
            where.append(Messages.format(locale, "problem.byte", Long.valueOf(byteOffset)));
        }
        Object[] all = new Object[arguments.length + 1];
        all[0] = itemName == null ? "" : itemName;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            all[i + 1] = argument instanceof MessageSource.Text text ? messages.format(locale, text.key(), text.arguments())
                    : argument instanceof MessageSource.Localized localized ? localized.text(locale) : argument;
        }
        return where + " [" + ruleId + "] " + messages.format(locale, "rule." + ruleId, all);
    }

    @Override
    public String toString() {
        return severity + " " + getMessage();
    }
}
