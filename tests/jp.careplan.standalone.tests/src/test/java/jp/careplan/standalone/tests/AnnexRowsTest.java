/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.ServiceUseAnnexRow;

/** 第7表 with its 種類別小計 (CD+AAAA) and 全合計 (ALL9) rows: told apart in the model, written back as read. */
class AnnexRowsTest {

    @Test
    void subtotalAndTotalRowsAreRecognisedAndComeBackUnchanged(@TempDir Path dir) throws Exception {
        YearMonth month = YearMonth.of(2025, 3);
        byte[] bytes = new SyntheticRecords(77).annexFile(Layouts.layout("UPSIKYU"), month, 3);
        Path file = Files.write(dir.resolve(CodecRoundTripTest.fileName("UPSIKYU", month)), bytes);

        CareplanResource resource = CodecRoundTripTest.load(file);

        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
        List<ServiceUseAnnexRow> rows = resource.document().getRecords().stream().map(ServiceUseAnnexRow.class::cast).toList();
        List<AnnexRowType> types = rows.stream().map(ServiceUseAnnexRow::getRowType).toList();
        assertEquals(3, types.stream().filter(type -> type == AnnexRowType.GRAND_TOTAL).count(), "one ALL9 row per user");
        assertEquals(3, types.stream().filter(type -> type == AnnexRowType.TYPE_SUBTOTAL).count());
        ServiceUseAnnexRow subtotal = rows.stream().filter(row -> row.getRowType() == AnnexRowType.TYPE_SUBTOTAL).findFirst()
                .orElseThrow();
        assertTrue(subtotal.getServiceCode().endsWith("AAAA"));
        assertEquals("0", subtotal.getUnits());
        assertNull(subtotal.getDiscountRate());
        ServiceUseAnnexRow total = rows.stream().filter(row -> row.getRowType() == AnnexRowType.GRAND_TOTAL).findFirst()
                .orElseThrow();
        assertEquals("9999999999", total.getProviderCode());
        assertEquals(AnnexRowType.DETAIL, rows.get(0).getRowType());
        assertArrayEquals(bytes, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry())));
    }
}
