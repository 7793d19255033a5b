/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.ui.internal.Journal;
import jp.careplan.ui.internal.Recovery;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.ui.internal.views.ExchangeView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.TableHandle;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * Issue 8's crash recovery: an editor with unsaved changes journals them within a second, owner-only; back at the
 * saved state, saved, or closed with the changes discarded, the journal is gone. What a killed workbench leaves is
 * offered at the next start: restored, the file opens in its editor with the edits, dirty, the file on disk untouched
 * until saved; discarded, the journal is removed.
 */
class CrashRecoveryTest {

    private final Bot bot = new Bot();

    @AfterEach
    void cleanUp() throws Exception {
        EditorPage.closeAll();
        for (Path entry : entries()) {
            Files.deleteIfExists(entry);
        }
    }

    private static List<Path> entries() {
        if (!Files.isDirectory(Journal.folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Journal.folder())) {
            return files.sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RecordsEditor openFirstPlan(Path folder, List<GeneratedFile> month, GeneratedFile plan) throws Exception {
        ExchangeViewPage page = ExchangeViewPage.open(bot).openFolder(folder);
        TableHandle files = page.files().waitForRows(month.size());
        files.select(page.rowOf(plan.name())).focus();
        UiThread.run(((ExchangeView) page.view().part())::openSelectedRaw);
        return EditorPage.active(RecordsEditor.class);
    }

    private static void edit(ModelEditor editor, Record record, String value) {
        UiThread.run(() -> editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), record, record.eClass().getEStructuralFeature("creationDate"), value)));
    }

    @Test
    void unsavedEditsAreJournaledAndTheJournalGoesWithSaveUndoOrDiscard(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(41, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        RecordsEditor editor = openFirstPlan(folder, month, plan);
        Record first = UiThread.call(() -> editor.resource().document().getRecords().get(0));

        edit(editor, first, "20250302");
        Wait.until(Condition.of(() -> entries().size() == 3, () -> "the journal within a second: " + entries()));
        Path bytes = entries().stream().filter(path -> path.toString().endsWith(".bytes")).findFirst().orElseThrow();
        assertArrayEquals(UiThread.call(() -> {
            try {
                return editor.resource().toBytes(Map.of());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), Files.readAllBytes(bytes), "what a save would write");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Journal.folder())));
        for (Path entry : entries()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)), entry.toString());
        }

        UiThread.run(() -> editor.commandStack().undo());
        Wait.until(Condition.of(() -> entries().isEmpty(), () -> "back at the saved state, no journal"));
        edit(editor, first, "20250303");
        Wait.until(Condition.of(() -> entries().size() == 3, () -> "journaled again"));
        UiThread.run(() -> editor.doSave(null));
        assertEquals(List.of(), entries(), "saved: no journal");
        edit(editor, first, "20250304");
        Wait.until(Condition.of(() -> entries().size() == 3, () -> "journaled again"));
        UiThread.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false));
        assertEquals(List.of(), entries(), "closed with the changes discarded: no journal");
    }

    @Test
    void whatAKilledWorkbenchLeftIsOfferedAndRestoredOrDiscarded(@TempDir Path folder, @TempDir Path aside) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(42, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        byte[] onDisk = Files.readAllBytes(plan.path());
        RecordsEditor editor = openFirstPlan(folder, month, plan);
        Record first = UiThread.call(() -> editor.resource().document().getRecords().get(0));
        edit(editor, first, "20250305");
        Wait.until(Condition.of(() -> entries().size() == 3, () -> "the journal within a second"));
        // the kill: the journal stays as it was at that moment (the test's workbench closes the editor afterwards)
        for (Path entry : entries()) {
            Files.copy(entry, aside.resolve(entry.getFileName()));
        }
        UiThread.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false));
        try (Stream<Path> kept = Files.list(aside)) {
            for (Path entry : kept.toList()) {
                Files.copy(entry, Journal.folder().resolve(entry.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        // the file on disk is the one the edits began from: no warning
        assertTrue(!Journal.pending().get(0).changedOnDisk());
        assertTrue(!Recovery.question(Journal.pending()).contains("変更されています"), Recovery.question(Journal.pending()));
        // the next start
        List<Path> restored = UiThread.call(() -> Recovery.offer(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                (shell, pending) -> Recovery.Choice.RESTORE));

        assertEquals(List.of(plan.path().toAbsolutePath().normalize()), restored);
        ModelEditor back = EditorPage.active(ModelEditor.class); // the editor of its kind
        assertTrue(UiThread.call(back::isDirty), "the restored edits are not saved yet");
        // and the workbench knows it (the asterisk on the tab, the prompt at close): the part was told, not only asked
        org.eclipse.e4.ui.model.application.ui.basic.MPart part = UiThread.call(
                () -> back.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class));
        jp.careplan.uitest.Wait.until(jp.careplan.uitest.Condition.of(part::isDirty, () -> "the part to be marked dirty"));
        assertEquals("20250305", UiThread.call(() -> back.resource().document().getRecords().get(0).eGet(
                first.eClass().getEStructuralFeature("creationDate"))));
        assertArrayEquals(onDisk, Files.readAllBytes(plan.path()), "the file on disk untouched until saved");
        UiThread.run(() -> back.doSave(null));
        assertTrue(new String(Files.readAllBytes(plan.path()), jp.careplan.kit.SyntheticRecords.MS932).contains("20250305"));
        assertEquals(List.of(), entries());

        // discarded: the journal goes, nothing opens
        try (Stream<Path> kept = Files.list(aside)) {
            for (Path entry : kept.toList()) {
                Files.copy(entry, Journal.folder().resolve(entry.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        EditorPage.closeAll();
        List<Path> none = UiThread.call(() -> Recovery.offer(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                (shell, pending) -> Recovery.Choice.DISCARD));
        assertEquals(List.of(), none);
        assertEquals(List.of(), entries());
    }

    /**
     * The temporary files a write killed half-way left go when the folder is shown at the next start: in the exchange
     * folder, its export folder and the folder of the ledgers' heads; files that only look alike stay.
     */
    @Test
    void leftoversOfAKilledWriteGoAtTheNextSightOfTheFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        jp.careplan.ui.internal.OfficePreferences.set(List.of(), "", outbox.toString());
        try {
            Path heads = Files.createDirectories(jp.careplan.csv.Ledger.headsFolder());
            List<Path> leftovers = List.of(Files.writeString(folder.resolve(".UPPLAN_202503_1_2_3.CSV.careplan-123.tmp"), "x"),
                    Files.writeString(outbox.resolve(".UPJSK_202503_1_2_3.CSV.careplan-456.tmp"), "x"),
                    Files.writeString(heads.resolve(".abc.head.careplan-789.tmp"), "x"));
            Path alike = Files.writeString(folder.resolve("UPPLAN.careplan-1.tmp"), "a user's own file");
            // left by a write killed before this workbench started
            java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
            for (Path leftover : leftovers) {
                Files.setLastModifiedTime(leftover, before);
            }
            // and one being written right now by another process (the command line exporting)
            Path inProgress = Files.writeString(outbox.resolve(".UPPLAN_202503_1_2_4.CSV.careplan-999.tmp"), "x");
            ExchangeViewPage.open(bot).openFolder(folder);
            for (Path leftover : leftovers) {
                assertTrue(!Files.exists(leftover), leftover + " removed");
            }
            assertTrue(Files.exists(alike), "a file that is no temporary file of the product stays");
            assertTrue(Files.exists(inProgress), "a write in progress keeps its temporary file");
        } finally {
            jp.careplan.ui.internal.OfficePreferences.set(List.of(), "", "");
        }
    }

    /**
     * A file changed on disk after its edits began (by another program, or on another PC of the office through a shared
     * folder): the offer says so for that file, since saving the restored edits would replace the newer file.
     */
    @Test
    void theOfferWarnsOfAFileChangedOnDiskSinceItsEditsBegan(@TempDir Path folder) throws Exception {
        List<GeneratedFile> month = new SyntheticExchange(43, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        RecordsEditor editor = openFirstPlan(folder, month, plan);
        Record first = UiThread.call(() -> editor.resource().document().getRecords().get(0));
        edit(editor, first, "20250306");
        Wait.until(Condition.of(() -> entries().size() == 3, () -> "the journal within a second"));
        edit(editor, first, "20250307");
        Wait.until(Condition.of(() -> {
            try {
                return new String(Files.readAllBytes(entries().stream().filter(p -> p.toString().endsWith(".bytes")).findFirst()
                        .orElseThrow()), jp.careplan.kit.SyntheticRecords.MS932).contains("20250307");
            } catch (java.io.IOException e) {
                return false;
            }
        }, () -> "the second edit journaled"));
        assertTrue(!Journal.pending().get(0).changedOnDisk(), "the base is the file as the edits began, kept across journal writes");

        // someone else changes the file meanwhile (a blank line is enough to make it another file)
        Files.write(plan.path(), new byte[] { '\r', '\n' }, java.nio.file.StandardOpenOption.APPEND);

        Journal.Pending pending = Journal.pending().get(0);
        assertTrue(pending.changedOnDisk());
        String question = Recovery.question(List.of(pending));
        assertTrue(question.contains(plan.name() + " （編集の開始後にディスク上のファイルが変更されています"), question);
        UiThread.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false));
        assertEquals(List.of(), entries(), "closed with the changes discarded: no journal, no base");
    }
}
