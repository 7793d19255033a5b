/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.FileName;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.Validation;

/**
 * The 令和6年度 revision (4.1, CSVバージョン 202407) as the extension bundle jp.careplan.spec.r6 gives it,
 * registered beside 3.2 exactly as the extension point would: its files are read into the core's model
 * (a 4.1 第6表 row is a ServiceUseRow with the 福祉用具 items added by the bundle's dynamic model) and come
 * back byte for byte; the service month chooses the version; and no core bundle names the extension.
 */
class SpecR6Test {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    static LayoutSet r6() {
        CareplanPackage.eINSTANCE.eClass();
        URL url = SpecR6Test.class.getClassLoader().getResource("layouts/v4.1.layout");
        assertNotNull(url, "jp.careplan.spec.r6 is on the class path");
        try {
            return LayoutSets.load(URI.createURI(url.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the core's rules find in a file read with the given layouts. */
    static List<CsvProblem> validate(CareplanResource resource, LayoutRegistry registry) {
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        return new Validation(rules, registry).validate(resource);
    }

    static LayoutRegistry registry() {
        LayoutRegistry registry = Layouts.registry();
        registry.register(r6());
        return registry;
    }

    private static FileLayout layout(String kind) {
        return r6().getFileLayouts().stream().filter(layout -> layout.getKind().equals(kind)).findFirst().orElseThrow();
    }

    /** A 4.x file name: the sender's and receiver's サービス種類コード after their 事業所番号. */
    private static String fileName(String kind, YearMonth month) {
        String monthPart = layout(kind).getMonthSegment() == jp.careplan.layout.MonthSegment.NONE ? ""
                : String.format("_%04d%02d", month.getYear(), month.getMonthValue());
        return kind + monthPart + "_1234567890_43_2345678901_17_20250401090000.CSV";
    }

    @ParameterizedTest
    @ValueSource(strings = { "UPHOSOKU", "UP1KYO", "DLT1KYO", "UP2KYO", "UPPLAN", "DLTPLAN", "UPJSK", "DLTJSK", "UPSIKYU" })
    void a41FileComesBackByteIdenticalAndChecksClean(String kind, @TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        SyntheticRecords generator = new SyntheticRecords(kind.hashCode());
        byte[] written;
        if (kind.equals("UPSIKYU")) {
            // a 第7表 as the form adds up a 第6表: details, 種類別小計, 全合計
            List<List<String>> schedule = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                schedule.add(generator.values(layout("UPPLAN"), APRIL));
            }
            written = generator.annexOf(layout(kind), APRIL, schedule);
        } else {
            written = generator.file(layout(kind), APRIL, 60);
        }
        Path file = Files.write(dir.resolve(fileName(kind, APRIL)), written);

        CareplanResource resource = CodecRoundTripTest.load(file, registry);

        assertTrue(resource.problems().isEmpty(), () -> resource.problems().toString());
        long lines = new String(written, java.nio.charset.Charset.forName("windows-31j")).split("\r\n", -1).length - 1;
        assertTrue(resource.document().getRecords().size() >= 30 && resource.document().getRecords().size() <= lines,
                () -> resource.document().getRecords().size() + " records");
        assertEquals("202407", resource.document().getRecords().get(0).getCsvVersion());
        assertArrayEquals(written, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)));
        List<CsvProblem> problems = validate(resource, registry);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    /**
     * The ※ notes that 3.2's layouts mark as possibly 4.x's only are 4.x's own here: the items carry no uncertainty, and
     * a time that is none, a 日割対象日 of the wrong shape, a 第7表 subtotal's 単位数 other than 0 are errors; 単位数 of 第6表
     * stays uncertain for its 必須 mark, which the 4.1 annex does not show legibly.
     */
    @Test
    void theNotes4xAddedAreCertainIn41(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        for (String kind : List.of("UPPLAN", "UPJSK")) {
            FileLayout layout = layout(kind);
            assertEquals(null, layout.getColumns().get(11 - 1).getUncertainty(), kind + " 日割対象日");
            assertEquals(null, layout.getColumns().get(12 - 1).getUncertainty(), kind + " サービス開始時刻");
            assertTrue(layout.getColumns().get(8 - 1).getUncertainty().startsWith("必須:"), kind + " 単位数");
        }
        assertEquals(null, layout("UPSIKYU").getColumns().get(13 - 1).getUncertainty(), "第7表 単位数");

        List<String> values = new ArrayList<>(new SyntheticRecords(12).values(layout("UPPLAN"), APRIL));
        values.set(12 - 1, "2460");
        values.set(13 - 1, "2500");
        values.set(11 - 1, "1".repeat(30));
        Path file = Files.write(dir.resolve(fileName("UPPLAN", APRIL)), SyntheticRecords.encode(layout("UPPLAN"), List.of(values)));
        CareplanResource resource = CodecRoundTripTest.load(file, registry);
        List<CsvProblem> problems = new ArrayList<>(resource.problems());
        problems.addAll(validate(resource, registry));
        for (int column : List.of(11, 12)) {
            List<CsvProblem> found = problems.stream().filter(problem -> problem.getColumn() == column).toList();
            assertEquals(1, found.size(), column + ": " + problems);
            assertEquals(CsvProblem.Severity.ERROR, found.get(0).severity(), found.get(0).getMessage(Locale.ENGLISH));
            assertFalse(found.get(0).getMessage(Locale.ENGLISH).contains("uncertain"), found.get(0).getMessage(Locale.ENGLISH));
        }
    }

    @Test
    void a41ServiceRowIsTheCoresServiceUseRowWithTheWelfareEquipmentItems(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileLayout layout = layout("UPPLAN");
        List<List<String>> records = new ArrayList<>();
        List<String> values = new ArrayList<>(new SyntheticRecords(6).values(layout, APRIL));
        values.set(15 - 1, "171007"); // 手すり貸与
        values.set(16 - 1, "00001-000010"); // TAISコード
        values.set(17 - 1, null);
        values.set(18 - 1, "手すり（据置型）");
        values.set(19 - 1, "1"); // 明細判別コード
        records.add(values);
        Path file = Files.write(dir.resolve(fileName("UPPLAN", APRIL)), SyntheticRecords.encode(layout, records));

        CareplanResource resource = CodecRoundTripTest.load(file, registry);

        ServiceUseRow row = assertInstanceOf(ServiceUseRow.class, resource.document().getRecords().get(0),
                "the core's calendar, comparisons and rules work on it unchanged");
        assertEquals("ServiceUseRow41", row.eClass().getName());
        assertEquals("171007", row.getServiceCode());
        assertEquals("1", row.getDetailCode());
        assertEquals("2345678901".length(), row.getProviderCode().length());
        EStructuralFeature tais = row.eClass().getEStructuralFeature("taisCode");
        assertEquals("00001-000010", row.eGet(tais));
        assertEquals("手すり（据置型）", row.eGet(row.eClass().getEStructuralFeature("equipmentName")));
        Column taisColumn = layout.getColumns().get(16 - 1);
        assertEquals("TAISコード", taisColumn.getName());
        assertNotNull(taisColumn.getUncertainty(), "the code's form is marked uncertain in the layout data");
    }

    /** 3.2 → 4.1: every item moves to its namesake, CSVバージョン becomes 202407, the 福祉用具 items are empty; nothing lost. */
    @Test
    void a32ScheduleConvertsTo41WithNothingLost(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileLayout v3 = Layouts.layout("UPPLAN");
        List<List<String>> rows = new ArrayList<>();
        SyntheticRecords generator = new SyntheticRecords(41);
        for (int i = 0; i < 20; i++) {
            rows.add(generator.values(v3, APRIL));
        }
        Path file = Files.write(dir.resolve(fileName("UPPLAN", APRIL)), SyntheticRecords.encode(v3, rows));
        CareplanResource resource = CodecRoundTripTest.load(file, registry);
        jp.careplan.csv.VersionConverter converter = new jp.careplan.csv.VersionConverter(registry);

        jp.careplan.csv.VersionConverter.Result result = converter.convert(resource.document(), "202504", resource::lineOf,
                converter.target("4.1").orElseThrow());

        assertTrue(result.losses().isEmpty(), result.losses()::toString);
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> converted = new ArrayList<>(row);
            converted.set(0, "202407");
            converted.addAll(15, java.util.Arrays.asList(null, null, null));
            expected.add(converted);
        }
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        new jp.careplan.csv.CareplanCsvWriter(registry).write(result.document(), "202504", null, written);
        assertArrayEquals(SyntheticRecords.encode(layout("UPPLAN"), expected), written.toByteArray());
        assertEquals(List.of("4.1", "3.2"), converter.versions().stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    /** 4.1 → 3.2 says exactly what would be lost: a TAISコード with a value, a 3-digit 回数／日数. */
    @Test
    void a41FileConvertsTo32OnlyKnowingWhatIsLost(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileLayout plan = layout("UPPLAN");
        List<String> rental = new ArrayList<>(new SyntheticRecords(7).values(plan, APRIL));
        rental.set(16 - 1, "00001-000010");
        rental.set(17 - 1, null);
        rental.set(18 - 1, null);
        List<String> plain = new ArrayList<>(new SyntheticRecords(8).values(plan, APRIL));
        plain.set(16 - 1, null);
        plain.set(17 - 1, null);
        plain.set(18 - 1, null);
        Path file = Files.write(dir.resolve(fileName("UPPLAN", APRIL)), SyntheticRecords.encode(plan, List.of(plain, rental)));
        CareplanResource resource = CodecRoundTripTest.load(file, registry);
        jp.careplan.csv.VersionConverter converter = new jp.careplan.csv.VersionConverter(registry);

        jp.careplan.csv.VersionConverter.Result result = converter.convert(resource.document(), "202504", resource::lineOf,
                converter.target("3.2").orElseThrow());

        assertEquals(List.of(new jp.careplan.csv.VersionConverter.Loss(1, 2, "TAISコード",
                jp.careplan.csv.VersionConverter.Reason.NO_SUCH_ITEM)), result.losses());
        assertEquals("202208", result.document().getRecords().get(0).getCsvVersion());

        List<List<String>> schedule = new ArrayList<>();
        SyntheticRecords generator = new SyntheticRecords(9);
        for (int i = 0; i < 3; i++) {
            List<String> row = new ArrayList<>(generator.values(plan, APRIL));
            row.set(2, "1234567890");
            row.set(1, "131001");
            row.set(14 - 1, "40"); // 40 a day on 3 rows: 120 in the 第7表
            schedule.add(row);
        }
        Path annex = Files.write(dir.resolve(fileName("UPSIKYU", APRIL)), generator.annexOf(layout("UPSIKYU"), APRIL, schedule));
        CareplanResource annexResource = CodecRoundTripTest.load(annex, registry);
        assertTrue(annexResource.problems().isEmpty(), () -> annexResource.problems().toString());

        jp.careplan.csv.VersionConverter.Result back = converter.convert(annexResource.document(), "202504",
                annexResource::lineOf, converter.target("3.2").orElseThrow());

        assertTrue(back.losses().stream().anyMatch(loss -> loss.item().equals("回数／日数")
                && loss.reason() == jp.careplan.csv.VersionConverter.Reason.DOES_NOT_FIT), back.losses()::toString);
    }

    /** A problem of a 4.1 第7表 is placed by the 4.1 layout: 回数／日数 is No.16 there (No.13 in 3.2). */
    @Test
    void aUnitProblemOf41IsPlacedByThe41Layout(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        SyntheticRecords generator = new SyntheticRecords(16);
        List<List<String>> schedule = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> row = new ArrayList<>(generator.values(layout("UPPLAN"), APRIL));
            row.set(1, "131001");
            row.set(2, "1234567890");
            row.set(15 - 1, "111111");
            row.set(20 - 1, "2345678901");
            row.set(22 - 1, null);
            row.set(14 - 1, "1");
            schedule.add(row);
        }
        Path plan = Files.write(dir.resolve(fileName("UPPLAN", APRIL)), SyntheticRecords.encode(layout("UPPLAN"), schedule));
        String annexText = new String(generator.annexOf(layout("UPSIKYU"), APRIL, schedule), java.nio.charset.Charset.forName("windows-31j"));
        assertTrue(annexText.contains(",111111,"), annexText.length() + " characters");
        Path annex = Files.writeString(dir.resolve(fileName("UPSIKYU", APRIL)),
                annexText.replaceFirst("(,111111,(?:[^,]*,){6})3,", "$198,"), java.nio.charset.Charset.forName("windows-31j"));
        CareplanResource planResource = CodecRoundTripTest.load(plan, registry);
        CareplanResource annexResource = CodecRoundTripTest.load(annex, registry);
        assertTrue(annexResource.problems().isEmpty(), () -> annexResource.problems().toString());

        List<CsvProblem> problems = new jp.careplan.validation.SendUnitValidation(registry).check(List.of(
                new jp.careplan.validation.SendUnitValidation.UnitFile(planResource.fileName(), plan.getFileName().toString(), planResource),
                new jp.careplan.validation.SendUnitValidation.UnitFile(annexResource.fileName(), annex.getFileName().toString(),
                        annexResource)));

        List<CsvProblem> counts = problems.stream().filter(problem -> problem.ruleId().equals("UNIT-ANNEX-COUNT")).toList();
        assertEquals(1, counts.size(), problems::toString);
        assertEquals(16, counts.get(0).getColumn());
        assertEquals("回数／日数", counts.get(0).itemName());
    }

    /**
     * Send units are data: a kind an extension adds (here an invented UP3KYO that declares sendUnits="plan", as
     * a 第3表 bundle would) travels with 第1表 and not with 第6表, with no change to the core.
     */
    @Test
    void aKindJoinsASendUnitThroughItsLayout(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        LayoutSet extension = jp.careplan.layout.LayoutFactory.eINSTANCE.createLayoutSet();
        extension.setId("test.table3");
        extension.setCsvVersion("202407");
        extension.setValidFrom("202504");
        extension.setStandardVersion("4.1-test");
        FileLayout weekly = EcoreUtil.copy(layout("UP2KYO"));
        weekly.setKind("UP3KYO");
        weekly.setName("週間サービス計画表（テスト）");
        weekly.setSendUnits("plan");
        extension.getFileLayouts().add(weekly);
        registry.register(extension);
        FileNames names = FileNames.of(registry);
        SyntheticRecords generator = new SyntheticRecords(3);
        java.util.function.Function<String, jp.careplan.validation.SendUnitValidation.UnitFile> file = name -> {
            try {
                FileName parsed = names.parse(name);
                FileLayout layout = parsed.getKind().equals("UP3KYO") ? weekly : layout(parsed.getKind());
                Path path = Files.write(dir.resolve(name), generator.file(layout, APRIL, 3));
                return new jp.careplan.validation.SendUnitValidation.UnitFile(parsed, name, CareplanResource.read(path, registry));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        List<CsvProblem> withPlan = new jp.careplan.validation.SendUnitValidation(registry).check(List.of(
                file.apply("UP1KYO_1234567890_43_2345678901_11_20250401090000.CSV"),
                file.apply("UP3KYO_1234567890_43_2345678901_11_20250401090000.CSV")));
        List<CsvProblem> withSchedule = new jp.careplan.validation.SendUnitValidation(registry).check(List.of(
                file.apply("UPPLAN_202504_1234567890_43_2345678901_11_20250401100000.CSV"),
                file.apply("UP3KYO_1234567890_43_2345678901_11_20250401100000.CSV")));

        assertTrue(withPlan.stream().noneMatch(problem -> problem.ruleId().equals("UNIT-COMBINATION")), withPlan::toString);
        assertEquals(2, withSchedule.stream().filter(problem -> problem.ruleId().equals("UNIT-COMBINATION")).count(),
                withSchedule::toString);
    }

    @Test
    void theServiceMonthChoosesTheVersion() {
        LayoutRegistry registry = registry();
        assertEquals(Optional.of("202208"), registry.versionFor("UPPLAN", "202503"));
        assertEquals(Optional.of("202407"), registry.versionFor("UPPLAN", "202504"));
        assertEquals("jp.careplan.spec.r6", registry.resolve("UPPLAN", "202407", "202504").layout().getLayoutSet().getId());
        assertEquals(25, registry.resolve("UPJSK", "202407", "202505").layout().getColumns().size());
        assertEquals(22, registry.resolve("UPJSK", "202208", "202503").layout().getColumns().size());
        assertEquals(37, registry.resolve("UPSIKYU", "202407", "202504").layout().getColumns().size());
        assertEquals(3, registry.resolve("UPSIKYU", "202407", "202504").layout().getColumns().get(16 - 1).getLength(),
                "第7表 回数／日数 has 3 digits from 4.0");
        assertEquals(Optional.of("202407"), registry.versionFor("UPHOSOKU", "202504"));
        assertEquals(Optional.of("202407"), registry.versionFor("UP2KYO", "202504"));
    }

    @Test
    void a32FileForAMonthOf41IsReportedAsTheWrongVersion(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        byte[] old = new SyntheticRecords(32).file(Layouts.layout("UPPLAN"), APRIL, 5);
        Path file = Files.write(dir.resolve(fileName("UPPLAN", APRIL)), old);
        CareplanResource resource = CodecRoundTripTest.load(file, registry);
        // its 4.x name carries more than a 3.2 name: no CSV-NAME-RULE
        assertTrue(resource.problems().isEmpty(), () -> resource.problems().toString());

        List<CsvProblem> problems = validate(resource, registry);

        assertEquals(List.of("VAL-VERSION-MONTH"), problems.stream().map(CsvProblem::ruleId).toList(), problems::toString);
    }

    /**
     * The other way round, a mistake of the switch-over month: 4.1 content for March 2025, before 4.1 applies. It is
     * read by 4.1's layout (its items checked as they are) and reported as the wrong version for its month; before, the
     * reader said "the installed layouts of CSVバージョン 202407 have no file kind UPPLAN", which is untrue, and read nothing.
     */
    @Test
    void a41FileForAMonthBefore41IsReadAndReportedAsTheWrongVersion(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        YearMonth march = YearMonth.of(2025, 3);
        byte[] early = new SyntheticRecords(41).file(layout("UPPLAN"), march, 5);
        Path file = Files.write(dir.resolve(fileName("UPPLAN", march)), early);
        CareplanResource resource = CodecRoundTripTest.load(file, registry);
        assertTrue(resource.problems().isEmpty(), () -> resource.problems().toString());
        assertEquals(5, resource.document().getRecords().size());
        assertArrayEquals(early, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)),
                "written back by the layout it was read by, byte for byte");

        List<CsvProblem> problems = validate(resource, registry);

        assertEquals(List.of("VAL-VERSION-MONTH"), problems.stream().map(CsvProblem::ruleId).toList(), problems::toString);
        assertTrue(problems.get(0).getMessage(Locale.ENGLISH).contains("the version that applies then is 202208"),
                problems.get(0).getMessage(Locale.ENGLISH));
    }

    @Test
    void aNameOfTheOtherVersionsRuleIsAWarning(@TempDir Path dir) throws Exception {
        assertEquals("4.x", r6().getFileNameRule());
        assertEquals("3.2", Layouts.v3().getFileNameRule());
        LayoutRegistry registry = registry();
        byte[] content = new SyntheticRecords(33).file(layout("UPPLAN"), APRIL, 3);
        // 4.1 content under a name of the 3.2 rule (no サービス種類コード), as a sender that did not change its names writes
        Path file = Files.write(dir.resolve("UPPLAN_202504_1234567890_2345678901_20250401090000.CSV"), content);

        CareplanResource resource = CodecRoundTripTest.load(file, registry);

        assertEquals(1, resource.problems().size(), () -> resource.problems().toString());
        CsvProblem problem = resource.problems().get(0);
        assertEquals("CSV-NAME-RULE", problem.ruleId());
        assertEquals(CsvProblem.Severity.WARNING, problem.severity());
        assertEquals(1, problem.getLine());
        assertTrue(problem.getMessage(Locale.ENGLISH).contains("[CSV-NAME-RULE] the file name follows the naming rule of 3.2, but the files of "
                + "this CSVバージョン are named by that of 4.x"), problem.getMessage(Locale.ENGLISH));
        assertTrue(resource.isComplete(), "read as it is");
        assertArrayEquals(content, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)));

        // 3.2 content under a 4.x name, as a sender of 4.x names writes a month before 4.1 applies: fine
        Path earlier = Files.write(dir.resolve("UPPLAN_202503_1234567890_43_2345678901_17_20250301090000.CSV"),
                new SyntheticRecords(34).file(Layouts.layout("UPPLAN"), YearMonth.of(2025, 3), 3));
        assertEquals(List.of(), CodecRoundTripTest.load(earlier, registry).problems());
    }

    @Test
    void the4xFileNameCarriesBothServiceTypeCodes() throws Exception {
        FileName name = FileNames.of(registry()).parse(fileName("UPPLAN", APRIL));
        assertEquals("UPPLAN", name.getKind());
        assertEquals("202504", name.getMonth());
        assertEquals("1234567890", name.getSenderOffice());
        assertEquals("43", name.getSenderServiceType());
        assertEquals("2345678901", name.getReceiverOffice());
        assertEquals("17", name.getReceiverServiceType());
    }

    /**
     * The core is untouched: no core bundle's manifest, plugin.xml or source names an extension bundle
     * or its model. (The product's feature lists and this test are the only places that know of them.)
     */
    @Test
    void noCoreBundleNamesTheExtensions() throws IOException {
        Path bundles = Path.of("..", "..", "bundles");
        List<String> extensions = List.of("jp.careplan.spec.r6", "jp.careplan.tais", "jp.careplan.table3", "careplan.jp/model/r6",
                "careplan.jp/model/table3");
        // every bundle of the repository that is not one of the extensions is core, a bundle added later too
        List<String> core;
        try (Stream<Path> folders = Files.list(bundles)) {
            core = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.startsWith("jp.careplan.") && extensions.stream().noneMatch(name::startsWith)).sorted().toList();
        }
        assertTrue(core.containsAll(List.of("jp.careplan.model", "jp.careplan.model.edit", "jp.careplan.layout", "jp.careplan.csv",
                "jp.careplan.validation", "jp.careplan.cli", "jp.careplan.edit.ui", "jp.careplan.ui", "jp.careplan.spec.v3")), core::toString);
        int looked = 0;
        for (String bundle : core) {
            Path folder = bundles.resolve(bundle);
            assertTrue(Files.isDirectory(folder), folder.toString());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).filter(path -> !path.toString().contains("/target/"))
                        .filter(path -> path.toString().matches(".*\\.(java|MF|xml|properties|ecore|genmodel|layout|exsd)$")).toList();
            }
            for (Path path : files) {
                String text = Files.readString(path);
                for (String extension : extensions) {
                    assertTrue(!text.contains(extension), path + " names " + extension);
                }
                looked++;
            }
        }
        assertTrue(looked > 100, "the core's files were read: " + looked);
    }

    @Test
    void theLayoutSetIsContributedLikeAVendorsWouldBe() throws IOException {
        String pluginXml = Files.readString(Path.of("..", "..", "bundles", "jp.careplan.spec.r6", "plugin.xml"));
        assertTrue(pluginXml.contains("point=\"jp.careplan.layout.layouts\"") && pluginXml.contains("csvVersion=\"202407\"")
                && pluginXml.contains("validFrom=\"202504\""), pluginXml);
        LayoutSet set = r6();
        assertEquals("202407", set.getCsvVersion());
        assertEquals("202504", set.getValidFrom());
        for (FileLayout layout : set.getFileLayouts()) {
            for (Column column : layout.getColumns()) {
                assertNotNull(layout.getRecordClass().getEStructuralFeature(column.getFeature()),
                        layout.getKind() + " No." + column.getNumber() + " binds a feature its record class has");
            }
        }
        Record record = (Record) org.eclipse.emf.ecore.util.EcoreUtil.create(layout("UPPLAN").getRecordClass());
        assertSame(CareplanPackage.Literals.SERVICE_USE_ROW, record.eClass().getESuperTypes().get(0));
    }
}
