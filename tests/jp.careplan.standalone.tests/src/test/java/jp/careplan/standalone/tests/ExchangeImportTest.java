/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.ExchangeImport;
import jp.careplan.csv.ExchangeImport.Action;
import jp.careplan.csv.ExchangeImport.Item;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/** Received files brought into the exchange folder: copied as they are, never over another file. */
class ExchangeImportTest {

    private final ExchangeImport importer = new ExchangeImport(FileNames.of(Layouts.registry()));

    @Test
    void conformingFilesAreCopiedIdenticalOnesSkippedOthersNeverOverwritten(@TempDir Path download, @TempDir Path folder)
            throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(101, Layouts.v3()).writeMonth(download, YearMonth.of(2025, 3));
        GeneratedFile same = month.get(0);
        GeneratedFile other = month.get(1);
        Files.copy(same.path(), folder.resolve(same.name()));
        Files.write(folder.resolve(other.name()), new byte[] { 'x' });
        byte[] otherBefore = Files.readAllBytes(folder.resolve(other.name()));

        List<Item> plan = importer.plan(List.of(download), folder);
        List<Path> written = importer.run(plan, folder, () -> false);

        long bad = month.stream().filter(file -> !file.conforming()).count();
        assertEquals(1, bad, "the month has one file whose name breaks the rule");
        assertEquals(month.size(), plan.size());
        assertEquals(Action.SAME_EXISTS, plan.stream().filter(i -> i.name().equals(same.name())).findFirst().orElseThrow().action());
        assertEquals(Action.CONFLICT, plan.stream().filter(i -> i.name().equals(other.name())).findFirst().orElseThrow().action());
        assertEquals(bad, plan.stream().filter(i -> i.action() == Action.BAD_NAME).count());
        assertEquals(month.size() - 2 - bad, written.size());
        for (Path target : written) {
            assertArrayEquals(Files.readAllBytes(download.resolve(target.getFileName())), Files.readAllBytes(target));
        }
        assertArrayEquals(otherBefore, Files.readAllBytes(folder.resolve(other.name())), "never overwritten");
    }

    @Test
    void cancellingStopsBeforeTheNextFile(@TempDir Path download, @TempDir Path folder) throws Exception {
        new SyntheticExchange(102, Layouts.v3()).writeMonth(download, YearMonth.of(2025, 3), false);

        List<Path> written = importer.run(importer.plan(List.of(download), folder), folder, () -> true);

        assertEquals(List.of(), written);
    }
}
