/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutFactory;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutRegistry.Contribution;
import jp.careplan.layout.LayoutRegistry.Resolution;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.layout.util.LayoutResourceFactoryImpl;

/** Choosing a layout by kind, CSVバージョン and service month; priorities and ties; plain Java. */
class LayoutRegistryTest {

    private static LayoutSet set(String id, String csvVersion, String validFrom, int priority, String... kinds) {
        LayoutSet set = LayoutFactory.eINSTANCE.createLayoutSet();
        set.setId(id);
        set.setCsvVersion(csvVersion);
        set.setValidFrom(validFrom);
        set.setPriority(priority);
        for (String kind : kinds) {
            FileLayout layout = LayoutFactory.eINSTANCE.createFileLayout();
            layout.setKind(kind);
            layout.setName(kind + " of " + id);
            layout.setRecordClass(EcorePackage.Literals.EOBJECT);
            Column version = LayoutFactory.eINSTANCE.createColumn();
            version.setNumber(1);
            version.setName("CSVバージョン");
            version.setType(ColumnType.YEAR_MONTH);
            version.setLength(6);
            layout.getColumns().add(version);
            set.getFileLayouts().add(layout);
        }
        return set;
    }

    @Test
    void theLayoutOfTheRecordsVersionIsChosen() {
        LayoutRegistry registry = new LayoutRegistry();
        LayoutSet v3 = set("v3", "202208", "202301", 0, "UPPLAN", "UP1KYO");
        LayoutSet v4 = set("v4", "202407", "202504", 0, "UPPLAN", "UP3KYO");
        registry.register(v3);
        registry.register(v4);

        assertSame(v3, registry.resolve("UPPLAN", "202208", "202503").layout().getLayoutSet());
        assertSame(v4, registry.resolve("UPPLAN", "202407", "202504").layout().getLayoutSet());
        assertTrue(registry.resolve("UP3KYO", "202208", "202503").found().isEmpty(), "3.2 has no 第3表");
        assertTrue(registry.resolve("UPPLAN", "209912", null).found().isEmpty(), "an unknown CSVバージョン has no layout");
        assertTrue(registry.resolve("UPPLAN", "202407", "202503").found().isEmpty(),
                "4.1 applies from service month 2025-04 only");
        assertSame(v4, registry.resolveRecords("UPPLAN", "202407", "202503").layout().getLayoutSet(),
                "but 4.1's records of an earlier month are 4.1's: read (and told the wrong version) by 4.1's layout");
        assertSame(v3, registry.resolveRecords("UPPLAN", "202208", "202504").layout().getLayoutSet());
        assertTrue(registry.resolveRecords("UPPLAN", "209912", "202504").found().isEmpty());
        assertTrue(registry.resolveRecords("UP3KYO", "202208", "202503").found().isEmpty());
        assertTrue(registry.knowsVersion("202407"));
        assertFalse(registry.knowsVersion("202504"), "4.0's printed 202504 was corrected by 4.1");
    }

    @Test
    void theVersionOfAServiceMonthIsTheLatestThatHasBegun() {
        LayoutRegistry registry = new LayoutRegistry();
        registry.register(set("v3", "202208", "202301", 0, "UPPLAN"));
        registry.register(set("v4", "202407", "202504", 0, "UPPLAN"));

        assertEquals(Optional.of("202208"), registry.versionFor("UPPLAN", "202503"));
        assertEquals(Optional.of("202407"), registry.versionFor("UPPLAN", "202504"));
        assertEquals(Optional.empty(), registry.versionFor("UPPLAN", "202212"));
    }

    @Test
    void theHigherPriorityWinsAndEqualPrioritiesAreReportedNotOrdered() {
        LayoutRegistry registry = new LayoutRegistry();
        LayoutSet core = set("core", "202407", "202504", 0, "UPPLAN");
        LayoutSet vendorFix = set("vendor-fix", "202407", "202504", 10, "UPPLAN");
        LayoutSet otherVendor = set("other-vendor", "202407", "202504", 10, "UPPLAN");
        registry.register(core);
        registry.register(vendorFix);

        Resolution resolution = registry.resolve("UPPLAN", "202407", "202505");
        assertSame(vendorFix, resolution.layout().getLayoutSet());
        assertTrue(resolution.conflicts().isEmpty());

        registry.register(otherVendor);
        Resolution tied = registry.resolve("UPPLAN", "202407", "202505");
        assertEquals(1, tied.conflicts().size(), "two sets of priority 10 claim UPPLAN 202407");
        assertTrue(List.of(vendorFix, otherVendor).contains(tied.layout().getLayoutSet()));
    }

    @Test
    void aDeclaredSetIsLoadedOnlyWhenAFileNeedsItAndOnlyOnce() {
        LayoutRegistry registry = new LayoutRegistry();
        AtomicInteger loads = new AtomicInteger();
        registry.register(new Contribution("lazy", "202407", "202504", 0, "test", () -> {
            loads.incrementAndGet();
            return set("lazy", "202407", "202504", 0, "UPPLAN");
        }));
        registry.register(set("v3", "202208", "202301", 0, "UPPLAN"));

        registry.resolve("UPPLAN", "202208", "202503");
        assertEquals(0, loads.get(), "a lookup of another version does not load it");
        registry.resolve("UPPLAN", "202407", "202505");
        registry.resolve("UPPLAN", "202407", "202506");
        assertEquals(1, loads.get());
        registry.unregisterContributor("test");
        assertTrue(registry.resolve("UPPLAN", "202407", "202505").found().isEmpty());
    }

    @Test
    void aLayoutSetFileIsLoadedInPlainJava(@TempDir Path dir) throws Exception {
        LayoutSet written = set("file", "202208", "202301", 0, "UPPLAN");
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("layout", new LayoutResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createFileURI(dir.resolve("test.layout").toString()));
        resource.getContents().add(written);
        resource.save(null);

        LayoutSet read = LayoutSets.load(URI.createFileURI(dir.resolve("test.layout").toString()));

        assertEquals("202208", read.getCsvVersion());
        assertEquals("CSVバージョン", read.getFileLayouts().get(0).getColumns().get(0).getName());
        assertSame(EcorePackage.Literals.EOBJECT, read.getFileLayouts().get(0).getRecordClass());
        assertTrue(read.getFileLayouts().get(0).getColumns().get(0).getType() == ColumnType.YEAR_MONTH);
    }
}
