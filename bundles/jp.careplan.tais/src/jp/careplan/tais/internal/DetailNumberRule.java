/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.tais.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.careplan.layout.Column;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * TAIS-DETAIL, 明細判別コード on 第6表: empty on every row that is not 福祉用具貸与 (17); where one user has, on one
 * day, several 福祉用具貸与 rows of the same サービスコード and 単位数 (two handrails: 居室分, 廊下分) and numbers
 * them, they are numbered 1, 2, 3… — each present, none repeated, no gap. The number is optional: 「明細判別コードを
 * 利用しない場合は「Null（空）」」, so a group of such rows all without it is fine, as is a lone row. The text names 17
 * only; 67 (介護予防福祉用具貸与) rows are neither asked for a number nor refused one (read literally they would be
 * 「Null（空）」, by analogy numbered: either reading keeps what the sender wrote).
 */
public final class DetailNumberRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        Map<List<String>, List<Record>> same = new LinkedHashMap<>();
        for (Record record : context.records()) {
            Column column = Items.column(context, record, "detailCode");
            if (column == null || Items.column(context, record, Items.TAIS) == null) {
                continue; // 3.2 files: nothing of 4.x to check
            }
            String code = Items.value(record, "serviceCode");
            if (Items.rental(code) && code.startsWith("67")) {
                continue;
            }
            if (!Items.rental(code)) {
                if (Items.value(record, "detailCode") != null) {
                    context.report(record, column, "detail.notRental");
                }
                continue;
            }
            List<String> key = java.util.Arrays.asList(record.getInsurerNumber(), record.getInsuredNumber(),
                    Items.value(record, "providerCode"), Items.value(record, "serviceDate"), code, Items.value(record, "units"));
            same.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
        }
        for (List<Record> rows : same.values()) {
            if (rows.size() < 2 || rows.stream().allMatch(record -> Items.value(record, "detailCode") == null)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Record record : rows) {
                Column column = Items.column(context, record, "detailCode");
                String number = Items.value(record, "detailCode");
                if (number == null) {
                    context.report(record, column, "detail.missing");
                } else if (!seen.add(number) || !number.matches("[1-9][0-9]{0,8}") || Integer.parseInt(number) > rows.size()) {
                    // (nine digits at most before it is parsed: a longer value, which the reader keeps beside its
                    // CSV-FIELD problem, is out of the numbering anyway and must not end the check)
                    context.report(record, column, "detail.numbering");
                }
            }
        }
    }
}
