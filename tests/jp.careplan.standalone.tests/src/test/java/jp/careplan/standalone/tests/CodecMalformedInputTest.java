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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanCsvReader;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvWriteException;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;

/**
 * Bad input is reported, never guessed: each class of malformed file gives its rule id, line, column
 * and item; no message holds a cell's content; reading changes nothing and such a file cannot be
 * saved over.
 */
class CodecMalformedInputTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 2);
    private static final String KIND = "UPPLAN";
    /** A marker placed in free text: it must never appear in a message. */
    private static final String SECRET = "秘密の内容";

    private static List<List<String>> records(int count) {
        FileLayout layout = Layouts.layout(KIND);
        SyntheticRecords generator = new SyntheticRecords(7);
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> values = new ArrayList<>(generator.values(layout, MONTH));
            values.set(18 - 1, SECRET + i); // サービス事業所名, free text
            values.set(7 - 1, "担当　太郎"); // プラン担当者名: no line break, so that record n is line n
            records.add(values);
        }
        return records;
    }

    private static byte[] file(List<List<String>> records) {
        return SyntheticRecords.encode(Layouts.layout(KIND), records);
    }

    /** Reads the bytes as a file of the given name and checks that reading changed nothing. */
    private static CareplanResource read(Path dir, String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        FileTime modified = Files.getLastModifiedTime(file);
        CareplanResource resource = CodecRoundTripTest.load(file);
        assertArrayEquals(bytes, Files.readAllBytes(file), "reading never changes a file");
        assertEquals(modified, Files.getLastModifiedTime(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "reading writes nothing beside the file");
        }
        for (CsvProblem problem : resource.problems()) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                assertFalse(problem.getMessage(locale).contains(SECRET), "no cell content in " + problem.getMessage(locale));
            }
        }
        return resource;
    }

    private static CareplanResource read(Path dir, byte[] bytes) throws Exception {
        return read(dir, CodecRoundTripTest.fileName(KIND, MONTH), bytes);
    }

    private static CsvProblem only(CareplanResource resource, String ruleId) {
        List<CsvProblem> found = resource.problems().stream().filter(p -> p.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), () -> ruleId + " once in " + resource.problems());
        return found.get(0);
    }

    private static void assertCannotBeSaved(CareplanResource resource, Path dir) throws Exception {
        Path file = dir.resolve(CodecRoundTripTest.fileName(KIND, MONTH));
        byte[] before = Files.readAllBytes(file);
        assertThrows(CsvWriteException.class, () -> resource.save(Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry())));
        assertArrayEquals(before, Files.readAllBytes(file), "a refused save leaves the file as it was");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "and no temporary file");
        }
    }

    private static byte[] replaceFirst(byte[] bytes, byte[] from, byte[] to) {
        int at = CodecRoundTripTest.indexOf(bytes, from);
        assertTrue(at >= 0, "the generated file has the bytes to break");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(to);
        out.write(bytes, at + from.length, bytes.length - at - from.length);
        return out.toByteArray();
    }

    /** The byte offset of the first occurrence of a marker on the given line (1-based). */
    private static int offsetOnLine(byte[] bytes, int line, byte[] marker) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = CodecRoundTripTest.indexOf(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), "\r\n".getBytes()) + offset + 2;
        }
        return offset + CodecRoundTripTest.indexOf(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), marker);
    }

    @Test
    void anInvalidMs932ByteSequenceIsReportedWithItsByteOffset(@TempDir Path dir) throws Exception {
        List<List<String>> records = records(3);
        records.get(1).set(18 - 1, "XX");
        byte[] good = file(records);
        int offset = offsetOnLine(good, 2, "\"XX\"".getBytes(StandardCharsets.US_ASCII)) + 1;
        byte[] bad = good.clone();
        bad[offset] = (byte) 0x81; // a lead byte followed by 'X' (0x58), which MS932 does not define
        bad[offset + 1] = (byte) 0x7F;

        CareplanResource resource = read(dir, bad);

        CsvProblem problem = only(resource, "CSV-ENCODING");
        assertEquals(offset, problem.byteOffset());
        assertEquals(2, problem.getLine());
        assertEquals(18, problem.getColumn());
        assertEquals("サービス事業所名", problem.itemName());
        assertFalse(resource.isComplete());
        assertCannotBeSaved(resource, dir);
    }

    /**
     * A file of garbage lines costs neither a problem per line nor the memory for it: after
     * {@value CareplanCsvReader#MAX_FIELD_PROBLEMS} problems of lines and items, the rest are counted in one.
     */
    @Test
    void problemsOfLinesAreListedUpToTheCapAndTheRestCounted(@TempDir Path dir) throws Exception {
        int cap = CareplanCsvReader.MAX_FIELD_PROBLEMS;
        byte[] good = file(records(2));
        byte[] lines = "\r\n".repeat(cap + 250).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + lines.length);
        System.arraycopy(lines, 0, bytes, good.length, lines.length);

        CareplanResource resource = read(dir, bytes);

        assertEquals(cap, resource.problems().stream().filter(p -> p.ruleId().equals("CSV-BLANK-LINE")).count());
        CsvProblem more = only(resource, "CSV-FIELD-MORE");
        assertTrue(more.getMessage(Locale.ENGLISH).endsWith("and 250 more problem(s) of lines and items of the same file, not listed."),
                more.getMessage(Locale.ENGLISH));
        assertEquals(2, resource.document().getRecords().size(), "the records before them are read");
    }

    /**
     * The usual mistake — the file saved as UTF-8, with or without a byte-order mark — is named, so that the user knows
     * what to do; a file that is neither says nothing of UTF-8.
     */
    @Test
    void aFileSavedAsUtf8IsSaidToBeSo(@TempDir Path dir) throws Exception {
        String text = new String(file(records(3)), java.nio.charset.Charset.forName("windows-31j"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);
        byte[] neither = file(records(3));
        int at = offsetOnLine(neither, 2, ",".getBytes(StandardCharsets.US_ASCII)) + 1;
        neither[at] = (byte) 0x81;
        neither[at + 1] = (byte) 0x7F;
        String hint = "UTF-8 で保存されたファイルのようです。標準仕様のとおり MS932（Shift-JIS）で保存し直してください。";

        for (byte[] bytes : List.of(utf8, withMark)) {
            CsvProblem problem = only(read(dir, bytes), "CSV-ENCODING");
            assertTrue(problem.getMessage(Locale.JAPANESE).endsWith("標準仕様の文字コードとして読めません。" + hint),
                    problem.getMessage(Locale.JAPANESE));
            assertTrue(problem.getMessage(Locale.ENGLISH).endsWith("as the standard requires. The file reads as UTF-8: save it in "
                    + "MS932 (Shift-JIS), as the standard requires."), problem.getMessage(Locale.ENGLISH));
        }
        // a byte-order mark before ASCII only: the mark alone says UTF-8
        byte[] markOnly = file(records(3));
        byte[] asciiWithMark = new byte[markOnly.length + 3];
        asciiWithMark[0] = (byte) 0xEF;
        asciiWithMark[1] = (byte) 0xBB;
        asciiWithMark[2] = (byte) 0xBF;
        System.arraycopy(markOnly, 0, asciiWithMark, 3, markOnly.length);
        String asciiOnly = new String(markOnly, StandardCharsets.ISO_8859_1).replaceAll("[^\\x00-\\x7F]", "");
        byte[] ascii = asciiOnly.getBytes(StandardCharsets.ISO_8859_1);
        byte[] asciiMarked = new byte[ascii.length + 3];
        System.arraycopy(asciiWithMark, 0, asciiMarked, 0, 3);
        System.arraycopy(ascii, 0, asciiMarked, 3, ascii.length);
        CsvProblem marked = only(read(dir, asciiMarked), "CSV-ENCODING");
        assertTrue(marked.getMessage(Locale.JAPANESE).endsWith(hint), marked.getMessage(Locale.JAPANESE));
        CsvProblem other = only(read(dir, neither), "CSV-ENCODING");
        assertTrue(other.getMessage(Locale.JAPANESE).endsWith("標準仕様の文字コードとして読めません。"), other.getMessage(Locale.JAPANESE));
    }

    /**
     * In a file large enough to be decoded ahead on a second thread, problems still come in the file's
     * order, each where it is, and every record before a bad byte is read.
     */
    @Test
    void problemsFarIntoALargeFileComeInOrderAfterEveryRecordBeforeThem(@TempDir Path dir) throws Exception {
        List<List<String>> records = records(20_000);
        records.get(12_000 - 1).set(5 - 1, "2025-02"); // No.5 対象年月, not six digits
        records.get(15_000 - 1).set(18 - 1, "XX");
        byte[] bad = file(records);
        int offset = 0;
        for (int line = 1; line < 15_000; line++) {
            offset = CodecRoundTripTest.indexOf(bad, offset, "\r\n".getBytes(StandardCharsets.US_ASCII)) + 2;
        }
        offset = CodecRoundTripTest.indexOf(bad, offset, "\"XX\"".getBytes(StandardCharsets.US_ASCII)) + 1;
        bad[offset] = (byte) 0x81;
        bad[offset + 1] = (byte) 0x7F;

        CareplanResource resource = read(dir, bad);

        List<String> rules = resource.problems().stream().map(CsvProblem::ruleId).toList();
        assertEquals(List.of("CSV-FIELD", "CSV-NAME-MONTH", "CSV-ENCODING"), rules, resource.problems().toString());
        assertEquals(12_000, resource.problems().get(0).getLine());
        assertEquals("対象年月", resource.problems().get(0).itemName());
        CsvProblem encoding = resource.problems().get(2);
        assertEquals(15_000, encoding.getLine());
        assertEquals(18, encoding.getColumn());
        assertEquals(offset, encoding.byteOffset());
        assertEquals(14_999, resource.document().getRecords().size());
        assertFalse(resource.isComplete());
    }

    @Test
    void gaijiIsReportedAsForbidden(@TempDir Path dir) throws Exception {
        List<List<String>> records = records(2);
        records.get(0).set(18 - 1, "XX");
        byte[] good = file(records);
        int offset = offsetOnLine(good, 1, "\"XX\"".getBytes(StandardCharsets.US_ASCII)) + 1;
        byte[] bad = good.clone();
        bad[offset] = (byte) 0xF0; // user-defined area: Java would decode it silently to U+E000
        bad[offset + 1] = (byte) 0x40;

        CareplanResource resource = read(dir, bad);

        CsvProblem problem = only(resource, "CSV-GAIJI");
        assertEquals(offset, problem.byteOffset());
        assertEquals(1, problem.getLine());
        assertEquals(18, problem.getColumn());
        assertTrue(problem.getMessage(Locale.JAPANESE).contains("外字"));
    }

    @Test
    void aWrongFieldCountNamesTheFirstMissingItem(@TempDir Path dir) throws Exception {
        List<List<String>> records = records(3);
        records.set(2, new ArrayList<>(records.get(2).subList(0, 15)));
        byte[] bad = file(records);

        CareplanResource resource = read(dir, bad);

        CsvProblem problem = only(resource, "CSV-FIELD-COUNT");
        assertEquals(3, problem.getLine());
        assertEquals(16, problem.getColumn());
        assertEquals("明細判別コード", problem.itemName());
        assertTrue(problem.getMessage(Locale.ENGLISH).contains("the record has 15 items where UPPLAN has 22"),
                problem.getMessage(Locale.ENGLISH));
        assertEquals(2, resource.document().getRecords().size(), "the other records are read");
        assertCannotBeSaved(resource, dir);
    }

    @Test
    void anUnterminatedQuoteIsReported(@TempDir Path dir) throws Exception {
        byte[] good = file(records(4));
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 20);
        System.arraycopy("\"202208,unterminated".getBytes(StandardCharsets.US_ASCII), 0, bad, good.length, 20);

        CareplanResource resource = read(dir, bad);

        CsvProblem problem = only(resource, "CSV-QUOTE");
        long lineBreaks = new String(good, SyntheticRecords.MS932).chars().filter(c -> c == '\n').count();
        assertEquals(lineBreaks + 1, problem.getLine(), "the line after the last complete record");
        assertEquals(1, problem.getColumn());
        assertEquals("CSVバージョン", problem.itemName());
        assertEquals(good.length, problem.byteOffset(), "the opening quote");
        assertFalse(resource.isComplete());
    }

    /** Text after a closing quote (Excel's {@code "試験　桜" ,}) is placed at its item and byte. */
    @Test
    void textAfterAClosingQuoteIsPlacedAtItsItem(@TempDir Path dir) throws Exception {
        byte[] good = file(records(3));
        String text = new String(good, SyntheticRecords.MS932);
        int secondLine = text.indexOf("\r\n") + 2;
        String secondRecord = text.substring(secondLine, text.indexOf("\r\n", secondLine));
        String[] items = secondRecord.split(",", -1);
        int column = 4; // the fourth item, quoted and followed by a space
        items[column - 1] = "\"" + items[column - 1].replace("\"", "") + "\" ";
        String broken = text.substring(0, secondLine) + String.join(",", items) + text.substring(secondLine + secondRecord.length());
        byte[] bad = broken.getBytes(SyntheticRecords.MS932);

        CareplanResource resource = read(dir, bad);

        CsvProblem problem = only(resource, "CSV-QUOTE");
        assertEquals(2, problem.getLine());
        assertEquals(column, problem.getColumn());
        assertEquals(Layouts.layout("UPPLAN").getColumns().get(column - 1).getName(), problem.itemName());
        assertEquals(' ', bad[(int) problem.byteOffset()], "the byte after the closing quote");
    }

    /** The end-of-file mark old tools wrote (Ctrl-Z) is said as such, not as an unknown CSVバージョン; the records are read. */
    @Test
    void anEndOfFileMarkIsSaidAsSuch(@TempDir Path dir) throws Exception {
        byte[] good = file(records(3));
        byte[] marked = java.util.Arrays.copyOf(good, good.length + 1);
        marked[good.length] = 0x1A;

        CareplanResource resource = read(dir, marked);

        CsvProblem mark = only(resource, "CSV-EOF-MARK");
        assertEquals(4, mark.getLine());
        assertEquals(good.length, mark.byteOffset());
        assertTrue(mark.getMessage(Locale.JAPANESE).contains("EOF 記号"), mark.getMessage(Locale.JAPANESE));
        assertTrue(resource.problems().stream().noneMatch(p -> p.ruleId().equals("CSV-UNKNOWN-VERSION")), resource.problems()::toString);
        assertEquals(3, resource.document().getRecords().size(), "the records before it are read");
        assertFalse(resource.isComplete(), "written back, the mark would be gone: not saved as it is");
    }

    @Test
    void mixedVersionsInOneFileAreReported(@TempDir Path dir) throws Exception {
        List<List<String>> records = records(3);
        records.get(2).set(0, "202407");
        // a registry that knows a second version with the same columns, so that only the mixing is wrong
        LayoutRegistry registry = Layouts.registry();
        LayoutSet later = EcoreUtil.copy(Layouts.v3());
        later.setId("later");
        later.setCsvVersion("202407");
        registry.register(later);
        Path file = Files.write(dir.resolve(CodecRoundTripTest.fileName(KIND, MONTH)), file(records));

        CareplanResource resource = CodecRoundTripTest.load(file, registry);

        CsvProblem problem = only(resource, "CSV-MIXED-VERSION");
        assertEquals(3, problem.getLine());
        assertEquals(1, problem.getColumn());
        assertEquals("CSVバージョン", problem.itemName());
    }

    @Test
    void aLayoutThatBindsAMissingItemIsReportedNotThrown(@TempDir Path dir) throws Exception {
        LayoutSet broken = EcoreUtil.copy(Layouts.v3());
        broken.setId("broken-draft");
        broken.getFileLayouts().stream().filter(layout -> layout.getKind().equals(KIND)).findFirst().orElseThrow()
                .getColumns().get(4).setFeature("noSuchItem");
        LayoutRegistry registry = new LayoutRegistry();
        registry.register(broken);
        Path file = Files.write(dir.resolve(CodecRoundTripTest.fileName(KIND, MONTH)), file(records(2)));

        CareplanResource resource = CodecRoundTripTest.load(file, registry);

        assertEquals("CSV-LAYOUT-BINDING", resource.problems().get(0).ruleId());
        assertTrue(resource.problems().get(0).getMessage(Locale.ENGLISH).contains("broken-draft"));
        assertFalse(resource.isComplete());
    }

    @Test
    void anUnknownVersionIsReported(@TempDir Path dir) throws Exception {
        List<List<String>> records = records(2);
        records.forEach(record -> record.set(0, "209912"));

        CareplanResource resource = read(dir, file(records));

        CsvProblem problem = resource.problems().get(0);
        assertEquals("CSV-UNKNOWN-VERSION", problem.ruleId());
        assertEquals(1, problem.getLine());
        assertTrue(problem.getMessage(Locale.ENGLISH).contains("known: 202208"), problem.getMessage(Locale.ENGLISH));
        assertCannotBeSaved(resource, dir);
    }

    @Test
    void aFileWhoseContentMonthDisagreesWithItsNameIsReported(@TempDir Path dir) throws Exception {
        byte[] bytes = file(records(2));
        String name = CodecRoundTripTest.fileName(KIND, MONTH.plusMonths(1));

        CareplanResource resource = read(dir, name, bytes);

        List<CsvProblem> problems = resource.problems().stream().filter(p -> p.ruleId().equals("CSV-NAME-MONTH")).toList();
        assertEquals(2, problems.size(), "one per record");
        assertEquals(5, problems.get(0).getColumn());
        assertEquals("対象年月", problems.get(0).itemName());
    }

    @Test
    void aHeaderRowAndLfLineEndsAreReadLenientlyAndReported(@TempDir Path dir) throws Exception {
        byte[] records = file(records(3));
        String text = new String(records, SyntheticRecords.MS932);
        StringBuilder header = new StringBuilder("CSVバージョン");
        for (int i = 2; i <= 22; i++) {
            header.append(",項目").append(i);
        }
        byte[] lenient = (header + "\n" + text.replace("\r\n", "\n")).getBytes(SyntheticRecords.MS932);

        CareplanResource resource = read(dir, lenient);

        assertEquals(3, resource.document().getRecords().size());
        assertEquals(1, only(resource, "CSV-HEADER").getLine());
        assertTrue(only(resource, "CSV-LINE-END").getMessage(Locale.ENGLISH).contains("records end with LF, not CRLF (the standard names no line end"));
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
    }

    @Test
    void fieldsAreCheckedAgainstTheirLayoutAndUncertainRulesOnlyWarn(@TempDir Path dir) throws Exception {
        List<List<String>> records = records(4);
        records.get(0).set(17 - 1, "03000001X0"); // サービス事業者コード: 10 digits
        records.get(1).set(3 - 1, "H12345678"); // 被保険者番号: H + 9 digits, here 8
        records.get(2).set(16 - 1, "123"); // 明細判別コード: length 2 is a guess of the digest
        // プラン担当業者コード: whether it is required is uncertain, that it is a 事業所番号 of 10 digits is not
        records.get(3).set(6 - 1, "ABCDEFGHIJ");

        CareplanResource resource = read(dir, file(records));

        List<CsvProblem> fields = resource.problems().stream().filter(p -> p.ruleId().equals("CSV-FIELD")).toList();
        assertEquals(4, fields.size(), fields.toString());
        assertEquals(List.of(1, 2, 3, 4), fields.stream().map(CsvProblem::getLine).toList());
        assertEquals(List.of(17, 3, 16, 6), fields.stream().map(CsvProblem::getColumn).toList());
        assertEquals(List.of("サービス事業者コード", "被保険者番号", "明細判別コード", "プラン担当業者コード"),
                fields.stream().map(CsvProblem::itemName).toList());
        assertEquals(List.of(CsvProblem.Severity.ERROR, CsvProblem.Severity.ERROR, CsvProblem.Severity.WARNING, CsvProblem.Severity.ERROR),
                fields.stream().map(CsvProblem::severity).toList(), "only what rests on the uncertain length warns");
        assertFalse(fields.get(3).getMessage(Locale.ENGLISH).contains("uncertain"), fields.get(3).getMessage(Locale.ENGLISH));
        assertTrue(fields.get(0).getMessage(Locale.JAPANESE).contains("10桁の事業所番号である必要があります"));
        assertTrue(fields.get(2).getMessage(Locale.ENGLISH).contains("uncertain"));
        assertTrue(resource.isComplete(), "field problems do not stop reading: the values are kept as written");
    }

    @Test
    void aRunawayQuotedFieldFailsAtTheCapInBoundedMemory(@TempDir Path dir) throws Exception {
        byte[] start = file(records(1));
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes(start);
        bad.writeBytes("202208,\"".getBytes(StandardCharsets.US_ASCII));
        byte[] filler = "あいうえお".repeat(20_000).getBytes(SyntheticRecords.MS932);
        for (int i = 0; i < 10; i++) {
            bad.writeBytes(filler); // 1,000,000 characters without a closing quote
        }

        CareplanResource resource = read(dir, bad.toByteArray());

        CsvProblem problem = only(resource, "CSV-RECORD-SIZE");
        assertEquals(2, problem.getLine());
        assertFalse(resource.isComplete());
    }
}
