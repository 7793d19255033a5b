/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CodeListImport;
import jp.careplan.layout.CodeListRegistry;
import jp.careplan.layout.CodeListRegistry.Contribution;
import jp.careplan.layout.CodeListRegistry.Entry;
import jp.careplan.layout.CodeListRegistry.FormatException;

/**
 * Code lists kept outside the layouts (the 福祉用具 products of jp.careplan.tais): chosen per item name by priority
 * with ties reported, read once and only when needed; the bundle's sample list is of the standard's form; a list the
 * user supplies is read from the files other programs write, kept, and wins over the sample until removed.
 */
class CodeListsTest {

    private static final Charset MS932 = Charset.forName("windows-31j");

    private static Contribution list(String id, int priority, String contributor, AtomicInteger reads, Entry... entries) {
        return new Contribution(id, id, Set.of("TAISコード", "福祉用具届出コード"), priority, contributor, () -> {
            reads.incrementAndGet();
            return List.of(entries);
        });
    }

    @Test
    void theListOfTheHighestPriorityIsChosenTiesAreReportedAndListsAreReadOnceWhenNeeded() {
        CodeListRegistry registry = new CodeListRegistry();
        AtomicInteger reads = new AtomicInteger();
        registry.register(list("sample", 0, "a", reads, new Entry("00001-000001", "見本")));
        registry.register(list("vendor", 5, "b", reads, new Entry("00001-000002", "業者版")));
        registry.register(list("other", 5, "c", reads, new Entry("00001-000003", "別業者版")));
        assertEquals(0, reads.get(), "nothing is read before it is needed");

        CodeListRegistry.Resolution chosen = registry.forItem("福祉用具届出コード").orElseThrow();

        assertEquals("vendor", chosen.chosen().id());
        assertEquals(List.of("other"), chosen.ties().stream().map(Contribution::id).toList());
        assertEquals("業者版", chosen.find("00001-000002").orElseThrow().label());
        assertTrue(registry.forItem("サービスコード").isEmpty(), "a list applies only to the items it names");
        registry.forItem("TAISコード");
        assertEquals(3, reads.get(), "each list is read once");
    }

    @Test
    void aListThatCannotBeReadIsLeftOut() {
        CodeListRegistry registry = new CodeListRegistry();
        registry.register(new Contribution("broken", "broken", Set.of("TAISコード"), 9, "a", () -> null));
        registry.register(list("sample", 0, "b", new AtomicInteger(), new Entry("00001-000001", "見本")));

        assertEquals("sample", registry.forItem("TAISコード").orElseThrow().chosen().id());
    }

    @Test
    void theFileFormatSkipsCommentsAndNamesTheLineOfAProblem() throws Exception {
        List<Entry> entries = CodeListRegistry.read(new StringReader("\uFEFF# heading\n\n00001-000001,手すり, 据置型\n"));
        assertEquals(List.of(new Entry("00001-000001", "手すり, 据置型")), entries);

        FormatException twice = assertThrows(FormatException.class,
                () -> CodeListRegistry.read(new StringReader("1,a\n2,b\n1,c\n")));
        assertEquals(3, twice.line());
        FormatException noComma = assertThrows(FormatException.class, () -> CodeListRegistry.read(new StringReader("1 a\n")));
        assertEquals(1, noComma.line());
        assertFalse(noComma.getMessage().contains("1 a"), "no line's contents in a message");
    }

    /** The sample of jp.careplan.tais: invented products whose codes have the standard's form (5 digits, -, 6 digits). */
    @Test
    void theTaisSampleListHasCodesOfTheStandardsForm() throws Exception {
        List<Entry> entries;
        try (InputStream in = CodeListsTest.class.getClassLoader().getResourceAsStream("codes/products-sample.csv")) {
            assertNotNull(in, "jp.careplan.tais is on the class path");
            entries = CodeListRegistry.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertTrue(entries.size() >= 20, () -> entries.size() + " entries");
        assertTrue(entries.stream().allMatch(entry -> entry.code().matches("\\d{5}-\\d{6}")), entries::toString);
        assertTrue(entries.stream().allMatch(entry -> entry.label().contains("見本")), "the sample says it is one");
    }

    @Test
    void aListTheUserSuppliesIsReadKeptAndWinsUntilRemoved(@TempDir Path dir) throws Exception {
        // as another program writes it: MS932, a heading, quoted names with commas, more columns than two
        String text = "TAISコード,商品名,企業名\r\n\"00123-000456\",\"歩行器, 四輪（架空）\",架空企業\r\n00123-000789,つえ（架空）,架空企業\r\n";
        Path supplied = Files.write(dir.resolve("products.csv"), text.getBytes(MS932));
        CodeListRegistry registry = new CodeListRegistry();
        AtomicInteger reads = new AtomicInteger();
        Contribution sample = list("jp.careplan.tais.products", 0, "jp.careplan.tais", reads, new Entry("00001-000001", "見本"));
        registry.register(sample);
        CodeListImport imports = new CodeListImport(dir.resolve("codelists"));

        List<Entry> entries = CodeListImport.read(supplied);
        imports.store(sample, entries, registry);

        assertEquals(List.of(new Entry("00123-000456", "歩行器, 四輪（架空）"), new Entry("00123-000789", "つえ（架空）")), entries);
        CodeListRegistry.Resolution chosen = registry.forItem("TAISコード").orElseThrow();
        assertTrue(CodeListImport.isImported(chosen.chosen()));
        assertEquals(entries, chosen.entries());

        // the next start: the kept list is registered again over the contributed one
        CodeListRegistry restarted = new CodeListRegistry();
        restarted.register(sample);
        new CodeListImport(dir.resolve("codelists")).registerStored(restarted);
        assertEquals(entries, restarted.forItem("TAISコード").orElseThrow().entries());

        imports.remove(sample, restarted);
        assertEquals("jp.careplan.tais", restarted.forItem("TAISコード").orElseThrow().chosen().contributor());
    }

    @Test
    void aSuppliedFileWithARepeatedCodeIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Path supplied = Files.write(dir.resolve("products.csv"),
                "00123-000456,一\n00123-000789,二\n00123-000456,三\n".getBytes(StandardCharsets.UTF_8));

        FormatException problem = assertThrows(FormatException.class, () -> CodeListImport.read(supplied));

        assertEquals(3, problem.line());
        assertFalse(problem.getMessage().contains("00123"), "no cell in a message");
    }

    /** Nothing is guessed or repaired: bytes that are neither UTF-8 nor MS932, or a code that would not come back, are refused. */
    @Test
    void aFileThatCannotBeKeptAsItIsIsRefused(@TempDir Path dir) throws Exception {
        Path garbled = Files.write(dir.resolve("garbled.csv"), new byte[] { '1', ',', (byte) 0x81, (byte) 0x20, '\n' });
        Path comma = Files.write(dir.resolve("comma.csv"), "\"00123,456\",名前\n".getBytes(StandardCharsets.UTF_8));
        Path hash = Files.write(dir.resolve("hash.csv"), "00123-000456,一\n#1,二\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(1, assertThrows(FormatException.class, () -> CodeListImport.read(garbled)).line());
        assertEquals(1, assertThrows(FormatException.class, () -> CodeListImport.read(comma)).line());
        assertEquals(2, assertThrows(FormatException.class, () -> CodeListImport.read(hash)).line());
    }
}
