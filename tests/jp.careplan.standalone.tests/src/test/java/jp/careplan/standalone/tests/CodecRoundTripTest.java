/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CareplanResourceFactory;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.Record;

/** A conforming file of every kind read and written back is byte-identical. */
class CodecRoundTripTest {

    static final String SENDER = "1234567890";
    static final String RECEIVER = "2345678901";

    static String fileName(String kind, YearMonth month) {
        FileLayout layout = Layouts.layout(kind);
        String monthPart = switch (layout.getMonthSegment()) {
        case NONE -> "";
        default -> String.format("_%04d%02d", month.getYear(), month.getMonthValue());
        };
        return kind + monthPart + "_" + SENDER + "_" + RECEIVER + "_20250310093000.CSV";
    }

    static CareplanResource load(Path file) {
        return load(file, Layouts.registry());
    }

    static CareplanResource load(Path file, LayoutRegistry registry) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("CSV", new CareplanResourceFactory());
        resourceSet.getLoadOptions().put(CareplanResource.OPTION_LAYOUTS, registry);
        Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
        return assertInstanceOf(CareplanResource.class, resource);
    }

    @ParameterizedTest
    @ValueSource(strings = { "UPHOSOKU", "UP1KYO", "DLT1KYO", "UP2KYO", "UPPLAN", "DLTPLAN", "UPJSK", "DLTJSK", "UPSIKYU" })
    void aConformingFileComesBackByteIdentical(String kind, @TempDir Path dir) throws Exception {
        YearMonth month = YearMonth.of(2025, 2);
        byte[] written = new SyntheticRecords(kind.hashCode()).file(Layouts.layout(kind), month, 40);
        Path file = Files.write(dir.resolve(fileName(kind, month)), written);

        CareplanResource resource = load(file);

        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
        assertTrue(resource.getWarnings().isEmpty(), () -> resource.getWarnings().toString());
        CareplanDocument document = resource.document();
        assertEquals(40, document.getRecords().size());
        assertEquals(kind, document.getKind());
        assertArrayEquals(written, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry())));
    }

    @ParameterizedTest
    @ValueSource(strings = { "UP2KYO", "UPPLAN", "UPHOSOKU" })
    void theOtherByteFormOfADoubledCharacterComesBackInTheBytesItCameIn(String kind, @TempDir Path dir) throws Exception {
        YearMonth month = YearMonth.of(2025, 3);
        byte[] canonical = new SyntheticRecords(99).file(Layouts.layout(kind), month, 60);
        byte[] other = SyntheticRecords.withOtherByteForms(canonical);
        assertTrue(!Arrays.equals(canonical, other), "the generated text holds 髙 or ∵");
        Path file = Files.write(dir.resolve(fileName(kind, month)), other);

        CareplanResource resource = load(file);

        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
        byte[] back = resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry()));
        assertArrayEquals(other, back, "EE E0 / 87 9A stay as they came");

        // an item edited to a new value is written in the one form Java writes
        Record first = resource.document().getRecords().get(0);
        String textFeature = Layouts.layout(kind).getColumns().stream().filter(Column::isFreeText).findFirst()
                .orElseThrow().getFeature();
        first.eSet(first.eClass().getEStructuralFeature(textFeature), "髙∵");
        byte[] edited = resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry()));
        assertTrue(indexOf(edited, new byte[] { '"', (byte) 0xFB, (byte) 0xFC, (byte) 0x81, (byte) 0xE6, '"' }) >= 0);
    }

    /**
     * A file large enough that the reader decodes it ahead on a second thread (past the first 8,192
     * records, in batches): the records come in order, a code equal to the record before's shares its String, and the file
     * comes back byte for byte, other byte forms included.
     */
    @Test
    void aLargeFileComesBackByteIdentical(@TempDir Path dir) throws Exception {
        YearMonth month = YearMonth.of(2025, 3);
        FileLayout layout = Layouts.layout("UPPLAN");
        byte[] other = SyntheticRecords.withOtherByteForms(new SyntheticRecords(2026).file(layout, month, 30_000));
        Path file = Files.write(dir.resolve(fileName("UPPLAN", month)), other);

        CareplanResource resource = load(file);

        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
        assertTrue(resource.getWarnings().isEmpty(), () -> resource.getWarnings().toString());
        List<Record> records = resource.document().getRecords();
        assertEquals(30_000, records.size());
        EStructuralFeature version = records.get(0).eClass().getEStructuralFeature(layout.getColumns().get(0).getFeature());
        Set<Object> versions = Collections.newSetFromMap(new IdentityHashMap<>());
        records.forEach(record -> versions.add(record.eGet(version)));
        assertTrue(versions.size() < 1_000, () -> "a code equal to the record before's is its String: " + versions.size());
        assertArrayEquals(other, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry())));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, 0, needle);
    }

    static int indexOf(byte[] haystack, int from, byte[] needle) {
        outer: for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = { "UPPLAN" })
    void emptyAndQuotedEmptyAreTwoThingsAndBothComeBack(String kind, @TempDir Path dir) throws Exception {
        YearMonth month = YearMonth.of(2025, 4);
        FileLayout layout = Layouts.layout(kind);
        List<String> values = new ArrayList<>(new SyntheticRecords(1).values(layout, month));
        int providerName = 18 - 1; // No.18 サービス事業所名, free text
        values.set(providerName, null);
        List<String> quotedEmpty = new ArrayList<>(values);
        quotedEmpty.set(providerName, "");
        byte[] written = SyntheticRecords.encode(layout, List.of(values, quotedEmpty));
        Path file = Files.write(dir.resolve(fileName(kind, month)), written);

        CareplanResource resource = load(file);

        Record bare = resource.document().getRecords().get(0);
        Record quoted = resource.document().getRecords().get(1);
        String feature = layout.getColumns().get(providerName).getFeature();
        assertNull(bare.eGet(bare.eClass().getEStructuralFeature(feature)));
        assertEquals("", quoted.eGet(quoted.eClass().getEStructuralFeature(feature)));
        assertArrayEquals(written, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry())));
    }
}
