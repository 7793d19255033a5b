/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.Validation;

/**
 * Any bytes given as a 第6表 file, read and then validated with every built-in rule: the validator ends (never an
 * exception), and every problem it reports has a rule, a position inside the file and a message in both languages.
 */
class ValidatorFuzzTest {

    private static final LayoutRegistry LAYOUTS = new LayoutRegistry();
    private static final RuleRegistry RULES = new RuleRegistry();
    private static final String FILE = "UPPLAN_202503_1234567890_2345678901_20250225101500.CSV";

    static {
        CareplanPackage.eINSTANCE.eClass();
        URL url = ValidatorFuzzTest.class.getClassLoader().getResource("layouts/v3.2.layout");
        try {
            LAYOUTS.register(LayoutSets.load(URI.createURI(url.toString())));
            FileNames.of(LAYOUTS).parse(FILE);
        } catch (IOException | FileNameException e) {
            throw new IllegalStateException(e);
        }
        BuiltInRules.register(RULES);
    }

    @FuzzTest(maxDuration = "10m")
    void validate(byte[] bytes) throws IOException {
        CareplanResource resource = new CareplanResource(URI.createFileURI("/fuzz/" + FILE));
        resource.load(new ByteArrayInputStream(bytes), java.util.Map.of(CareplanResource.OPTION_LAYOUTS, LAYOUTS));
        List<CsvProblem> problems = new Validation(RULES, LAYOUTS).validate(resource);
        int lines = Math.max(1, resource.document().getRecords().size() + 1);
        for (CsvProblem problem : problems) {
            assertNotNull(problem.ruleId());
            assertTrue(problem.getLine() >= 0 && problem.getColumn() >= 0, problem::toString);
            assertNotNull(problem.getMessage(Locale.JAPANESE));
            assertNotNull(problem.getMessage(Locale.ENGLISH));
            assertTrue(problem.getLine() <= bytes.length + lines, problem::toString);
        }
    }
}
