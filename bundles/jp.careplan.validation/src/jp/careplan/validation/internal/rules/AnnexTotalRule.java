/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.careplan.layout.FileLayout;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.validation.spi.RecordRule;
import jp.careplan.validation.spi.RuleContext;

/**
 * VAL-ANNEX-TOTAL (第7表): each user (保険者番号 + 被保険者番号) has exactly one 全合計 row (ALL9, 必須出力),
 * and a 区分支給対象種類別小計 (種類 + AAAA) for every サービス種類 with more than one detail row inside the 区分支給限度
 * (「サービスコードが複数行の場合は必須」), which are the rows with a 給付管理単位数. Rows of one サービス種類 are counted
 * together across 事業所, as the digest words the rule per サービス種類.
 */
public final class AnnexTotalRule implements RecordRule {

    @Override
    public void check(RuleContext context) {
        for (List<ServiceUseAnnexRow> rows : Items.annexRowsByUser(context.records())) {
            ServiceUseAnnexRow first = rows.get(0);
            FileLayout layout = context.layoutOf(first);
            if (layout == null) {
                continue;
            }
            List<ServiceUseAnnexRow> totals = rows.stream().filter(row -> row.getRowType() == AnnexRowType.GRAND_TOTAL).toList();
            if (totals.isEmpty()) {
                context.report(rows.get(rows.size() - 1), context.column(layout, "serviceCode"), "annex.noTotal");
            } else if (totals.size() > 1) {
                context.report(totals.get(1), context.column(layout, "serviceCode"), "annex.twoTotals");
            }
            Map<String, Integer> detailsByType = new LinkedHashMap<>();
            Map<String, ServiceUseAnnexRow> lastDetail = new LinkedHashMap<>();
            List<String> subtotals = new ArrayList<>();
            for (ServiceUseAnnexRow row : rows) {
                String code = row.getServiceCode();
                if (code == null || code.length() != 6) {
                    continue;
                }
                if (row.getRowType() == AnnexRowType.DETAIL && row.getBenefitManagedUnits() != null && !row.getBenefitManagedUnits().isEmpty()) {
                    // only rows inside the 区分支給限度 need the 区分支給対象 subtotal: a row outside it has 給付管理単位数
                    // 「Null（空） 固定」 (so a row with it empty may be outside, and is not counted: no subtotal is
                    // demanded that the standard may not; 区分支給対象外 rows have their own, optional EEEE subtotal)
                    detailsByType.merge(code.substring(0, 2), 1, Integer::sum);
                    lastDetail.put(code.substring(0, 2), row);
                } else if (row.getRowType() == AnnexRowType.TYPE_SUBTOTAL) {
                    subtotals.add(code.substring(0, 2));
                }
            }
            detailsByType.forEach((type, count) -> {
                if (count > 1 && !subtotals.contains(type)) {
                    context.report(lastDetail.get(type), context.column(layout, "serviceCode"), "annex.noSubtotal");
                }
            });
        }
    }
}
