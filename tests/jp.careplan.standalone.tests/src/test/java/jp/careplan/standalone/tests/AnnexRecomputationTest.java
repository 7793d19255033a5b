/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static jp.careplan.standalone.tests.ServiceCalendarTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.schedule.AnnexRecomputation;
import jp.careplan.model.schedule.AnnexRecomputation.Line;

/** 第7表 recomputed from its 第6表 as the form adds up: counts, 単位数 × 回数, subtotals and the total. */
class AnnexRecomputationTest {

    private static final String A = "0000000001";

    /** A 第7表 row; its kind (明細, AAAA, ALL9) follows from the サービスコード. */
    private static ServiceUseAnnexRow annex(String service, String provider, String units, String count, String amount,
            AnnexRowType type) {
        ServiceUseAnnexRow row = CareplanFactory.eINSTANCE.createServiceUseAnnexRow();
        row.setInsurerNumber("131001");
        row.setInsuredNumber(A);
        row.setServiceCode(service);
        row.setProviderCode(provider);
        row.setUnits(units);
        row.setCountOrDays(count);
        row.setServiceUnitsAmount(amount);
        assertEquals(type, row.getRowType());
        return row;
    }

    @Test
    void detailsSubtotalsAndTheTotalAreRecomputedAndDifferencesFound() {
        List<ServiceUseRow> schedule = List.of(row(A, "20250203", "111111", "P1", "0900", "1000", "1"),
                row(A, "20250210", "111111", "P1", "0900", "1000", "3"),
                row(A, "20250205", "112222", "P1", "1400", "1500", "1"));
        ServiceUseAnnexRow homeHelp = annex("111111", "P1", "250", "2", "500", AnnexRowType.DETAIL); // 4 uses, not 2
        ServiceUseAnnexRow other = annex("112222", "P1", "300", "1", "300", AnnexRowType.DETAIL);
        ServiceUseAnnexRow subtotal = annex("11AAAA", "P1", "0", "5", "800", AnnexRowType.TYPE_SUBTOTAL);
        ServiceUseAnnexRow total = annex("999999", "9999999999", "0", "5", "800", AnnexRowType.GRAND_TOTAL);

        List<Line> lines = AnnexRecomputation.of(List.of(homeHelp, other, subtotal, total), schedule);

        assertEquals(4, lines.size());
        assertEquals("4", lines.get(0).expectedCount());
        assertEquals("1000", lines.get(0).expectedAmount(), "単位数 250 × 4");
        assertTrue(lines.get(0).countDiffers() && lines.get(0).amountDiffers());
        assertFalse(lines.get(1).differs());
        assertEquals("1300", lines.get(2).expectedAmount(), "the 種類 11 subtotal: 1000 + 300");
        assertEquals("1300", lines.get(3).expectedAmount());
        assertEquals(null, lines.get(3).expectedCount(), "a total's 回数 is not recomputed");
        assertEquals("2", homeHelp.getCountOrDays(), "nothing is changed");
    }

    @Test
    void aDetailWithoutScheduleRowsIsNotRecomputed() {
        ServiceUseAnnexRow orphan = annex("111111", "P9", "250", "2", "500", AnnexRowType.DETAIL);

        Line line = AnnexRecomputation.of(List.of(orphan), List.of()).get(0);

        assertEquals(null, line.expectedCount());
        assertFalse(line.differs());
    }
}
