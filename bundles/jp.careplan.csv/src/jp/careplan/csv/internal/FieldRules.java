/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.internal;

import jp.careplan.layout.Code;
import jp.careplan.layout.CodeList;
import jp.careplan.layout.Column;

/**
 * The field rules the layout data states directly: required items, lengths, and the characters each
 * type allows. Checked on every field as it is read (a few comparisons, no allocation). Calendar
 * validity, code semantics and rules across records belong to the validation bundle.
 */
public final class FieldRules {

    private FieldRules() {
    }

    /**
     * What the value should have been, as a message key ({@code field.*}), or {@code null} when it is
     * fine.
     */
    public static String check(Column column, String value) {
        if (value == null || value.isEmpty()) {
            return column.isRequired() ? "field.required" : null;
        }
        int length = column.getLength();
        // a type of a fixed form (a date, a time, an 事業所番号 …) says what the value should look like, which a value too
        // long breaks as well: "a date YYYYMMDD" tells more than "longer than 8" (2025/02/21)
        if (length > 0 && value.length() > length && jp.careplan.layout.LayoutCheck.fixedLength(column.getType()) == null) {
            return "field.length";
        }
        switch (column.getType()) {
        case DIGITS:
            return digits(value) && (length == 0 || value.length() == length) ? null : "field.digits";
        case INTEGER:
            // 「整数」: a whole number, which may be negative — a 減算 row's 単位数 is (「減算の単位数を設定し」); the
            // digests nowhere restrict an 整数 item to zero and above, and the sign counts within the 項目長 as any
            // character does (the layouts' header says so)
            return digits(value.startsWith("-") ? value.substring(1) : value) ? null : "field.integer";
        case DECIMAL:
            return decimal(value) ? null : "field.decimal";
        case DATE:
            return value.length() == 8 && digits(value) ? null : "field.date";
        case YEAR_MONTH:
            return value.length() == 6 && digits(value) ? null : "field.yearMonth";
        case TIME:
            return value.length() == 4 && digits(value) ? null : "field.time";
        case DAY_FLAGS:
            return value.length() == 31 && zerosAndOnes(value) ? null : "field.dayFlags";
        case INSURED_NUMBER:
            return value.length() == 10 && (digits(value) || value.charAt(0) == 'H' && digits(value.substring(1)))
                    ? null : "field.insuredNumber";
        case OFFICE_NUMBER:
            return value.length() == 10 && digits(value) ? null : "field.officeNumber";
        case POSTAL_CODE:
            return value.length() == 8 && value.charAt(3) == '-' && digits(value.substring(0, 3)) && digits(value.substring(4))
                    ? null : "field.postalCode";
        case SERVICE_CODE:
            return value.length() == 6 && alphanumeric(value) ? null : "field.serviceCode";
        case SERVICE_TYPE:
            return value.length() == 2 && alphanumeric(value) ? null : "field.serviceType";
        case CODE:
            return inCodeList(column.getCodeList(), value) ? null : "field.code";
        default:
            return null;
        }
    }

    private static boolean digits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean zerosAndOnes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '0' && c != '1') {
                return false;
            }
        }
        return true;
    }

    /** Digits and capital letters only, as サービスコード and サービス種類コード are written (43, 2A, A5, 17AAAA). */
    public static boolean alphanumeric(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean decimal(String value) {
        int dot = value.indexOf('.');
        return dot < 0 ? digits(value) : digits(value.substring(0, dot)) && digits(value.substring(dot + 1));
    }

    private static boolean inCodeList(CodeList list, String value) {
        if (list == null || list.isOpen() || list.getCodes().isEmpty()) {
            return true;
        }
        for (Code code : list.getCodes()) {
            if (code.getValue().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
