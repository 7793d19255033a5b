/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutRegistry.Contribution;
import jp.careplan.model.careplan.CareplanDocument;

/**
 * The 3.2 layouts reach the codec through the extension point, exactly as a vendor's would, and a
 * standard file name opens through the resource factory the csv bundle registers — no code wires them.
 */
class LayoutsInOsgiTest {

    @Test
    void theSpecV3BundleContributesItsLayoutSetThroughTheExtensionPoint() {
        LayoutRegistry registry = LayoutRegistry.getDefault();
        Contribution v3 = registry.contributions().stream().filter(c -> c.id().equals("jp.careplan.spec.v3")).findFirst()
                .orElseThrow(() -> new AssertionError("contributions: " + registry.contributions()));
        assertEquals("202208", v3.csvVersion());
        assertEquals("202301", v3.validFrom());
        assertEquals("jp.careplan.spec.v3", v3.contributor());
        FileLayout upplan = registry.resolve("UPPLAN", "202208", "202503").layout();
        assertEquals("第6表（サービス利用票）予定", upplan.getName());
        assertEquals(22, upplan.getColumns().size());
    }

    @Test
    void aStandardFileOpensThroughTheResourceSetAndSavesBackIdentically(@TempDir Path dir) throws Exception {
        FileLayout layout = LayoutRegistry.getDefault().resolve("UPSIKYU", "202208", "202503").layout();
        byte[] bytes = new SyntheticRecords(5).file(layout, YearMonth.of(2025, 3), 12);
        Path file = Files.write(dir.resolve("UPSIKYU_202503_1234567890_2345678901_20250225101500.CSV"), bytes);

        Resource resource = new ResourceSetImpl().getResource(URI.createFileURI(file.toString()), true);

        CareplanResource careplan = assertInstanceOf(CareplanResource.class, resource);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        CareplanDocument document = careplan.document();
        assertEquals(12, document.getRecords().size());
        assertEquals("ServiceUseAnnexRow", document.getRecords().get(0).eClass().getName());
        assertArrayEquals(bytes, careplan.toBytes(Map.of()));
    }
}
