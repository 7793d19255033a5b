/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.Ledger;

/**
 * Any bytes as an evidence ledger and as the user's own record of its end: listing and verifying never throw, an
 * append still records its entry after whatever is there, and the ledger holds at least one finding unless it is
 * whole — and then it is whole after the append too.
 */
class LedgerFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyLedger(FuzzedDataProvider data) throws IOException {
        Path dir = Files.createTempDirectory("ledger-fuzz");
        try {
            Path file = dir.resolve("exchange.careplan-ledger.tsv");
            Path head = dir.resolve("head");
            Files.write(file, data.consumeBytes(data.consumeInt(0, 4096)));
            if (data.consumeBoolean()) {
                Files.write(head, data.consumeBytes(200));
            }
            Ledger ledger = Ledger.at(file, head);
            int before = ledger.entries().size();
            boolean whole = ledger.verify().isEmpty();
            Ledger.Entry entry = ledger.append(Ledger.Action.EXPORT, data.consumeString(80), data.consumeRemainingAsBytes(),
                    List.of("131001:1234567890:202503"));
            List<Ledger.Entry> after = ledger.entries();
            assertEquals(before + 1, after.size(), "the new entry is listed");
            assertEquals(entry, after.get(after.size() - 1));
            if (whole) {
                assertTrue(ledger.verify().isEmpty(), "a whole ledger stays whole: " + ledger.verify());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path path : files.toList()) {
                    Files.deleteIfExists(path);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
