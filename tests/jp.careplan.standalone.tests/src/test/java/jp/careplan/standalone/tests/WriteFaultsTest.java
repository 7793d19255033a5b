/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.AtomicFiles.Step;
import jp.careplan.csv.CareplanResource;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.UnitExport;

/**
 * Issue 8: a fault at each I/O step of a write — an I/O error, or a full disk — while an edited file is saved and
 * while an edited send unit is exported. The target keeps its old bytes (an export leaves no file of the unit at all),
 * no temporary file remains, and the edits are still in memory to save again. Forcing the folder after the rename is
 * the one step that cannot take a write back: the file is then complete, and the fault only costs durability.
 */
class WriteFaultsTest {

    static Stream<Arguments> faults() {
        List<Arguments> all = new ArrayList<>();
        for (Step step : Step.values()) {
            all.add(Arguments.of(step, "error"));
            all.add(Arguments.of(step, "disk full"));
        }
        return all.stream();
    }

    /** Throws at the given step for targets whose name starts so (for WRITE after the first chunk: half a file). */
    private static AtomicFiles.Faults at(Step step, String kind, String targetPrefix) {
        return (current, target) -> {
            boolean ours = target.getFileName().toString().startsWith(targetPrefix) || current == Step.FORCE_FOLDER;
            if (current != step || !ours) {
                return;
            }
            throw kind.equals("disk full") ? new FileSystemException(target.getFileName().toString(), null, "No space left on device")
                    : new IOException("injected I/O error at " + step);
        };
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("faults")
    void aSaveThatFailsKeepsTheOldFileAndTheEdit(Step step, String kind, @TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(81, Layouts.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        Path plan = month.stream().filter(file -> file.kind().equals("UPPLAN")).findFirst().orElseThrow().path();
        byte[] before = Files.readAllBytes(plan);
        List<String> entriesBefore = entries(folder);
        CareplanResource resource = CareplanResource.read(plan, Layouts.registry());
        Record record = resource.document().getRecords().get(0);
        EStructuralFeature units = record.eClass().getEStructuralFeature("units");
        String edited = Integer.toString(Integer.parseInt((String) record.eGet(units)) + 1);
        record.eSet(units, edited);
        resource.setModified(true);
        Map<String, Object> options = Map.of(CareplanResource.OPTION_LAYOUTS, Layouts.registry());

        try (AutoCloseable injected = AtomicFiles.injectFaults(at(step, kind, "UPPLAN"))) {
            if (step == Step.FORCE_FOLDER) {
                resource.save(options);
            } else {
                assertThrows(IOException.class, () -> resource.save(options));
            }
        }

        assertEquals(entriesBefore, entries(folder), "no temporary file, no other file");
        assertEquals(edited, record.eGet(units), "the edit is still in memory");
        if (step == Step.FORCE_FOLDER) {
            assertArrayEquals(resource.toBytes(options), Files.readAllBytes(plan), "the rename happened: the new file, whole");
        } else {
            assertArrayEquals(before, Files.readAllBytes(plan), "the old file, byte for byte");
            assertTrue(resource.isModified(), "still to be saved");
            resource.save(options); // and it can be saved once the disk is well again
            assertArrayEquals(resource.toBytes(options), Files.readAllBytes(plan));
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("faults")
    void anExportThatFailsLeavesNoFileOfTheUnitAndTheEdits(Step step, String kind, @TempDir Path folder, @TempDir Path out)
            throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(82, Layouts.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        String serial = month.stream().filter(f -> f.kind().equals("UPPLAN")).findFirst().orElseThrow().serial();
        List<CareplanResource> unit = new ArrayList<>();
        for (GeneratedFile file : month) {
            if (file.serial().equals(serial)) {
                unit.add(CareplanResource.read(file.path(), Layouts.registry()));
            }
        }
        Record record = unit.get(0).document().getRecords().get(0);
        EStructuralFeature planner = record.eClass().getEStructuralFeature("plannerName");
        record.eSet(planner, "架空　編集後");
        RuleRegistry rules = new RuleRegistry();
        BuiltInRules.register(rules);
        UnitExport export = new UnitExport(Layouts.registry(), rules);
        UnitExport.Prepared prepared = export.prepareResources(unit,
                new UnitExport.Addressing("1370000009", null, "1370000008", null, "20250301120000"));
        assertEquals(List.of(), prepared.errors());

        // the fault hits the second file of the unit, after the first was written whole
        try (AutoCloseable injected = AtomicFiles.injectFaults(at(step, kind, "UPSIKYU"))) {
            if (step == Step.FORCE_FOLDER) {
                export.write(prepared, out, true);
            } else {
                assertThrows(IOException.class, () -> export.write(prepared, out, true));
            }
        }

        assertEquals("架空　編集後", record.eGet(planner), "the edit is still in memory");
        if (step == Step.FORCE_FOLDER) {
            assertEquals(3, entries(out).size(), "the unit, whole: " + entries(out));
        } else {
            assertEquals(List.of(), entries(out), "half a unit is taken back, and no temporary file remains");
            assertEquals(3, export.write(prepared, out, true).size(), "the unit can be written once the disk is well again");
        }
    }
}
