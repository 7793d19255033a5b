/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.ExchangeFolder.Listing;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.exchange.SendUnit;

/** Send units (2.4) and 取込順序 (2.5) read from the names of a folder's files. */
class ExchangeFolderTest {

    private final ExchangeFolder folder = new ExchangeFolder(FileNames.of(Layouts.registry()));

    @Test
    void unitsFollowTheSerialAndEachHoldsTheFilesOfOneSenderAndReceiver(@TempDir Path dir) throws Exception {
        List<GeneratedFile> generated = new SyntheticExchange(1, Layouts.v3()).writeMonth(dir, YearMonth.of(2025, 1));

        Listing listing = folder.scan(dir);

        List<String> serials = listing.exchange().getUnits().stream().map(SendUnit::getSerial).toList();
        assertEquals(serials.stream().sorted().toList(), serials, "units are in ascending 連番");
        long distinctUnits = generated.stream().filter(GeneratedFile::conforming)
                .map(f -> f.serial() + f.senderOffice() + f.senderServiceType() + f.receiverOffice() + f.receiverServiceType())
                .distinct().count();
        assertEquals(distinctUnits, listing.exchange().getUnits().size());
        SendUnit plan = listing.exchange().getUnits().get(0);
        assertEquals(List.of("UP1KYO", "UP2KYO", "UPHOSOKU"),
                plan.getFiles().stream().map(f -> f.getName().getKind()).toList(), "files of a unit in the standard's order");
        for (SendUnit unit : listing.exchange().getUnits()) {
            assertTrue(unit.getFiles().stream().allMatch(f -> f.getName().getSerial().equals(unit.getSerial())
                    && f.getName().getSenderOffice().equals(unit.getSenderOffice())
                    && f.getName().getReceiverOffice().equals(unit.getReceiverOffice())));
        }
        assertEquals(dir.toAbsolutePath().toString(), listing.exchange().getFolder());
    }

    @Test
    void oneSerialToTwoReceiversMakesTwoUnits(@TempDir Path dir) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(2, Layouts.v3());
        String sender = exchange.office();
        exchange.write(dir, "UPPLAN", "202502", sender, null, "1111111111", null, "20250120100000");
        exchange.write(dir, "UPPLAN", "202502", sender, null, "2222222222", null, "20250120100000");

        Listing listing = folder.scan(dir);

        assertEquals(2, listing.exchange().getUnits().size());
        assertEquals("1111111111", listing.exchange().getUnits().get(0).getReceiverOffice());
    }

    @Test
    void onlyCsvFilesAreListedAndRejectedNamesAreKeptWithTheirReason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not an exchange file");
        Files.createDirectory(dir.resolve("UPPLAN_202502_1111111111_2222222222_20250120100000.CSV"));
        Files.writeString(dir.resolve("UPPLAN_202502_1111111111_2222222222.CSV"), "");

        Listing listing = folder.scan(dir);

        assertEquals(0, listing.files().size(), "a folder named like a file is not a file");
        assertEquals(1, listing.rejected().size());
        assertEquals("FN-SHAPE", listing.rejected().get(0).problem().ruleId());
    }

    @Test
    void readingNamesChangesNothingOnDisk(@TempDir Path dir) throws Exception {
        List<GeneratedFile> generated = new SyntheticExchange(3, Layouts.v3()).writeMonth(dir, YearMonth.of(2025, 2));
        byte[] before = Files.readAllBytes(generated.get(0).path());
        long modified = Files.getLastModifiedTime(generated.get(0).path()).toMillis();

        folder.scan(dir);

        try (var files = Files.list(dir)) {
            assertEquals(generated.size(), files.count());
        }
        assertEquals(modified, Files.getLastModifiedTime(generated.get(0).path()).toMillis());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(generated.get(0).path())));
    }
}
