/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.Locale;

import jp.careplan.csv.internal.Messages;

/**
 * A file name that follows neither naming rule of the standard. It says which rule was broken
 * ({@link #ruleId()}), where in the name ({@link #position()}), which segment by the standard's
 * name ({@link #itemName()}) and what was expected, in Japanese or English.
 */
public final class FileNameException extends Exception implements MessageSource.Localized {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the name; each has a stable rule id for reports and tests. */
    public enum Reason {
        /** The name does not end in the extension of its kind ({@code .CSV}, or an attachment's). */
        EXTENSION("FN-EXT"),
        /** The name does not start with the prefix of a known file kind. */
        UNKNOWN_KIND("FN-KIND"),
        /** The number of {@code _}-separated segments fits neither the 3.2 nor the 4.x rule. */
        SHAPE("FN-SHAPE"),
        /** A segment is not made of the expected number of digits. */
        SEGMENT("FN-SEGMENT"),
        /** The month segment is not a real year and month. */
        MONTH("FN-MONTH"),
        /** The ファイル連番 is not a real date and time (YYYYMMDDHHMMSS). */
        SERIAL("FN-SERIAL");

        private final String ruleId;

        Reason(String ruleId) {
            this.ruleId = ruleId;
        }

        public String ruleId() {
            return ruleId;
        }
    }

    private final String fileName;
    private final Reason reason;
    private final int position;
    private final String itemName;
    private final Object[] details;

    /**
     * @param fileName the name that was parsed
     * @param reason   what is wrong
     * @param position 1-based character position in the name where the problem starts
     * @param itemName the standard's name of the segment concerned, or {@code null}
     * @param details  values for the message (never file contents)
     */
    public FileNameException(String fileName, Reason reason, int position, String itemName, Object... details) {
        super(Messages.fileName(Locale.ROOT, fileName, reason, position, itemName, details));
        this.fileName = fileName;
        this.reason = reason;
        this.position = position;
        this.itemName = itemName;
        this.details = details.clone();
    }

    public String fileName() {
        return fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String ruleId() {
        return reason.ruleId();
    }

    /** 1-based character position in the file name where the problem starts. */
    public int position() {
        return position;
    }

    /** The standard's name of the segment concerned (送信元の事業所番号, …), or {@code null}. */
    public String itemName() {
        return itemName;
    }

    /** The message in the given locale's language (Japanese or English). */
    public String getMessage(Locale locale) {
        return Messages.fileName(locale, fileName, reason, position, itemName, details);
    }

    @Override
    public String text(Locale locale) {
        return getMessage(locale);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.getDefault());
    }
}
