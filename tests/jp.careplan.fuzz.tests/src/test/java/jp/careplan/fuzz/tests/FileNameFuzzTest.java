/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.model.exchange.FileName;

/** Any string given as a file name is either a standard name that formats back to itself, or a typed problem. */
class FileNameFuzzTest {

    private static final FileNames NAMES = new FileNames();

    @FuzzTest(maxDuration = "30s")
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
