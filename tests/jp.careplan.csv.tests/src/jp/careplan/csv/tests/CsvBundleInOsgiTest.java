/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.exchange.ExchangePackage;
import jp.careplan.model.exchange.FileName;

/**
 * The model and CSV bundles as the workbench runs them: resolved by Equinox, the generated package
 * registered through its extension, messages found through the bundle's class loader.
 */
class CsvBundleInOsgiTest {

    /** The 3.2 layouts, as the extension point gives them to the product. */
    static LayoutSet v3() {
        return LayoutRegistry.getDefault().layoutSets().stream().filter(set -> set.getId().equals("jp.careplan.spec.v3"))
                .findFirst().orElseThrow(() -> new AssertionError("jp.careplan.spec.v3 contributes no layout set"));
    }


    @Test
    void theCoreBundlesAreResolvedAndTheExchangePackageIsRegisteredByItsExtension() {
        Bundle csv = FrameworkUtil.getBundle(FileNames.class);
        assertNotNull(csv, "jp.careplan.csv runs as an OSGi bundle in this test");
        assertTrue((csv.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0);
        // the global registry is filled from the org.eclipse.emf.ecore.generated_package extension
        EPackage registered = EPackage.Registry.INSTANCE.getEPackage(ExchangePackage.eNS_URI);
        assertSame(ExchangePackage.eINSTANCE, registered);
    }

    @Test
    void messagesComeInJapaneseAndEnglishFromTheBundle() {
        FileNameException problem = assertThrows(FileNameException.class,
                () -> FileNames.of(LayoutRegistry.getDefault()).parse("UP1KYO_123456789_2468135790_20191110102233.CSV"));
        assertEquals("FN-SEGMENT", problem.ruleId());
        assertTrue(problem.getMessage(Locale.JAPANESE).contains("送信元の事業所番号は数字10桁"),
                problem.getMessage(Locale.JAPANESE));
        assertTrue(problem.getMessage(Locale.ENGLISH).contains("送信元の事業所番号 must be 10 digits"),
                problem.getMessage(Locale.ENGLISH));
    }

    @Test
    void aGeneratedMonthIsListedInImportOrderInsideOsgi(@TempDir Path folder) throws Exception {
        List<GeneratedFile> generated = new SyntheticExchange(11, v3()).writeMonth(folder, YearMonth.of(2025, 3));
        ExchangeFolder.Listing listing = new ExchangeFolder(FileNames.of(LayoutRegistry.getDefault())).scan(folder);

        List<String> expectedSerials = generated.stream().filter(GeneratedFile::conforming)
                .map(GeneratedFile::serial).sorted().toList();
        List<String> listedSerials = listing.files().stream().map(file -> file.getName().getSerial()).toList();
        assertEquals(expectedSerials, listedSerials);
        assertEquals(1, listing.rejected().size());
        FileName first = listing.files().get(0).getName();
        assertEquals("UP1KYO", first.getKind(), "the 第1表 unit comes first and 第1表 leads its unit");
    }
}
