/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.VersionConverter;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.UnitExport;

/**
 * The 介護予防 files of 4.1 from jp.careplan.spec.r6 (利用者基本情報 with 別表1, 別表2 and the 家族構成 image,
 * 介護予防サービス・支援計画書 with its 別表, their deletions): each kind round-trips byte for byte and validates; the
 * relations between them (parents, units, cascades, the image named by its record) come from the layouts alone;
 * the image is carried through untouched.
 */
class PreventionFilesTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final String REST = "_1234567890_46_2345678901_11_20250401090000";

    static LayoutSet prevention() {
        CareplanPackage.eINSTANCE.eClass();
        URL url = PreventionFilesTest.class.getClassLoader().getResource("layouts/v4.1-prevention.layout");
        assertNotNull(url, "jp.careplan.spec.r6 is on the class path");
        try {
            return LayoutSets.load(URI.createURI(url.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LayoutRegistry registry() {
        LayoutRegistry registry = SpecR6Test.registry();
        registry.register(prevention());
        return registry;
    }

    private static FileLayout layout(LayoutRegistry registry, String kind) {
        return registry.resolve(kind, "202407", null).layout();
    }

    private static int number(FileLayout layout, String feature) {
        return layout.getColumns().stream().filter(column -> feature.equals(column.getFeature())).findFirst().orElseThrow()
                .getNumber();
    }

    /** Bytes that begin as every JPEG does (SOI and an APP0 marker), then noise: a stand-in for a scanned figure. */
    private static byte[] jpeg(long seed) {
        byte[] bytes = new byte[300];
        new Random(seed).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    @ParameterizedTest
    @CsvSource({ "UPKIHON, 71", "UPKIHON_SUB1, 7", "UPKIHON_SUB2, 11", "DLTKIHON, 4", "UPYOBO, 57", "UPYOBO_SUB, 17",
            "DLTYOBO, 4" })
    void eachKindComesBackByteIdenticalAndValidates(String kind, int columns, @TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileLayout layout = layout(registry, kind);
        assertNotNull(layout, kind);
        assertEquals(columns, layout.getColumns().size());
        byte[] written = new SyntheticRecords(kind.hashCode()).file(layout, APRIL, 25);
        Path file = Files.write(dir.resolve(kind + REST + ".CSV"), written);

        CareplanResource resource = CareplanResource.read(file, registry);

        assertTrue(resource.problems().isEmpty(), () -> resource.problems().toString());
        assertEquals(25, resource.document().getRecords().size());
        Record record = resource.document().getRecords().get(0);
        assertEquals(layout.getRecordClass(), record.eClass());
        assertTrue(CareplanPackage.Literals.RECORD.isSuperTypeOf(record.eClass()));
        assertArrayEquals(written, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)));
        assertArrayEquals(written, Files.readAllBytes(file), "reading never changes a file");
        List<CsvProblem> problems = SpecR6Test.validate(resource, registry);
        assertTrue(problems.stream().noneMatch(problem -> problem.severity() == Severity.ERROR), problems::toString);
    }

    @Test
    void namesFollowTheAnnexRulesWithTheImageBranch() throws Exception {
        FileNames names = FileNames.of(registry());
        String image = "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.JPG";

        FileName parsed = names.parse(image);

        assertEquals("UPKIHON_IMAGE", parsed.getKind());
        assertEquals("0001", parsed.getBranch());
        assertEquals("20191025200201", parsed.getSerial());
        assertEquals(image, names.format(parsed));
        assertEquals("UPKIHON_SUB1", names.parse("UPKIHON_SUB1_0300000100_43_0300000005_11_20191025200201.CSV").getKind());
        assertNull(names.parse("UPKIHON_0300000100_43_0300000005_11_20191025200201.CSV").getBranch());
        // an image name needs its 枝番, a CSV file none; and each kind has its extension
        FileNameException noBranch = assertThrows(FileNameException.class,
                () -> names.parse("UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201.jpg"));
        assertEquals(FileNameException.Reason.SHAPE, noBranch.reason());
        FileNameException csvImage = assertThrows(FileNameException.class,
                () -> names.parse("UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.CSV"));
        assertEquals(FileNameException.Reason.EXTENSION, csvImage.reason());
        assertTrue(csvImage.getMessage(Locale.ENGLISH).contains(".jpg"), csvImage.getMessage(Locale.ENGLISH));
        // 本文 3.4's example has a 000000 segment the annex's rule has not: the rule wins (digest §1.5)
        FileNameException extraMonth = assertThrows(FileNameException.class,
                () -> names.parse("UPKIHON_000000_0300000100_43_0300000005_11_20191110102233.CSV"));
        assertEquals(FileNameException.Reason.SHAPE, extraMonth.reason());
    }

    /** A whole 利用者基本情報 unit: records, 別表, and an image its record names. */
    private static List<Path> basicInfoUnit(Path dir, LayoutRegistry registry, boolean nameTheImage, byte[] image)
            throws IOException {
        FileLayout basic = layout(registry, "UPKIHON");
        SyntheticRecords generator = new SyntheticRecords(7);
        String imageName = "UPKIHON_IMAGE" + REST + "_0001.jpg";
        List<String> record = new ArrayList<>(generator.values(basic, APRIL));
        record.set(number(basic, "familyImageFileName") - 1, nameTheImage ? imageName : "");
        List<Path> files = new ArrayList<>();
        files.add(Files.write(dir.resolve("UPKIHON" + REST + ".CSV"), SyntheticRecords.encode(basic, List.of(record))));
        for (String annex : List.of("UPKIHON_SUB1", "UPKIHON_SUB2")) {
            FileLayout layout = layout(registry, annex);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                List<String> row = new ArrayList<>(generator.values(layout, APRIL));
                row.set(1, record.get(1));
                row.set(2, record.get(2));
                row.set(3, record.get(3));
                rows.add(row);
            }
            files.add(Files.write(dir.resolve(annex + REST + ".CSV"), SyntheticRecords.encode(layout, rows)));
        }
        files.add(Files.write(dir.resolve(imageName), image));
        return files;
    }

    private static ExchangeCheck check(LayoutRegistry registry) {
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        return new ExchangeCheck(registry, rules);
    }

    @Test
    void aBasicInfoUnitWithItsAnnexesAndImageChecksCleanAndTheImageIsUntouched(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        byte[] image = jpeg(1);
        List<Path> files = basicInfoUnit(dir, registry, true, image);

        ExchangeCheck.Result result = check(registry).check(files);

        assertEquals(1, result.units());
        assertEquals(4, result.files().size());
        assertTrue(result.problems().stream().noneMatch(problem -> problem.severity() != Severity.INFO),
                () -> result.problems().toString());
        ExchangeCheck.FileReport imageReport = result.files().stream().filter(report -> report.name().endsWith(".jpg"))
                .findFirst().orElseThrow();
        assertNull(imageReport.resource(), "an attachment is never read as records");
        assertArrayEquals(image, Files.readAllBytes(files.get(3)));
    }

    @Test
    void anImageNoRecordNamesAndARecordNamingNoImageAreReported(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        List<Path> files = basicInfoUnit(dir, registry, false, jpeg(2));

        ExchangeCheck.Result orphan = check(registry).check(files);

        CsvProblem attachment = orphan.problems().stream().filter(problem -> problem.ruleId().equals("UNIT-ATTACHMENT"))
                .findFirst().orElseThrow(() -> new AssertionError(orphan.problems()));
        assertEquals(Severity.ERROR, attachment.severity());
        assertTrue(attachment.fileName().startsWith("UPKIHON_IMAGE_"));
        assertTrue(attachment.getMessage(Locale.JAPANESE).contains("家族構成 画像ファイル名"), attachment.getMessage(Locale.JAPANESE));

        // the record names the image, but the image is not sent
        Path other = Files.createDirectory(dir.resolve("other"));
        List<Path> named = basicInfoUnit(other, registry, true, jpeg(3));
        ExchangeCheck.Result missing = check(registry).check(named.subList(0, 3));
        CsvProblem reference = missing.problems().stream().filter(problem -> problem.ruleId().equals("UNIT-ATTACHMENT-MISSING"))
                .findFirst().orElseThrow(() -> new AssertionError(missing.problems()));
        assertEquals(Severity.WARNING, reference.severity());
        assertEquals(62, reference.getColumn());
        assertEquals("家族構成 画像ファイル名", reference.itemName());
        assertTrue(!reference.getMessage(Locale.ENGLISH).contains("UPKIHON_IMAGE"), "no cell contents in messages");
    }

    @Test
    void anImageThatIsNoJpegIsAnErrorAndStaysAsItIs(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        byte[] notJpeg = "not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<Path> files = basicInfoUnit(dir, registry, true, notJpeg);

        ExchangeCheck.Result result = check(registry).check(files);

        assertTrue(result.problems().stream().anyMatch(problem -> problem.ruleId().equals("ATTACH-SIGNATURE")
                && problem.severity() == Severity.ERROR), () -> result.problems().toString());
        assertArrayEquals(notJpeg, Files.readAllBytes(files.get(3)));
    }

    @Test
    void anAnnexRowNeedsItsBasicInfoRecord(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileLayout annex = layout(registry, "UPKIHON_SUB2");
        Path file = Files.write(dir.resolve("UPKIHON_SUB2" + REST + ".CSV"), new SyntheticRecords(9).file(annex, APRIL, 2));

        ExchangeCheck.Result result = check(registry).check(List.of(file));

        List<CsvProblem> orphans = result.problems().stream().filter(problem -> problem.ruleId().equals("UNIT-PARENT")).toList();
        assertEquals(2, orphans.size(), () -> result.problems().toString());
        assertTrue(orphans.stream().allMatch(problem -> problem.getColumn() == 4 && problem.itemName().equals("相談日")
                && problem.getMessage(Locale.JAPANESE).contains("利用者基本情報")), orphans::toString);
    }

    @Test
    void aPlanTravelsWithBasicInfoButNotWithTable6(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        SyntheticRecords generator = new SyntheticRecords(11);
        FileLayout plan = layout(registry, "UPYOBO");
        FileLayout planAnnex = layout(registry, "UPYOBO_SUB");
        List<String> planRecord = new ArrayList<>(generator.values(plan, APRIL));
        List<String> annexRow = new ArrayList<>(generator.values(planAnnex, APRIL));
        for (int i = 1; i <= 3; i++) {
            annexRow.set(i, planRecord.get(i));
        }
        Path planFile = Files.write(dir.resolve("UPYOBO" + REST + ".CSV"), SyntheticRecords.encode(plan, List.of(planRecord)));
        Path annexFile = Files.write(dir.resolve("UPYOBO_SUB" + REST + ".CSV"), SyntheticRecords.encode(planAnnex, List.of(annexRow)));
        List<Path> withBasic = new ArrayList<>(basicInfoUnit(dir, registry, true, jpeg(4)));
        withBasic.add(planFile);
        withBasic.add(annexFile);

        ExchangeCheck.Result together = check(registry).check(withBasic);

        assertTrue(together.problems().stream().noneMatch(problem -> problem.severity() != Severity.INFO),
                () -> together.problems().toString());

        FileLayout schedule = registry.resolve("UPPLAN", "202407", "202504").layout();
        Path scheduleFile = Files.write(dir.resolve("UPPLAN_202504" + REST + ".CSV"), generator.file(schedule, APRIL, 1));
        ExchangeCheck.Result mixed = check(registry).check(List.of(planFile, annexFile, scheduleFile));
        assertTrue(mixed.problems().stream().anyMatch(problem -> problem.ruleId().equals("UNIT-COMBINATION")),
                () -> mixed.problems().toString());
    }

    @Test
    void aBasicInfoDeletionRemovesTheAnnexesAndTheImageToo(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        List<Path> unit = basicInfoUnit(dir, registry, true, jpeg(5));
        FileLayout deletion = layout(registry, "DLTKIHON");
        List<String> basic = new SyntheticRecords(7).values(layout(registry, "UPKIHON"), APRIL);
        List<String> delete = new ArrayList<>(new SyntheticRecords(12).values(deletion, APRIL));
        for (int i = 1; i <= 3; i++) {
            delete.set(i, basic.get(i));
        }
        List<Path> files = new ArrayList<>(unit);
        files.add(Files.write(dir.resolve("DLTKIHON_1234567890_46_2345678901_11_20250402090000.CSV"),
                SyntheticRecords.encode(deletion, List.of(delete))));

        ExchangeCheck.Result result = check(registry).check(files);

        assertEquals(2, result.units());
        CsvProblem cascade = result.problems().stream().filter(problem -> problem.ruleId().equals("UNIT-CASCADE")).findFirst()
                .orElseThrow(() -> new AssertionError(result.problems()));
        String message = cascade.getMessage(Locale.ENGLISH);
        for (String removed : List.of("利用者基本情報", "利用者基本情報（別表1）", "利用者基本情報（別表2）", "家族構成 画像ファイル")) {
            assertTrue(message.contains(removed), message);
        }
    }

    /**
     * Sending the unit under new names (a new ファイル連番): the image goes along byte for byte under its new name, and the
     * record that names it is written naming the new one — in the file sent only; the file in the folder, and the
     * record read from it, are not changed.
     */
    @Test
    void exportingAUnitRenamesTheImageAndTheRecordThatNamesItAlike(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        byte[] image = jpeg(6);
        List<Path> files = basicInfoUnit(dir, registry, true, image);
        byte[] basicBefore = Files.readAllBytes(files.get(0));
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        UnitExport export = new UnitExport(registry, rules);

        UnitExport.Prepared renamed = export.prepare(files,
                new UnitExport.Addressing("1234567890", "46", "2345678901", "11", "20250501090000"));

        assertTrue(renamed.errors().isEmpty() && renamed.warnings().isEmpty(), () -> renamed.problems().toString());
        String newImage = "UPKIHON_IMAGE_1234567890_46_2345678901_11_20250501090000_0001.jpg";
        UnitExport.Outgoing sentImage = renamed.files().stream().filter(file -> file.name().equals(newImage)).findFirst().orElseThrow();
        assertArrayEquals(image, sentImage.bytes());
        UnitExport.Outgoing sentBasic = renamed.files().stream().filter(file -> file.name().startsWith("UPKIHON_1234567890"))
                .findFirst().orElseThrow();
        String sentText = new String(sentBasic.bytes(), java.nio.charset.Charset.forName("windows-31j"));
        assertTrue(sentText.contains(newImage) && !sentText.contains("20250401090000_0001"), "the record names the new image");
        assertTrue(renamed.problems().stream().anyMatch(problem -> problem.ruleId().equals("EXPORT-ATTACHMENT-NAME")),
                () -> renamed.problems().toString());
        assertArrayEquals(basicBefore, Files.readAllBytes(files.get(0)), "the file in the folder is not changed");
        List<Path> written = export.write(renamed, Files.createDirectory(dir.resolve("out")), false);
        assertEquals(4, written.size());
    }

    /** 3.2 has no 介護予防 files: a 4.1 one has no target there, and the converter says so rather than guess. */
    @Test
    void version32HasNoPreventionFiles() {
        LayoutRegistry registry = registry();
        VersionConverter converter = new VersionConverter(registry);

        assertTrue(converter.target("3.2", "UPKIHON").isEmpty());
        assertTrue(converter.target("3.2", "UPKIHON_IMAGE").isEmpty());
        assertEquals("jp.careplan.spec.r6.prevention", converter.target("4.1", "UPYOBO").orElseThrow().getId());
        assertEquals("jp.careplan.spec.r6", converter.target("4.1", "UPPLAN").orElseThrow().getId());
    }

    /** Every uncertain value of the 介護予防 layouts says why, in the layout data itself. */
    @Test
    void uncertainValuesAreMarkedInTheLayouts() {
        List<Column> uncertain = prevention().getFileLayouts().stream().flatMap(layout -> layout.getColumns().stream())
                .filter(column -> column.getUncertainty() != null).toList();

        assertTrue(uncertain.stream().anyMatch(column -> column.getName().equals("委託の有無") && !column.isRequired()));
        assertEquals(6, uncertain.stream().filter(column -> column.getName().startsWith("基本チェックリストの該当数")).count());
        assertEquals(3, uncertain.stream().filter(column -> column.getName().endsWith("ＮＯ") && column.getLength() == 2).count());
    }
}
