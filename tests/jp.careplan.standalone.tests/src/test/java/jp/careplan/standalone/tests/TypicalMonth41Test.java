/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.CareplanCsvWriter;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.VersionConverter;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.exchange.FileName;
import jp.careplan.tais.TaisRules;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * Issue 6's proof: a generated typical month of a 居宅介護支援事業所 in 3.2 (April 2025, when 4.1 applies),
 * converted file by file to 4.1 with 4.x names, loses nothing and checks clean under 4.1 with every rule of the
 * core, the send units (combinations, parents, 第7表 against 第6表) included. The 福祉用具 rules then name what a
 * conversion cannot supply (3.2 has no product codes).
 */
class TypicalMonth41Test {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    @Test
    void aTypicalMonthConvertedTo41ChecksClean(@TempDir Path dir) throws IOException {
        LayoutRegistry registry = SpecR6Test.registry();
        List<GeneratedFile> old = new SyntheticExchange(2025_04_41L, Layouts.v3(), 40).writeTypicalMonth(dir.resolve("3.2"), APRIL, 3);
        Path folder = Files.createDirectories(dir.resolve("4.1"));
        VersionConverter converter = new VersionConverter(registry);
        LayoutSet target = converter.target("4.1").orElseThrow();
        FileNames names = FileNames.of(registry);
        CareplanCsvWriter writer = new CareplanCsvWriter(registry);
        List<Path> converted = new ArrayList<>();
        int records = 0;
        for (GeneratedFile file : old) {
            CareplanResource resource = CareplanResource.read(file.path(), registry);
            assertTrue(resource.problems().isEmpty(), () -> file.name() + ": " + resource.problems());
            String month = file.month() == null || "000000".equals(file.month()) ? null : file.month();
            VersionConverter.Result result = converter.convert(resource.document(), month, resource::lineOf, target);
            assertEquals(List.of(), result.losses(), file.name());
            FileName name = EcoreUtil.copy(resource.fileName());
            boolean fromCareOffice = !file.kind().equals("UPJSK");
            name.setSenderServiceType(fromCareOffice ? "43" : "11");
            name.setReceiverServiceType(fromCareOffice ? "11" : "43");
            Path written = folder.resolve(names.format(name));
            assertEquals(List.of(), writer.preflight(result.document(), written.getFileName().toString(), month));
            AtomicFiles.writeNew(written, out -> writer.write(result.document(), month, null, out));
            converted.add(written);
            records += result.document().getRecords().size();
        }
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);

        ExchangeCheck.Result checked = new ExchangeCheck(registry, rules).check(converted);

        List<CsvProblem> problems = checked.problems().stream().filter(problem -> problem.severity() != CsvProblem.Severity.INFO)
                .toList();
        assertEquals(List.of(), problems);

        // the 福祉用具 rules find what no conversion can supply: 3.2 carries no product codes, so its rental rows
        // (generated 17xxxx codes) lack them under 4.1, and its random 明細判別コード sit on rows that are not rentals
        TaisRules.register(rules);
        List<CsvProblem> tais = new ExchangeCheck(registry, rules).check(converted).problems().stream()
                .filter(problem -> problem.severity() != CsvProblem.Severity.INFO).toList();
        assertTrue(tais.stream().allMatch(problem -> problem.ruleId().startsWith("TAIS-")), tais::toString);
        assertTrue(tais.stream().anyMatch(problem -> problem.ruleId().equals("TAIS-RENTAL")), "the generated month has rentals");
        assertEquals(old.size(), checked.files().size());
        assertEquals(9, checked.units(), "3 providers: a plan unit, a schedule unit and a 実績 unit each");
        assertTrue(records > 500, records + " records");
        assertTrue(checked.files().stream().allMatch(report -> report.resource().document().getRecords().stream()
                .allMatch(record -> "202407".equals(record.getCsvVersion()))), "every record is 4.1 now");
    }
}
