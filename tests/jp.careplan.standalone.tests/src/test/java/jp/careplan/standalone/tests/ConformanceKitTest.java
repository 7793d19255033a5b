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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.ConformanceKit;
import jp.careplan.kit.KitVerification;
import jp.careplan.kit.Scenario;
import jp.careplan.kit.Scenario.Expectation;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.tais.TaisRules;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;

/**
 * Issue 7's conformance kit: the kit of 3.2 and of 4.1 is generated from the installed layouts, every scenario's
 * README states the verdict the product's checker reaches on its folder, finding by finding, every kind of the version
 * is covered, the files come back byte for byte through the reader and writer, and {@code kit verify} accepts a
 * faithful copy and names each departure (a changed item, a missing file) by file, line and item, never by value.
 */
class ConformanceKitTest {

    static LayoutRegistry registry() {
        LayoutRegistry registry = PreventionFilesTest.registry();
        registry.register(Table3Test.table3());
        return registry;
    }

    static RuleRegistry rules() {
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        TaisRules.register(rules);
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = { "3.2", "4.1" })
    void everyScenarioReadmeStatesWhatTheCheckerReports(String version, @TempDir Path dir) throws IOException {
        ConformanceKit kits = new ConformanceKit(registry(), rules());
        ConformanceKit.Kit kit = kits.generate(dir.resolve("kit"), version);

        for (Scenario scenario : kit.scenarios()) {
            Path folder = dir.resolve("kit").resolve(scenario.folder());
            // the README on disk, read back, not the generator's memory
            List<String> readme = Files.readAllLines(folder.resolve("README.md"), StandardCharsets.UTF_8);
            Set<Expectation> stated = new TreeSet<>(Scenario.expectedIn(readme));
            Set<Expectation> reported = kits.findings(folder);
            assertEquals(stated, reported, scenario.folder());
            assertEquals(scenario.conforming(), reported.stream().allMatch(e -> e.severity() == CsvProblem.Severity.INFO),
                    scenario.folder());
        }
        assertEquals(List.of(), kits.check(kit));
    }

    @Test
    void theKitsHoldTheChapter5ScenariosAndRefusedFiles(@TempDir Path dir) throws Exception {
        ConformanceKit kits = new ConformanceKit(registry(), rules());
        ConformanceKit.Kit v41 = kits.generate(dir.resolve("4.1"), "4.1");
        ConformanceKit.Kit v32 = kits.generate(dir.resolve("3.2"), "3.2");

        List<String> folders41 = v41.scenarios().stream().map(Scenario::folder).toList();
        assertEquals(List.of("01-several-providers", "02-provider-change-with-deletion", "03-change-within-the-month",
                "04-satellites", "05-welfare-equipment-tais", "06-over-30-days", "07-public-assistance", "08-daily-proration",
                "09-prevention-commissioned", "10-every-kind", "90-refused-office-number", "91-refused-calendar-date",
                "92-refused-annex-without-schedule"), folders41);
        assertEquals(List.of(), v41.leftOut());
        // 3.2 has neither product codes nor 介護予防 files: those scenarios are left out, and the README says so
        assertEquals(List.of("05-welfare-equipment-tais", "09-prevention-commissioned"), v32.leftOut());
        String index = Files.readString(dir.resolve("3.2").resolve("README.md"));
        assertTrue(index.contains("05-welfare-equipment-tais"), index);
        assertEquals(3, v41.scenarios().stream().filter(scenario -> !scenario.conforming()).count());
        // a 生保単独 number, 日割 flags and 30日超 are in the files themselves
        assertTrue(anyFileHas(dir.resolve("4.1/07-public-assistance"), ",H"));
        assertTrue(anyFileHas(dir.resolve("4.1/08-daily-proration"), "1".repeat(15) + "0".repeat(16)));
        // 実績 and their deletion come from the サービス事業所 (本文 5.1), in the every-kind scenario too: a deletion of
        // its own 実績, which the folder holds (before, it went from the 居宅介護支援事業所 and named a third office)
        FileNames names = FileNames.of(registry());
        for (String version : List.of("3.2", "4.1")) {
            try (Stream<Path> files = Files.list(dir.resolve(version).resolve("10-every-kind"))) {
                Map<String, String> senders = new java.util.HashMap<>();
                for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".CSV")).toList()) {
                    senders.put(file.getFileName().toString(), names.parse(file.getFileName().toString()).getSenderOffice());
                }
                String careOffice = senders.entrySet().stream().filter(e -> e.getKey().startsWith("UP1KYO_")).findFirst().orElseThrow()
                        .getValue();
                List<String> actual = senders.keySet().stream().filter(name -> name.matches("(UPJSK|DLTJSK)_.*")).toList();
                assertEquals(2, actual.size(), actual::toString);
                assertTrue(actual.stream().noneMatch(name -> senders.get(name).equals(careOffice)), version + ": " + actual);
                assertEquals(1, actual.stream().map(senders::get).distinct().count(), version + ": one provider sends both");
            }
            // and, as the README says, it deletes the folder's 実績: its cascade names them (not "-")
            List<Path> everyKind;
            try (Stream<Path> files = Files.list(dir.resolve(version).resolve("10-every-kind"))) {
                everyKind = files.filter(path -> !path.getFileName().toString().equals("README.md")).sorted().toList();
            }
            List<CsvProblem> deletion = new jp.careplan.validation.ExchangeCheck(registry(), rules()).check(everyKind).problems()
                    .stream().filter(p -> p.ruleId().equals("UNIT-CASCADE") && p.fileName().startsWith("DLTJSK_")).toList();
            assertEquals(1, deletion.size(), deletion::toString);
            assertTrue(deletion.get(0).getMessage(Locale.JAPANESE).contains("第6表 実績情報"), deletion.get(0).getMessage(Locale.JAPANESE));
        }
        // the 実績 deletion of 5.1.2.2 names the 実績 an earlier unit of the folder held (not "-": unknown)
        List<Path> satellites;
        try (Stream<Path> files = Files.list(dir.resolve("4.1/04-satellites"))) {
            satellites = files.filter(path -> path.toString().endsWith(".CSV")).sorted().toList();
        }
        List<CsvProblem> cascade = new jp.careplan.validation.ExchangeCheck(registry(), rules()).check(satellites).problems().stream()
                .filter(problem -> problem.ruleId().equals("UNIT-CASCADE")).toList();
        assertEquals(1, cascade.size(), cascade::toString);
        assertTrue(cascade.get(0).fileName().startsWith("DLTJSK_"));
        assertTrue(cascade.get(0).getMessage(Locale.JAPANESE).contains("第6表 実績情報"), cascade.get(0).getMessage(Locale.JAPANESE));
    }

    @ParameterizedTest
    @ValueSource(strings = { "3.2", "4.1" })
    void everyKindOfTheVersionIsInTheKit(String version, @TempDir Path dir) throws IOException {
        LayoutRegistry registry = registry();
        ConformanceKit.Kit kit = new ConformanceKit(registry, rules()).generate(dir, version);
        FileNames names = FileNames.of(registry);
        Set<String> kinds = new TreeSet<>();
        for (Scenario scenario : kit.scenarios()) {
            for (String file : scenario.files()) {
                try {
                    kinds.add(names.parse(file).getKind());
                } catch (jp.careplan.csv.FileNameException refusedByName) {
                    assertFalse(scenario.conforming(), file);
                }
            }
        }
        Set<String> versionKinds = registry.layoutSets().stream().filter(set -> version.equals(set.getStandardVersion()))
                .flatMap(set -> set.getFileLayouts().stream()).map(FileLayout::getKind).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(versionKinds, kinds);
        assertTrue(kinds.size() >= (version.equals("4.1") ? 17 : 9), kinds::toString);
    }

    @Test
    void theFilesOfConformingScenariosComeBackByteForByte(@TempDir Path dir) throws IOException {
        LayoutRegistry registry = registry();
        ConformanceKit.Kit kit = new ConformanceKit(registry, rules()).generate(dir, "4.1");
        int files = 0;
        for (Scenario scenario : kit.scenarios()) {
            if (!scenario.conforming()) {
                continue;
            }
            for (String file : scenario.files()) {
                if (!file.endsWith(".CSV")) {
                    continue;
                }
                Path path = dir.resolve(scenario.folder()).resolve(file);
                CareplanResource resource = CareplanResource.read(path, registry);
                assertTrue(resource.problems().isEmpty(), () -> file + ": " + resource.problems());
                assertArrayEquals(Files.readAllBytes(path), resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)), file);
                files++;
            }
        }
        assertTrue(files > 40, "files: " + files);
    }

    @Test
    void aKitIsTheSameBytesEachTimeAndNeverOverwritesAFolder(@TempDir Path dir) throws IOException {
        ConformanceKit kits = new ConformanceKit(registry(), rules());
        kits.generate(dir.resolve("a"), "4.1");
        kits.generate(dir.resolve("b"), "4.1");
        assertEquals(Files.readString(dir.resolve("a").resolve(ConformanceKit.MANIFEST)),
                Files.readString(dir.resolve("b").resolve(ConformanceKit.MANIFEST)));
        byte[] before = Files.readAllBytes(dir.resolve("a").resolve("README.md"));
        assertThrows(FileAlreadyExistsException.class, () -> kits.generate(dir.resolve("a"), "4.1"));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("a").resolve("README.md")));
    }

    @Test
    void verifyAcceptsAFaithfulCopyAndNamesEachDeparture(@TempDir Path dir) throws IOException {
        LayoutRegistry registry = registry();
        RuleRegistry rules = rules();
        ConformanceKit.Kit kit = new ConformanceKit(registry, rules).generate(dir.resolve("kit"), "4.1");
        Path out = dir.resolve("out");
        copy(kit, out);

        List<KitVerification.ScenarioResult> faithful = new KitVerification(registry, rules).verify(out, "4.1");
        assertEquals(10, faithful.size(), "the conforming scenarios");
        for (KitVerification.ScenarioResult result : faithful) {
            assertTrue(result.conforms(), () -> result.folder() + ": " + result.findings());
            assertEquals(result.filesCompared(), result.identical(), result.folder());
        }

        // another program: a file under a ファイル連番 of its own, one item changed, one file not written at all
        Path scenario = out.resolve("01-several-providers");
        Path plan = firstOf(scenario, "UPPLAN_");
        CareplanResource resource = CareplanResource.read(plan, registry);
        Record second = resource.document().getRecords().get(1);
        String units = second.eGet(second.eClass().getEStructuralFeature("units")).toString();
        String changed = "918273"; // a value no message could hold by chance (the kit's 単位数 are hundreds)
        assertTrue(!changed.equals(units));
        second.eSet(second.eClass().getEStructuralFeature("units"), changed);
        Files.write(plan, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)));
        Path actual = firstOf(scenario, "UPJSK_");
        String renamed = actual.getFileName().toString().replaceFirst("_(\\d{14})\\.CSV$", "_20991231235959.CSV");
        Files.move(actual, actual.resolveSibling(renamed));
        Path missing = firstOf(scenario, "UP2KYO_");
        Files.delete(missing);

        KitVerification.ScenarioResult result = new KitVerification(registry, rules).verify(out, "4.1").get(0);

        assertFalse(result.conforms());
        List<CsvProblem> items = result.findings().stream().filter(f -> f.ruleId().equals("KIT-ITEM")).toList();
        assertEquals(1, items.size(), result.findings()::toString);
        assertEquals(plan.getFileName().toString(), items.get(0).fileName());
        assertEquals(2, items.get(0).getLine());
        assertEquals("単位数", items.get(0).itemName());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("KIT-FILE-MISSING")
                && f.fileName().equals(missing.getFileName().toString())), result.findings()::toString);
        assertTrue(result.findings().stream().noneMatch(f -> f.fileName().equals(renamed) && f.ruleId().startsWith("KIT-")),
                "a file under a serial of its own is still its kit file's counterpart: " + result.findings());
        for (CsvProblem finding : result.findings()) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                assertFalse(finding.getMessage(locale).contains(changed), "no value in a message");
            }
        }
        // the checker's own findings on the program's files come along (a 第2表 missing leaves nothing unparented)
        assertEquals(Set.of("KIT-ITEM", "KIT-FILE-MISSING"),
                result.findings().stream().map(CsvProblem::ruleId).filter(id -> id.startsWith("KIT-")).collect(Collectors.toSet()));
    }

    private static void copy(ConformanceKit.Kit kit, Path out) throws IOException {
        for (Scenario scenario : kit.scenarios()) {
            if (!scenario.reproduce()) {
                continue;
            }
            Path to = Files.createDirectories(out.resolve(scenario.folder()));
            for (String file : scenario.files()) {
                Files.copy(kit.folder().resolve(scenario.folder()).resolve(file), to.resolve(file));
            }
        }
    }

    private static Path firstOf(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix)).sorted().findFirst().orElseThrow();
        }
    }

    private static boolean anyFileHas(Path folder, String text) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(path -> path.toString().endsWith(".CSV")).forEach(files::add);
        }
        for (Path file : files) {
            if (new String(Files.readAllBytes(file), jp.careplan.kit.SyntheticRecords.MS932).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
