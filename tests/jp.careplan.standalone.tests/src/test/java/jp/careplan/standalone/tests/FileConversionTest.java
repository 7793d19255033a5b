/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.FileConversion;
import jp.careplan.csv.FileConversion.Options;
import jp.careplan.csv.FileConversion.Outcome;
import jp.careplan.csv.FileConversion.Status;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.NamingRule;

/**
 * The file conversion shared by {@code careplan convert} and the workbench: each way a file can fare, with the real
 * layouts of 3.2 and 4.1 (the 介護予防 files included), and never a file written over another.
 */
class FileConversionTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    private final LayoutRegistry registry = PreventionFilesTest.registry();
    private final FileConversion conversion = new FileConversion(registry);

    private Path v3Schedule(Path dir, YearMonth month, long seed) throws Exception {
        FileLayout layout = registry.resolve("UPPLAN", "202208", "202503").layout();
        String name = String.format("UPPLAN_%04d%02d_1234567890_2345678901_20250325090000.CSV", month.getYear(), month.getMonthValue());
        return Files.write(dir.resolve(name), new SyntheticRecords(seed).file(layout, month, 3));
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void a32FileBecomes41UnderA4xNameAndIsNeverWrittenTwice(@TempDir Path in, @TempDir Path out) throws Exception {
        Path file = v3Schedule(in, APRIL, 1);

        Outcome needTypes = conversion.convert(file, new Options("4.1", Boolean.TRUE, null, null, false), out);
        Outcome done = conversion.convert(file, new Options("4.1", null, "43", "11", false), out);
        Outcome again = conversion.convert(file, new Options("4.1", null, "43", "11", false), out);

        assertEquals(Status.NEED_TYPES, needTypes.status());
        assertEquals(Status.CONVERTED, done.status());
        assertEquals("UPPLAN_202504_1234567890_43_2345678901_11_20250325090000.CSV", done.written());
        assertEquals(3, done.records());
        assertEquals("4.1", done.version());
        CareplanResource converted = CareplanResource.read(out.resolve(done.written()), registry);
        assertTrue(converted.problems().isEmpty(), () -> converted.problems().toString());
        assertEquals("202407", converted.document().getRecords().get(0).getCsvVersion());
        assertEquals(Status.EXISTS, again.status());
        assertEquals(1, count(out));
    }

    /**
     * A character MS932 holds in two byte forms keeps the form it came in through a conversion, there and back, as a
     * save keeps it: 髙 as {@code EE E0} (not {@code FB FC}), ∵ as {@code FA 5B} (not {@code 81 E6}). Before, the
     * converted file had the encoder's forms, while {@code check --round-trip} called the file byte-identical.
     */
    @Test
    void charactersOfTwoByteFormsKeepTheirFormThereAndBack(@TempDir Path in, @TempDir Path out) throws Exception {
        Path generated = v3Schedule(in, APRIL, 9);
        byte[] forms = { (byte) 0xEE, (byte) 0xE0, (byte) 0xFA, (byte) 0x5B };
        byte[] original = afterFirstQuote(Files.readAllBytes(generated), forms);
        Path file = Files.write(generated, original);
        assertTrue(CareplanResource.read(file, registry).problems().isEmpty());

        Outcome there = conversion.convert(file, new Options("4.1", null, "43", "11", false), out);
        Path back = Files.createDirectories(out.resolve("back"));
        Outcome again = conversion.convert(out.resolve(there.written()), new Options("3.2", Boolean.FALSE, null, null, false), back);

        assertEquals(Status.CONVERTED, there.status());
        assertEquals(Status.CONVERTED, again.status(), () -> again.toString());
        assertTrue(indexOf(Files.readAllBytes(out.resolve(there.written())), forms) >= 0, "髙 and ∵ as they came, in 4.1");
        assertArrayEquals(original, Files.readAllBytes(back.resolve(again.written())), "and back in 3.2, byte for byte");
    }

    /**
     * What a conversion writes differently from the file read, besides the version, is said, never silently repaired: a
     * header row left out and LF line ends written as CRLF.
     */
    @Test
    void whatTheConvertedFileIsWrittenWithoutIsSaid(@TempDir Path in, @TempDir Path out) throws Exception {
        Path generated = v3Schedule(in, APRIL, 11);
        String text = new String(Files.readAllBytes(generated), StandardCharsets.ISO_8859_1);
        String header = "CSVバージョン,保険者番号\n";
        byte[] loose = (new String(header.getBytes(java.nio.charset.Charset.forName("windows-31j")), StandardCharsets.ISO_8859_1)
                + text.replace("\r\n", "\n")).getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(generated, loose);
        Path tidy = Files.write(Files.createDirectories(in.resolve("tidy")).resolve(generated.getFileName()),
                text.getBytes(StandardCharsets.ISO_8859_1));

        Outcome outcome = conversion.convert(file, new Options("4.1", null, "43", "11", false), out);
        Outcome clean = conversion.convert(tidy, new Options("4.1", null, "43", "11", false), Files.createDirectories(out.resolve("clean")));

        assertEquals(Status.CONVERTED, outcome.status());
        assertEquals(List.of("CSV-HEADER", "CSV-LINE-END"), outcome.rewritten());
        assertEquals(List.of(), clean.rewritten(), "a file in the standard's form: nothing to say");
    }

    /**
     * A send unit converted in part — its 第6表 refused for a loss, its 利用者補足情報 written — is named with how many of
     * its files were written, so that a half unit is not sent unremarked; a unit written whole is not named.
     */
    @Test
    void aSendUnitWrittenInPartIsNamed(@TempDir Path in, @TempDir Path out) throws Exception {
        List<Path> unit = new jp.careplan.kit.SyntheticExchange(77, Layouts.v3(), 3).writeTypicalMonth(in, APRIL, 1).stream()
                .map(jp.careplan.kit.GeneratedFile::path).filter(path -> path.getFileName().toString().matches("(UPPLAN|UPHOSOKU)_202504_.*"))
                .toList();
        assertEquals(2, unit.size(), unit::toString);
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (Path file : unit) {
            outcomes.add(conversion.convert(file, new Options("4.1", null, "43", "11", false), out));
        }
        assertEquals(List.of(), conversion.partUnits(outcomes), "written whole: nothing to say");
        // the same unit with its 第6表 refused (as for a loss not allowed), its 利用者補足情報 written
        Outcome refused = new Outcome(outcomes.get(0).source(), Status.LOSSES, null, 0, "4.1", "UPPLAN", "202504", null, List.of(),
                List.of(), null, null, null, null, List.of());

        List<FileConversion.PartUnit> part = conversion.partUnits(List.of(refused, outcomes.get(1)));

        String serial = unit.get(0).getFileName().toString().replaceAll(".*_(\\d{14})\\.CSV", "$1");
        assertEquals(List.of(new FileConversion.PartUnit(serial, 1, 2)), part);
    }

    /** The bytes with {@code inserted} at the start of the first quoted (free text) item. */
    static byte[] afterFirstQuote(byte[] bytes, byte[] inserted) {
        int quote = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('"');
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, quote + 1);
        System.arraycopy(inserted, 0, result, quote + 1, inserted.length);
        System.arraycopy(bytes, quote + 1, result, quote + 1 + inserted.length, bytes.length - quote - 1);
        return result;
    }

    static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void a41FileWrittenUnderA32NameSaysWhichRuleItsVersionsNamesFollowAndSoDoesThePreview(@TempDir Path in, @TempDir Path out)
            throws Exception {
        Path file = v3Schedule(in, APRIL, 5);
        Options withoutTypes = new Options("4.1", null, null, null, false);
        Options withTypes = new Options("4.1", null, "43", "11", false);
        Options to32 = new Options("3.2", null, null, null, false);
        String name = file.getFileName().toString();

        assertEquals(NamingRule.V4, conversion.nameRuleAhead(name, withoutTypes));
        assertNull(conversion.nameRuleAhead(name, withTypes));
        assertNull(conversion.nameRuleAhead(name, to32), "3.2 files are named by the 3.2 rule");
        assertNull(conversion.nameRuleAhead("UPPLAN_2025_1234567890_2345678901_20250325090000.CSV", withoutTypes),
                "a name that does not parse is not converted for its name, and says so then");
        assertNull(conversion.nameRuleAhead(name, new Options("4.1", Boolean.TRUE, null, null, false)),
                "4.x names without the types: not converted (NEED_TYPES), so no name to warn of");

        Outcome written = conversion.convert(file, withoutTypes, out);
        Outcome named = conversion.convert(file, withTypes, out);

        assertEquals(Status.CONVERTED, written.status());
        assertEquals(name, written.written(), "written as asked, under the 3.2 rule's name");
        assertEquals(NamingRule.V4, written.nameRuleAhead());
        assertNull(written.monthVersion(), "4.1 is the version of April 2025");
        assertEquals(Status.CONVERTED, named.status());
        assertNull(named.nameRuleAhead());
        CareplanResource read = CareplanResource.read(out.resolve(written.written()), registry);
        assertTrue(read.problems().stream().anyMatch(problem -> problem.ruleId().equals("CSV-NAME-RULE")),
                () -> "the check reports what the conversion said: " + read.problems());
    }

    @Test
    void aMonthBeforeTheVersionAppliesAndAFileWithErrorsAreRefused(@TempDir Path in, @TempDir Path out) throws Exception {
        Path march = v3Schedule(in, YearMonth.of(2025, 3), 2);
        Path broken = Files.write(in.resolve("UP2KYO_1234567890_2345678901_20250325090000.CSV"),
                "202208,x\r\n".getBytes(StandardCharsets.US_ASCII));
        Path badName = Files.write(in.resolve("UPPLAN_2025_1234567890_2345678901_20250325090000.CSV"), new byte[0]);

        Outcome early = conversion.convert(march, new Options("4.1", null, "43", "11", false), out);
        Outcome errors = conversion.convert(broken, new Options("4.1", null, "43", "11", false), out);
        Outcome name = conversion.convert(badName, new Options("4.1", null, "43", "11", false), out);

        assertEquals(Status.TOO_EARLY, early.status());
        assertNull(conversion.monthVersion(march.getFileName().toString(), new Options("4.1", null, "43", "11", false)),
                "a month before 4.1 applies is refused, not converted with a note");
        assertEquals("202503", early.month());
        assertEquals("202504", early.validFrom());
        assertEquals(Status.HAS_ERRORS, errors.status());
        assertEquals(Status.BAD_NAME, name.status());
        assertEquals(0, count(out));
    }

    @Test
    void aLossIsRefusedUnlessAllowedAndThenListedAllTheSame(@TempDir Path in, @TempDir Path out) throws Exception {
        FileLayout plan = registry.resolve("UPPLAN", "202407", "202504").layout();
        List<String> rental = new ArrayList<>(new SyntheticRecords(7).values(plan, APRIL));
        rental.set(16 - 1, "00001-000010");
        Path file = Files.write(in.resolve("UPPLAN_202504_1234567890_43_2345678901_17_20250325090000.CSV"),
                SyntheticRecords.encode(plan, List.of(rental)));

        Outcome refused = conversion.convert(file, new Options("3.2", Boolean.FALSE, null, null, false), out);
        assertEquals(0, count(out));
        Outcome allowed = conversion.convert(file, new Options("3.2", Boolean.FALSE, null, null, true), out);

        assertEquals(Status.LOSSES, refused.status());
        assertTrue(refused.losses().stream().anyMatch(loss -> loss.item().equals("TAISコード") && loss.line() == 1),
                refused.losses()::toString);
        assertEquals(Status.CONVERTED, allowed.status());
        assertEquals("UPPLAN_202504_1234567890_2345678901_20250325090000.CSV", allowed.written());
        assertFalse(allowed.losses().isEmpty(), "what was lost is said even when allowed");
        // 4.1 applies to April 2025: written back in 3.2 as asked (for software that reads 3.2 only), and said so
        assertEquals("4.1", allowed.monthVersion());
        assertEquals("4.1", conversion.monthVersion(file.getFileName().toString(), new Options("3.2", Boolean.FALSE, null, null, true)));
        assertNull(conversion.monthVersion(file.getFileName().toString(), new Options("4.1", null, null, null, false)));
        assertNull(allowed.nameRuleAhead(), "3.2 files are named by the 3.2 rule");
    }

    @Test
    void preventionFilesGoTo41AndTheirImageIsCopiedButNotTo32(@TempDir Path in, @TempDir Path out) throws Exception {
        byte[] image = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3 };
        Path imageFile = Files.write(in.resolve("UPKIHON_IMAGE_1234567890_46_2345678901_11_20250401090000_0001.JPG"), image);
        FileLayout basic = registry.resolve("UPKIHON", "202407", null).layout();
        Path basicFile = Files.write(in.resolve("UPKIHON_1234567890_46_2345678901_11_20250401090000.CSV"),
                new SyntheticRecords(3).file(basic, APRIL, 2));

        Outcome copied = conversion.convert(imageFile, new Options("4.1", null, null, null, false), out);
        Outcome converted = conversion.convert(basicFile, new Options("4.1", null, null, null, false), out);
        Outcome to32 = conversion.convert(basicFile, new Options("3.2", Boolean.FALSE, null, null, false), out);

        assertEquals(Status.COPIED, copied.status());
        assertArrayEquals(image, Files.readAllBytes(out.resolve(copied.written())));
        assertEquals("UPKIHON_IMAGE_1234567890_46_2345678901_11_20250401090000_0001.JPG", copied.written());
        assertEquals(Status.CONVERTED, converted.status());
        assertArrayEquals(Files.readAllBytes(basicFile), Files.readAllBytes(out.resolve(converted.written())),
                "4.1 to 4.1: the same bytes");
        assertEquals(Status.NO_KIND, to32.status());
        assertEquals("UPKIHON", to32.kind());
    }

    /** An image keeps the name its record gives it: new names for the unit would break the pair, so it is not copied. */
    @Test
    void anImageIsNotCopiedUnderANameItsRecordDoesNotGive(@TempDir Path in, @TempDir Path out) throws Exception {
        Path image = Files.write(in.resolve("UPKIHON_IMAGE_1234567890_46_2345678901_11_20250401090000_0001.jpg"),
                new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 });

        Outcome renamed = conversion.convert(image, new Options("4.1", null, "43", "17", false), out);

        assertEquals(Status.ATTACHMENT_RENAMED, renamed.status());
        assertEquals("UPKIHON_IMAGE_1234567890_43_2345678901_17_20250401090000_0001.jpg", renamed.written());
        assertEquals(0, count(out));
    }
}
