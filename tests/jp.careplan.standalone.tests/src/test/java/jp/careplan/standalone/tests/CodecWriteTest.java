/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvWriteException;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.model.careplan.Record;

/** Writing: nothing outside MS932 is written or replaced; saves are atomic. */
class CodecWriteTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 2);
    private static final Map<String, Object> OPTIONS = Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry());

    private static CareplanResource loaded(Path dir) throws Exception {
        byte[] bytes = new SyntheticRecords(3).file(Layouts.layout("UP2KYO"), MONTH, 5);
        Path file = Files.write(dir.resolve(CodecRoundTripTest.fileName("UP2KYO", MONTH)), bytes);
        return CodecRoundTripTest.load(file);
    }

    private static EStructuralFeature feature(Record record, int number) {
        String name = Layouts.layout("UP2KYO").getColumns().get(number - 1).getFeature();
        return record.eClass().getEStructuralFeature(name);
    }

    @Test
    void charactersOutsideMs932AreReportedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        CareplanResource resource = loaded(dir);
        Path file = dir.resolve(CodecRoundTripTest.fileName("UP2KYO", MONTH));
        byte[] before = Files.readAllBytes(file);
        List<Record> records = resource.document().getRecords();
        records.get(1).eSet(feature(records.get(1), 7), "𠮷野家の前"); // 課題: a character outside MS932 (U+20BB7)
        records.get(3).eSet(feature(records.get(3), 14), "朝食😀"); // サービス内容: an emoji
        records.get(4).eSet(feature(records.get(4), 19), "週1回〜2回"); // 頻度: U+301C, MS932 has only U+FF5E ～

        CsvWriteException refused = assertThrows(CsvWriteException.class, () -> resource.save(OPTIONS));

        List<CsvProblem> problems = refused.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(List.of(2, 4, 5), problems.stream().map(CsvProblem::getLine).toList());
        assertEquals(List.of(7, 14, 19), problems.stream().map(CsvProblem::getColumn).toList());
        assertEquals(List.of("課題", "サービス内容", "頻度"), problems.stream().map(CsvProblem::itemName).toList());
        // where in the item (counted in characters, 😀 and 𠮷 one each), never which character: it is a piece of the cell
        assertTrue(problems.get(0).getMessage().endsWith("] character 1 of the item cannot be written in MS932 (Shift-JIS); "
                + "replace it with a character of MS932."), problems.get(0).getMessage());
        assertTrue(problems.get(1).getMessage(java.util.Locale.JAPANESE).contains("] 項目の 3 文字目は MS932"), problems.get(1).getMessage());
        assertTrue(problems.get(2).getMessage().contains("] character 4 of the item"), problems.get(2).getMessage());
        for (CsvProblem problem : problems) {
            for (String content : List.of("野家", "𠮷", "20BB7", "1F600", "301C", "〜", "😀")) {
                assertFalse(problem.getMessage().contains(content) || problem.getMessage(java.util.Locale.JAPANESE).contains(content),
                        "no cell content in the message: " + problem.getMessage());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file), "nothing was written");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file");
        }
    }

    @Test
    void aSaveReplacesTheFileAtomicallyAndOwnerOnly(@TempDir Path dir) throws Exception {
        CareplanResource resource = loaded(dir);
        Path file = dir.resolve(CodecRoundTripTest.fileName("UP2KYO", MONTH));
        Record record = resource.document().getRecords().get(0);
        record.eSet(feature(record, 14), "入浴介助、\"見守り\"\r\n週2回");

        resource.save(OPTIONS);

        CareplanResource again = CodecRoundTripTest.load(file);
        Record read = again.document().getRecords().get(0);
        assertEquals("入浴介助、\"見守り\"\r\n週2回", read.eGet(feature(read, 14)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file became the file");
        }
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file), "written files are owner-only");
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        CareplanResource resource = loaded(dir);
        Path file = dir.resolve(CodecRoundTripTest.fileName("UP2KYO", MONTH));
        byte[] before = Files.readAllBytes(file);
        // the target is replaced by a folder: the final rename cannot succeed
        Files.delete(file);
        Files.createDirectory(file);
        Files.writeString(file.resolve("keep"), "x");

        assertThrows(java.io.IOException.class, () -> resource.save(OPTIONS));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left");
        }
        assertTrue(Files.isDirectory(file));
        assertTrue(before.length > 0);
    }
}
