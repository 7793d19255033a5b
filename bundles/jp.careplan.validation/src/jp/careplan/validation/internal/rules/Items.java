/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseAnnexRow;

/** Reading items of records for rules: by feature name, as calendar values, 第7表 rows per user. */
final class Items {


    private Items() {
    }

    /** The 第7表 rows of a file per user (保険者番号 + 被保険者番号), users and rows in file order. */
    static Collection<List<ServiceUseAnnexRow>> annexRowsByUser(List<Record> records) {
        Map<List<String>, List<ServiceUseAnnexRow>> users = new LinkedHashMap<>();
        for (Record record : records) {
            if (record instanceof ServiceUseAnnexRow row) {
                users.computeIfAbsent(List.of(Objects.toString(row.getInsurerNumber(), ""), Objects.toString(row.getInsuredNumber(), "")),
                        key -> new ArrayList<>()).add(row);
            }
        }
        return users.values();
    }

    /** The text of an item, or {@code null} when empty or when the record has no such feature. */
    static String value(Record record, String feature) {
        EStructuralFeature found = record.eClass().getEStructuralFeature(feature);
        Object value = found == null ? null : record.eGet(found);
        return value instanceof String text && !text.isEmpty() ? text : null;
    }

    /** The date of YYYYMMDD text, or {@code null} when it is not a real date. */
    static LocalDate date(String text) {
        if (text == null || text.length() != 8 || !digits(text)) {
            return null;
        }
        // read by hand: DateTimeFormatter is slow to start and to run, and rules read a date per record
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month of YYYYMM text, or {@code null} when it is not a real month. */
    static YearMonth month(String text) {
        if (text == null || text.length() != 6 || !digits(text)) {
            return null;
        }
        try {
            return YearMonth.of(number(text, 0, 4), number(text, 4, 6));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String digits, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + digits.charAt(i) - '0';
        }
        return value;
    }

    static boolean digits(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
