/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.csv.ExchangeImport;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.SafeNames;

/**
 * Issue 8: no path is ever written outside the chosen folders. Every name from outside passes the standard's grammar
 * where it enters, and every write gets its path through {@link SafeNames#inside}, which refuses whatever would leave
 * the folder, on Linux as on Windows.
 */
class SafeNamesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "..", "../UPPLAN_202503_1234567890_2345678901_20250301000000.CSV", "/etc/passwd",
            "..\\..\\UPPLAN_202503_1234567890_2345678901_20250301000000.CSV", "sub/UPPLAN.CSV", "C:UPPLAN.CSV",
            "UPPLAN\u0000.CSV", "UPPLAN\n.CSV" })
    void aNameThatCouldLeaveTheFolderIsRefused(String name) {
        assertThrows(SafeNames.OutsideFolderException.class, () -> SafeNames.inside(dir, name));
    }

    @Test
    void aPlainNameIsTheFileDirectlyInTheFolder() throws Exception {
        String name = "UPPLAN_202503_1234567890_43_2345678901_11_20250301000000.CSV";
        assertEquals(dir.toAbsolutePath().normalize().resolve(name), SafeNames.inside(dir, name));
        assertEquals(dir.toAbsolutePath().normalize().resolve("a..b.sheet.csv"), SafeNames.inside(dir.resolve("x/.."), "a..b.sheet.csv"));
    }

    /** A received file whose name would lead elsewhere on Windows is refused by the grammar before any write. */
    @Test
    void aReceivedNameOutsideTheGrammarIsNotImported() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path hostile = Files.writeString(inbox.resolve("..\\..\\UPPLAN_202503_1234567890_2345678901_20250301000000.CSV"), "x");
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        ExchangeImport importer = new ExchangeImport(FileNames.of(Layouts.registry()));
        List<ExchangeImport.Item> plan = importer.plan(List.of(hostile), folder);
        assertEquals(ExchangeImport.Action.BAD_NAME, plan.get(0).action());
        assertEquals(List.of(), importer.run(plan, folder, () -> false));
        try (Stream<Path> written = Files.walk(dir)) {
            assertEquals(List.of(hostile), written.filter(Files::isRegularFile).toList(), "nothing written anywhere");
        }
    }
}
