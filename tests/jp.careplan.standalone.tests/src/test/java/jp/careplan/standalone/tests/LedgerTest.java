/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.Ledger;
import jp.careplan.csv.Ledger.Action;
import jp.careplan.csv.Ledger.Problem;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/**
 * Issue 8's evidence ledger: entries of every action on a generated month's files, with the time and zone, the user,
 * the SHA-256 and the records' keys but no cell content; verify finds nothing in the ledger as written, and catches
 * an edited entry (also one whose hash was recomputed), a removed one (also the last), and a swapped pair.
 */
class LedgerTest {

    @TempDir
    Path dir;
    private Path folder;
    private Ledger ledger;
    private List<GeneratedFile> month;

    @BeforeEach
    void writeALedger() throws Exception {
        folder = Files.createDirectories(dir.resolve("exchange"));
        month = new SyntheticExchange(71, Layouts.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        ledger = Ledger.at(dir.resolve("exchange.careplan-ledger.tsv"), dir.resolve("home/head"));
        Action[] actions = { Action.IMPORT, Action.SAVE, Action.EXPORT, Action.CONVERT, Action.DELETE, Action.IMPORT };
        for (int i = 0; i < actions.length; i++) {
            GeneratedFile file = month.get(i);
            ledger.append(actions[i], file.path(), Ledger.keysOf(CareplanResource.read(file.path(), Layouts.registry())));
        }
    }

    @Test
    void entriesCarryWhatAnInspectorNeedsAndNoCellContent() throws Exception {
        List<Ledger.Entry> entries = ledger.entries();
        assertEquals(6, entries.size());
        Ledger.Entry first = entries.get(0);
        assertEquals(1, first.number());
        assertTrue(first.time().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})"), first.time());
        assertEquals(System.getProperty("user.name"), first.user());
        assertEquals(month.get(0).name(), first.file());
        assertEquals(month.get(0).serial(), first.unit());
        assertEquals(64, first.sha256().length());
        CareplanResource resource = CareplanResource.read(month.get(0).path(), Layouts.registry());
        assertEquals(Ledger.keysOf(resource), first.keys());
        assertTrue(first.keys().get(0).startsWith(resource.document().getRecords().get(0).getInsurerNumber() + ":"));
        assertEquals(List.of(), ledger.verify());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ledger.file())));
        // no cell content: the names in the files are nowhere in the ledger
        String text = Files.readString(ledger.file(), StandardCharsets.UTF_8);
        for (String name : List.of("架空", "髙橋", "見本", "花子", "一郎")) {
            assertFalse(text.contains(name), name);
        }
        assertEquals(2, Ledger.filter(entries, "import").size());
    }

    @Test
    void anEditedEntryIsCaught() throws Exception {
        List<String> lines = lines();
        lines.set(2, lines.get(2).replace(month.get(2).name(), "UPPLAN_202503_0000000000_0000000000_20250301000000.CSV"));
        write(lines);
        assertEquals(Set.of(Problem.EDITED + "@3"), found());
    }

    @Test
    void anEditedEntryWhoseHashWasMadeAgainBreaksTheChain() throws Exception {
        List<String> lines = lines();
        String[] cells = lines.get(2).split("\t");
        cells[3] = "SAVE"; // was EXPORT
        // the forger recomputes the entry's hash from its fields, as the format says
        String fields = String.join("\t", cells[8], cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7]);
        cells[9] = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(fields.getBytes(StandardCharsets.UTF_8)));
        lines.set(2, String.join("\t", cells));
        write(lines);
        assertEquals(Set.of(Problem.CHAIN + "@4"), found(), "the next entry names the old hash");
    }

    @Test
    void aRemovedEntryIsCaught() throws Exception {
        List<String> lines = lines();
        lines.remove(3);
        write(lines);
        assertEquals(Set.of(Problem.REMOVED + "@5", Problem.CHAIN + "@5"), found());
    }

    @Test
    void aRemovedLastEntryIsCaughtByTheUsersOwnRecord() throws Exception {
        List<String> lines = lines();
        lines.remove(lines.size() - 1);
        write(lines);
        assertEquals(Set.of(Problem.CUT_SHORT + "@6"), found());
    }

    @Test
    void aSwappedPairIsCaught() throws Exception {
        List<String> lines = lines();
        Collections.swap(lines, 1, 2);
        write(lines);
        Set<String> found = found();
        assertTrue(found.contains(Problem.REORDERED + "@2"), found::toString);
        assertTrue(found.contains(Problem.CHAIN + "@3"), found::toString);
    }

    @Test
    void aLedgerCutShortAndThenAppendedToStillShowsTheCut() throws Exception {
        List<String> lines = lines();
        lines.remove(lines.size() - 1);
        write(lines);
        ledger.append(Action.SAVE, month.get(6).path(), List.of());
        assertEquals(7, ledger.entries().get(5).number(), "the new entry follows the user's own record of the last one");
        assertEquals(Set.of(Problem.REMOVED + "@7", Problem.CHAIN + "@7"), found());
    }

    @Test
    void aLastLineHalfWrittenByACrashStaysOneMalformedLineAndTheNextEntryIsWhole() throws Exception {
        String whole = Files.readString(ledger.file(), StandardCharsets.UTF_8);
        String last = lines().get(5);
        Files.writeString(ledger.file(), whole + last.substring(0, last.length() / 2).replace("\t6\t", "\t7\t"),
                StandardCharsets.UTF_8);
        Ledger.Entry next = ledger.append(Action.EXPORT, month.get(6).path(), List.of());
        assertEquals(7, next.number());
        assertEquals(List.of(new Ledger.Finding(Problem.MALFORMED, 0, 7)), ledger.verify());
        assertEquals(next, ledger.entries().get(6));
    }

    @Test
    void keysFromOutsideCannotBreakTheLine() throws Exception {
        Ledger.Entry entry = ledger.append(Action.IMPORT, "UP\tPLAN\n.CSV", new byte[] { 1 }, List.of("1\t2;3\r\n4", "5:6:202503"));
        assertEquals(List.of("1 2,3  4", "5:6:202503"), entry.keys());
        assertEquals("UP PLAN .CSV", entry.file());
        assertEquals(entry, ledger.entries().get(6));
        assertEquals(List.of(), ledger.verify());
    }

    @Test
    void anUnreadableHeadIsFoundNotThrownAndNotOverwritten() throws Exception {
        Files.write(dir.resolve("home/head"), new byte[] { 'x', (byte) 0xff, '\t', 0 });
        assertEquals(Set.of(Problem.HEAD_UNREADABLE + "@0"), found());
        ledger.append(Action.SAVE, month.get(6).path(), List.of());
        assertEquals(Set.of(Problem.HEAD_UNREADABLE + "@0"), found(), "the evidence stays until someone looks at it");
    }

    /**
     * The end cut and entries forged in its place with valid hashes (the chain has no key): the user's own record still
     * knows the entry that was there, and the next append does not make the ledger look whole again.
     */
    @Test
    void entriesReplacedAtTheEndAreCaughtAndStayCaughtAfterTheNextAppend() throws Exception {
        List<String> lines = lines();
        write(lines.subList(0, 3));
        Ledger forger = Ledger.at(ledger.file(), dir.resolve("forger/head"));
        forger.append(Action.IMPORT, "UPPLAN_202503_1234567890_2345678901_20250301000000.CSV", new byte[] { 1 }, List.of());
        forger.append(Action.IMPORT, "UPPLAN_202503_1234567890_2345678901_20250301000001.CSV", new byte[] { 2 }, List.of());
        forger.append(Action.IMPORT, "UPPLAN_202503_1234567890_2345678901_20250301000002.CSV", new byte[] { 3 }, List.of());
        assertEquals(Set.of(Problem.REPLACED + "@6"), found());
        ledger.append(Action.SAVE, month.get(6).path(), List.of());
        assertTrue(found().contains(Problem.CHAIN + "@7"), found()::toString);
    }

    @Test
    void aLineTornInsideItsHashIsNoEntry() throws Exception {
        List<String> lines = lines();
        lines.set(5, lines.get(5).substring(0, lines.get(5).length() - 10));
        write(lines);
        assertEquals(Set.of(Problem.MALFORMED + "@0", Problem.CUT_SHORT + "@6"), found());
    }

    @Test
    void aBadByteIsAFindingNotAnException() throws Exception {
        byte[] bytes = Files.readAllBytes(ledger.file());
        bytes[bytes.length / 2] = (byte) 0xff;
        Files.write(ledger.file(), bytes);
        assertTrue(!ledger.verify().isEmpty());
        assertTrue(ledger.entries().size() >= 5, "the other entries are still listed");
    }

    @Test
    void appendsFromManyThreadsAndLedgerObjectsKeepOneChain() throws Exception {
        int threads = 4;
        int each = 25;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Ledger own = Ledger.at(ledger.file(), dir.resolve("home/head"));
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        own.append(Action.EXPORT, "UPPLAN_" + thread + "_" + i + ".CSV", new byte[] { (byte) i }, List.of());
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Ledger.Entry> entries = ledger.entries();
        assertEquals(6 + threads * each, entries.size());
        assertEquals(6 + threads * each, entries.get(entries.size() - 1).number());
        assertEquals(List.of(), ledger.verify());
    }

    private List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(ledger.file(), StandardCharsets.UTF_8));
    }

    private void write(List<String> lines) throws Exception {
        Files.writeString(ledger.file(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Set<String> found() throws Exception {
        return ledger.verify().stream().map(finding -> finding.problem() + "@" + finding.number()).collect(Collectors.toSet());
    }
}
