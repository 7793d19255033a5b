/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);

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
        try {
            return text == null || text.length() != 8 ? null : LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The month of YYYYMM text, or {@code null} when it is not a real month. */
    static YearMonth month(String text) {
        try {
            return text == null || text.length() != 6 ? null : YearMonth.parse(text, MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean digits(String text) {
        return text != null && !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
