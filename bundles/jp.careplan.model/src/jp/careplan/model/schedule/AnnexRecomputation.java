/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.model.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.careplan.ServiceUseRow;

/**
 * 第7表 recomputed from the 第6表 it summarises, per user, row by row, as the paper form adds up:
 * <ul>
 * <li>a detail row's 回数／日数 is the sum of サービス回数 of the 第6表 rows of the same user, サービス事業者コード,
 * サテライト枝番 and サービスコード;</li>
 * <li>its サービス単位／金額 is 単位数 × 回数／日数;</li>
 * <li>a 区分支給対象種類別小計 (AAAA) row's サービス単位／金額 is the sum of its サービス種類's detail rows, the 全合計
 * (ALL9) row's the sum of all detail rows.</li>
 * </ul>
 * The standard prints the form, not its arithmetic (the checker reports such differences as warnings), so
 * this is what the form says, offered to compare with. Values that are not whole numbers are not
 * recomputed; EEEE and ZZZZ subtotals are not recomputed. Nothing in the rows is changed here.
 */
public final class AnnexRecomputation {

    /** One 第7表 row with what the 第6表 makes of it ({@code null}: not recomputed). */
    public record Line(ServiceUseAnnexRow row, String expectedCount, String expectedAmount) {

        public boolean countDiffers() {
            return expectedCount != null && !expectedCount.equals(row.getCountOrDays());
        }

        public boolean amountDiffers() {
            return expectedAmount != null && !expectedAmount.equals(row.getServiceUnitsAmount());
        }

        public boolean differs() {
            return countDiffers() || amountDiffers();
        }
    }

    private AnnexRecomputation() {
    }

    /** The lines of the 第7表 rows among {@code annex}, in file order, recomputed from the 第6表 rows among {@code schedule}. */
    public static List<Line> of(List<? extends Record> annex, List<? extends Record> schedule) {
        Map<List<String>, Long> counts = new HashMap<>();
        for (Record record : schedule) {
            if (record instanceof ServiceUseRow row) {
                Long count = number(row.getServiceCount());
                if (count != null) {
                    counts.merge(List.of(text(row.getInsurerNumber()), text(row.getInsuredNumber()), text(row.getProviderCode()),
                            text(row.getSatelliteBranch()), text(row.getServiceCode())), count, Long::sum);
                }
            }
        }
        Map<List<String>, List<ServiceUseAnnexRow>> byUser = new LinkedHashMap<>();
        for (Record record : annex) {
            if (record instanceof ServiceUseAnnexRow row) {
                byUser.computeIfAbsent(List.of(text(row.getInsurerNumber()), text(row.getInsuredNumber())), k -> new ArrayList<>())
                        .add(row);
            }
        }
        Map<ServiceUseAnnexRow, Line> lines = new HashMap<>();
        for (List<ServiceUseAnnexRow> rows : byUser.values()) {
            Map<String, Long> perType = new HashMap<>();
            long total = 0;
            boolean complete = true;
            for (ServiceUseAnnexRow row : rows) {
                if (row.getRowType() != AnnexRowType.DETAIL) {
                    continue;
                }
                Long count = counts.get(List.of(text(row.getInsurerNumber()), text(row.getInsuredNumber()),
                        text(row.getProviderCode()), text(row.getSatelliteBranch()), text(row.getServiceCode())));
                Long units = number(row.getUnits());
                Long amount = count != null && units != null ? units * count : number(row.getServiceUnitsAmount());
                lines.put(row, new Line(row, count == null ? null : count.toString(),
                        count != null && units != null ? amount.toString() : null));
                if (amount == null || text(row.getServiceCode()).length() != 6) {
                    complete = false;
                    continue;
                }
                perType.merge(row.getServiceCode().substring(0, 2), amount, Long::sum);
                total += amount;
            }
            for (ServiceUseAnnexRow row : rows) {
                if (row.getRowType() == AnnexRowType.TYPE_SUBTOTAL && complete) {
                    Long sum = perType.get(text(row.getServiceCode()).length() >= 2 ? row.getServiceCode().substring(0, 2) : "");
                    lines.put(row, new Line(row, null, sum == null ? null : sum.toString()));
                } else if (row.getRowType() == AnnexRowType.GRAND_TOTAL && complete) {
                    lines.put(row, new Line(row, null, Long.toString(total)));
                } else {
                    lines.putIfAbsent(row, new Line(row, null, null));
                }
            }
        }
        List<Line> ordered = new ArrayList<>();
        for (Record record : annex) {
            Line line = record instanceof ServiceUseAnnexRow row ? lines.get(row) : null;
            if (line != null) {
                ordered.add(line);
            }
        }
        return ordered;
    }

    /** A whole number as 整数 items write it, negative for a 減算 row; {@code null} when the text is none. */
    private static Long number(String text) {
        int start = text != null && text.startsWith("-") ? 1 : 0;
        if (text == null || text.length() == start || text.length() - start > 12) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    private static String text(String value) {
        return Objects.toString(value, "");
    }
}
