/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.exchange.FileName;

/** Any string given as a file name is either a standard name that formats back to itself, or a typed problem. */
class FileNameFuzzTest {

    private static final FileNames NAMES = FileNames.of(layouts());

    private static LayoutRegistry layouts() {
        CareplanPackage.eINSTANCE.eClass();
        LayoutRegistry registry = new LayoutRegistry();
        try {
            registry.register(LayoutSets.load(URI.createURI(
                    FileNameFuzzTest.class.getClassLoader().getResource("layouts/v3.2.layout").toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return registry;
    }

    @FuzzTest(maxDuration = "10m")
    void parse(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        try {
            FileName parsed = NAMES.parse(name);
            assertEquals(name, NAMES.format(parsed), "a parsed name formats back to the same characters");
        } catch (FileNameException e) {
            assertTrue(e.position() >= 1 && e.position() <= name.length() + 1, "the position lies in the name");
            assertTrue(e.getMessage(Locale.JAPANESE).startsWith(name), "the message names the file");
            assertTrue(e.ruleId().startsWith("FN-"));
        }
    }
}
