/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.Ledger;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.ui.internal.Journal;
import jp.careplan.ui.internal.editors.Editors;
import jp.careplan.ui.internal.editors.RecordsEditor;
import jp.careplan.ui.internal.views.LedgerView;
import jp.careplan.ui.internal.views.ProblemsView;
import jp.careplan.uitest.Bot;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * Issue 8's marker test in the real workbench (the plain-Java one covers the core): every free-text item of a
 * generated month carries a marker; the folder is shown and checked, every file is opened in the editor of its kind,
 * one is edited (a marker typed in) and saved, a broken file is opened (a forced error, logged), the problems, the
 * ledger and its report are shown. Then everything the workbench wrote outside the user's files — the workspace's
 * metadata with its log and every bundle's state, the journal, the ledger and its head, new files in the temporary
 * folder — is searched for the markers: none. The same search finds them in the user's files.
 */
class NoPersonalDataInTheWorkbenchTest {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private final Bot bot = new Bot();

    @AfterEach
    void closeEditors() {
        EditorPage.closeAll();
    }

    @Test
    void noMarkerLeavesTheUsersFiles(@TempDir Path dir) throws Exception {
        Instant started = Instant.now();
        LayoutRegistry registry = LayoutRegistry.getDefault();
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        List<GeneratedFile> month = new SyntheticExchange(406, RecordsEditorTest.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        List<String> markers = new ArrayList<>();
        for (GeneratedFile file : month) {
            jp.careplan.fixtures.Markers.seed(file.path(), registry, markers);
        }
        assertTrue(markers.size() > 30, "markers: " + markers.size());
        // a forced error: a file the reader refuses where a marker is (an unclosed quote)
        markers.add("ZQXBROKEN");
        Path broken = folder.resolve("UPPLAN_202503_1370000009_1370000008_20250301130000.CSV");
        Files.write(broken, "202208,131016,1234567890,20250301,202503,1234567890,\"ZQXBROKEN,\r\n".getBytes(MS932));

        ExchangeViewPage.open(bot).openFolder(folder).waitForCheck();
        org.eclipse.ui.IWorkbenchPage page = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        for (GeneratedFile file : month) {
            ModelEditor editor = UiThread.call(() -> open(() -> Editors.open(page, file.path(), file.kind())));
            Wait.until(Condition.of(editor::isLoaded, () -> file.name() + " shown"));
        }
        // an edit with a marker, saved (and journaled on the way), in the raw editor (one editor per file: close the others)
        EditorPage.closeAll();
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP2KYO")).findFirst().orElseThrow();
        UiThread.call(() -> open(() -> Editors.openRaw(page, plan.path())));
        RecordsEditor raw = EditorPage.active(RecordsEditor.class);
        Record first = UiThread.call(() -> raw.resource().document().getRecords().get(0));
        String typed = "ZQXTYPED";
        markers.add(typed);
        UiThread.run(() -> raw.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                raw.getEditingDomain(), first, first.eClass().getEStructuralFeature("issue"), typed)));
        Wait.until(Condition.of(() -> Files.exists(Journal.folder()) && hasBytes(Journal.folder()), () -> "the edit journaled"));
        UiThread.run(() -> raw.doSave(null));
        // the broken file, opened: the editor shows its problems
        ModelEditor shown = UiThread.call(() -> open(() -> Editors.openRaw(page, broken)));
        Wait.until(Condition.of(shown::isLoaded, () -> "the broken file shown"));
        // a file that cannot be read at all (a folder under a file's name): the editor says so, the log names the file
        Path unreadable = Files.createDirectories(folder.resolve("UP2KYO_1370000009_1370000008_20250301140000.CSV"));
        UiThread.call(() -> open(() -> Editors.openRaw(page, unreadable)));
        Path log = Platform.getLogFileLocation().toFile().toPath();
        Wait.until(Condition.of(() -> read(log).contains(unreadable.getFileName().toString()), () -> "the failure logged by file name"));
        bot.showView(ProblemsView.ID);
        LedgerView ledgerView = (LedgerView) bot.showView(LedgerView.ID).part();
        UiThread.run(ledgerView::reload);
        UiThread.run(ledgerView::verify);
        assertTrue(UiThread.call(() -> ledgerView.report(YearMonth.now().toString().replace("-", ""), dir.resolve("report.pdf"))));
        EditorPage.closeAll();

        // everything the workbench wrote outside the user's files
        List<Path> outside = new ArrayList<>();
        Path workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
        for (Path root : List.of(workspace, Journal.folder(), Ledger.headsFolder())) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walked = Files.walk(root)) {
                    walked.filter(Files::isRegularFile).forEach(outside::add);
                }
            }
        }
        outside.add(dir.resolve("exchange.careplan-ledger.tsv"));
        try (Stream<Path> temp = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 3)) {
            temp.filter(path -> !path.startsWith(dir)).filter(Files::isRegularFile).filter(Files::isReadable)
                    .filter(path -> newer(path, started)).forEach(outside::add);
        }
        assertTrue(outside.contains(log), "the log is searched: " + log);
        List<String> found = new ArrayList<>();
        for (Path path : outside) {
            String asUtf8 = read(path);
            String asMs932 = new String(bytes(path), MS932);
            markers.stream().filter(marker -> asUtf8.contains(marker) || asMs932.contains(marker)).forEach(m -> found.add(m + " in " + path));
        }
        assertEquals(List.of(), found);
        // the same search finds them where they belong
        long inUsersFiles = 0;
        try (Stream<Path> users = Files.list(folder)) {
            for (Path path : users.filter(Files::isRegularFile).toList()) {
                String text = new String(bytes(path), MS932);
                inUsersFiles += markers.stream().filter(text::contains).count();
            }
        }
        assertTrue(inUsersFiles >= markers.size() - 1, "markers in the user's files: " + inUsersFiles + " of " + markers.size());
    }

    private interface Opening {
        ModelEditor open() throws org.eclipse.ui.PartInitException;
    }

    private static ModelEditor open(Opening opening) {
        try {
            return opening.open();
        } catch (org.eclipse.ui.PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasBytes(Path journal) {
        try (Stream<Path> entries = Files.list(journal)) {
            return entries.anyMatch(path -> path.getFileName().toString().endsWith(".bytes"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }

    private static String read(Path path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static boolean newer(Path path, Instant since) {
        try {
            return Files.getLastModifiedTime(path).compareTo(FileTime.from(since)) >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
