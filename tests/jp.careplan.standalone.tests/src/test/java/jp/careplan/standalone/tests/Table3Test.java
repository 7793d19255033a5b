/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.SendUnitValidation;
import jp.careplan.validation.Validation;

/**
 * 第3表 (週間サービス計画表, UP3KYO) from the extension bundle jp.careplan.table3: its files round-trip and
 * validate, its rows are records of the bundle's dynamic class, and it travels in the 第1表 send unit (its layout
 * says so) but not with 第6表 — with no change to the core.
 */
class Table3Test {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    static LayoutSet table3() {
        URL url = Table3Test.class.getClassLoader().getResource("layouts/table3.layout");
        assertNotNull(url, "jp.careplan.table3 is on the class path");
        try {
            return LayoutSets.load(URI.createURI(url.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LayoutRegistry registry() {
        LayoutRegistry registry = SpecR6Test.registry();
        registry.register(table3());
        return registry;
    }

    @Test
    void aWeeklyPlanComesBackByteIdenticalAndValidates(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileLayout layout = table3().getFileLayouts().get(0);
        assertEquals(13, layout.getColumns().size());
        byte[] written = new SyntheticRecords(3).file(layout, APRIL, 30);
        Path file = Files.write(dir.resolve("UP3KYO_1234567890_43_2345678901_11_20250401090000.CSV"), written);

        CareplanResource resource = CareplanResource.read(file, registry);

        assertTrue(resource.problems().isEmpty(), () -> resource.problems().toString());
        Record row = resource.document().getRecords().get(0);
        assertEquals("WeeklyPlanRow", row.eClass().getName());
        assertEquals("202407", row.getCsvVersion());
        assertArrayEquals(written, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)));
        List<CsvProblem> problems = SpecR6Test.validate(resource, registry);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    /** A 第3表 whose rows name the 第1表 of the unit has no parent problem. */
    @Test
    void itsRowsAreKeyedToTable1(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileNames names = FileNames.of(registry);
        FileLayout plan1 = registry.resolve("UP1KYO", "202407", "202504").layout();
        FileLayout weekly = table3().getFileLayouts().get(0);
        SyntheticRecords generator = new SyntheticRecords(5);
        List<String> plan = new java.util.ArrayList<>(generator.values(plan1, APRIL));
        String planDate = plan.get(index(plan1, "居宅サービス計画作成（変更）日"));
        List<String> row = new java.util.ArrayList<>(generator.values(weekly, APRIL));
        row.set(1, plan.get(1));
        row.set(2, plan.get(2));
        row.set(5 - 1, planDate);
        String name1 = "UP1KYO_1234567890_43_2345678901_11_20250401090000.CSV";
        String name3 = "UP3KYO_1234567890_43_2345678901_11_20250401090000.CSV";
        Path path1 = Files.write(dir.resolve(name1), SyntheticRecords.encode(plan1, List.of(plan)));
        Path path3 = Files.write(dir.resolve(name3), SyntheticRecords.encode(weekly, List.of(row)));

        List<CsvProblem> problems = new SendUnitValidation(registry).check(List.of(
                new SendUnitValidation.UnitFile(names.parse(name1), name1, CareplanResource.read(path1, registry)),
                new SendUnitValidation.UnitFile(names.parse(name3), name3, CareplanResource.read(path3, registry))));

        assertTrue(problems.stream().noneMatch(problem -> problem.severity() == CsvProblem.Severity.ERROR), problems::toString);
    }

    /** A 第1表 deletion whose plan an earlier unit held names 第3表 among what it removes, by the layouts. */
    @Test
    void aTable1DeletionRemovesTable3Too(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileNames names = FileNames.of(registry);
        FileLayout plan1 = registry.resolve("UP1KYO", "202407", "202504").layout();
        FileLayout deletion = registry.resolve("DLT1KYO", "202407", "202504").layout();
        SyntheticRecords generator = new SyntheticRecords(6);
        List<String> plan = new java.util.ArrayList<>(generator.values(plan1, APRIL));
        List<String> delete = new java.util.ArrayList<>(generator.values(deletion, APRIL));
        delete.set(1, plan.get(1));
        delete.set(2, plan.get(2));
        delete.set(index(deletion, "居宅サービス計画作成（変更）日"), plan.get(index(plan1, "居宅サービス計画作成（変更）日")));
        String name1 = "UP1KYO_1234567890_43_2345678901_11_20250401090000.CSV";
        String nameD = "DLT1KYO_1234567890_43_2345678901_11_20250402090000.CSV";
        Path path1 = Files.write(dir.resolve(name1), SyntheticRecords.encode(plan1, List.of(plan)));
        Path pathD = Files.write(dir.resolve(nameD), SyntheticRecords.encode(deletion, List.of(delete)));
        SendUnitValidation units = new SendUnitValidation(registry);
        units.check(List.of(new SendUnitValidation.UnitFile(names.parse(name1), name1, CareplanResource.read(path1, registry))));

        List<CsvProblem> problems = units.check(List.of(
                new SendUnitValidation.UnitFile(names.parse(nameD), nameD, CareplanResource.read(pathD, registry))));

        CsvProblem cascade = problems.stream().filter(problem -> problem.ruleId().equals("UNIT-CASCADE")).findFirst().orElseThrow();
        assertTrue(cascade.getMessage(java.util.Locale.ENGLISH).contains("居宅サービス計画1表, 居宅サービス計画2表, 居宅サービス計画３表"),
                cascade.getMessage(java.util.Locale.ENGLISH));
    }

    private static int index(FileLayout layout, String name) {
        return layout.getColumns().stream().filter(column -> column.getName().equals(name)).findFirst().orElseThrow().getNumber() - 1;
    }

    @Test
    void itTravelsWithTable1AndNotWithTable6(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = registry();
        FileNames names = FileNames.of(registry);
        SyntheticRecords generator = new SyntheticRecords(4);
        java.util.function.Function<String, SendUnitValidation.UnitFile> file = name -> {
            try {
                String kind = name.substring(0, name.indexOf('_'));
                FileLayout layout = registry.resolve(kind, "202407", "202504").layout();
                Path path = Files.write(dir.resolve(name), generator.file(layout, APRIL, 2));
                return new SendUnitValidation.UnitFile(names.parse(name), name, CareplanResource.read(path, registry));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        List<CsvProblem> plan = new SendUnitValidation(registry).check(List.of(
                file.apply("UP1KYO_1234567890_43_2345678901_11_20250401090000.CSV"),
                file.apply("UP2KYO_1234567890_43_2345678901_11_20250401090000.CSV"),
                file.apply("UP3KYO_1234567890_43_2345678901_11_20250401090000.CSV")));
        List<CsvProblem> schedule = new SendUnitValidation(registry).check(List.of(
                file.apply("UPPLAN_202504_1234567890_43_2345678901_11_20250401100000.CSV"),
                file.apply("UP3KYO_1234567890_43_2345678901_11_20250401100000.CSV")));

        assertTrue(plan.stream().noneMatch(problem -> problem.ruleId().equals("UNIT-COMBINATION")), plan::toString);
        // the generated 第3表 rows name plans the generated 第1表 does not hold: each is reported at its key
        List<CsvProblem> orphans = plan.stream().filter(problem -> problem.ruleId().equals("UNIT-PARENT")
                && problem.fileName().startsWith("UP3KYO")).toList();
        assertEquals(2, orphans.size(), plan::toString);
        assertTrue(orphans.stream().allMatch(problem -> problem.getColumn() == 5
                && problem.itemName().equals("居宅サービス計画作成（変更）日")), orphans::toString);
        assertTrue(schedule.stream().anyMatch(problem -> problem.ruleId().equals("UNIT-COMBINATION")), schedule::toString);
    }
}
