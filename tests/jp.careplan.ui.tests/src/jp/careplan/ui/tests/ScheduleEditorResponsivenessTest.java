/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.fixtures.SyntheticSchedule;
import jp.careplan.fixtures.SyntheticSchedule.Visit;
import jp.careplan.ui.internal.editors.Editors;
import jp.careplan.ui.internal.editors.ScheduleEditor;
import jp.careplan.uitest.Condition;
import jp.careplan.uitest.Keyboard;
import jp.careplan.uitest.Screenshots;
import jp.careplan.uitest.UiThread;
import jp.careplan.uitest.Wait;

/**
 * Instrumentation, not a timed assertion: opens a 第6表 of 100,000 records in the calendar editor and reports
 * the time to the grid's first paint and the longest stall of the UI thread (the longest gap between the
 * beats of a 1 ms display timer) while opening and while paging through the grid. The figures go to
 * {@code target/screenshots/../responsiveness.txt} and the test log; the test asserts only that every record
 * was placed.
 */
class ScheduleEditorResponsivenessTest {

    private static final int USERS = 2_000;
    private static final int RECORDS_PER_USER = 50;

    /** The longest gap between the beats of a display timer, while it runs. */
    private static final class Heartbeat implements Runnable {
        private final Display display;
        private long last;
        private long longest;
        private boolean running = true;

        Heartbeat(Display display) {
            this.display = display;
        }

        void start() {
            last = System.nanoTime();
            display.timerExec(1, this);
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            longest = Math.max(longest, now - last);
            last = now;
            if (running) {
                display.timerExec(1, this);
            }
        }

        long stopAndTakeLongestMillis() {
            running = false;
            long result = longest / 1_000_000;
            longest = 0;
            return result;
        }

        long takeLongestMillis() {
            long result = longest / 1_000_000;
            longest = 0;
            return result;
        }
    }

    @Test
    void aHundredThousandRecordsOpenWithTheUiThreadResponsive(@TempDir Path folder) throws Exception {
        List<Visit> visits = new ArrayList<>(USERS * RECORDS_PER_USER);
        for (int user = 0; user < USERS; user++) {
            String insured = String.format("%010d", 1_000_000 + user);
            for (int i = 0; i < RECORDS_PER_USER; i++) {
                int service = i % 5; // five lines a user, ten days each
                visits.add(new Visit(insured, 1 + (i / 5) * 2 + (service % 2), "1" + service + "1111",
                        String.format("13700000%02d", service), String.format("%02d00", 8 + service), String.format("%02d00", 9 + service), "1"));
            }
        }
        Path file = SyntheticSchedule.write(folder, ScheduleEditorTest.layout("UPPLAN"), ScheduleEditorTest.FEBRUARY,
                ScheduleEditorTest.CARE_OFFICE, ScheduleEditorTest.HOME_HELP_OFFICE, "20250125090000", visits);

        Display display = UiThread.display();
        Heartbeat heartbeat = new Heartbeat(display);
        long[] firstPaint = { 0 };
        Listener paints = event -> {
            if (event.widget instanceof NatTable && firstPaint[0] == 0) {
                firstPaint[0] = System.nanoTime();
            }
        };
        UiThread.run(() -> {
            display.addFilter(SWT.Paint, paints);
            heartbeat.start();
        });
        long opened = System.nanoTime();
        ScheduleEditor editor = UiThread.call(() -> {
            try {
                return (ScheduleEditor) Editors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                        file, "UPPLAN");
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError("the editor did not open", e);
            }
        });
        Wait.until(Condition.of(() -> editor.isLoaded() && firstPaint[0] != 0, () -> "the grid to be painted"));
        long toFirstPaint = (firstPaint[0] - opened) / 1_000_000;
        long openingStall = UiThread.call(heartbeat::takeLongestMillis);

        UiThread.run(() -> editor.grid().setFocus());
        Keyboard.press(SWT.PAGE_DOWN, 40);
        Keyboard.press(SWT.ARROW_RIGHT, 27);
        Wait.until(Condition.of(() -> editor.selectedCell().startsWith("27,") && !editor.selectedCell().equals("27,0"),
                () -> "paging and arrows to move the selection; it is " + editor.selectedCell()));
        long pagingStall = UiThread.call(heartbeat::takeLongestMillis);

        // an edit: a count typed over the 1st of a line in the middle of the file (its first service has a
        // record on odd days), then undone
        UiThread.run(() -> editor.selectCell(0, 5_000));
        Wait.until(Condition.of(() -> "0,5000".equals(editor.selectedCell()), () -> "the 1st of line 5000 to be selected"));
        Keyboard.type("7");
        Keyboard.pressEnter();
        Wait.until(Condition.of(editor::isDirty, () -> "the typed count to be applied"));
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "Ctrl+Z to undo the count"));
        long editStall = UiThread.call(heartbeat::takeLongestMillis);

        // a day added (the 2nd of the same line, empty) and taken away again
        UiThread.run(() -> editor.selectCell(1, 5_000));
        Wait.until(Condition.of(() -> "1,5000".equals(editor.selectedCell()), () -> "the 2nd of line 5000 to be selected"));
        Keyboard.type("1");
        Keyboard.pressEnter();
        Wait.until(Condition.of(editor::isDirty, () -> "the day to be added"));
        Keyboard.pressWithCtrl('z');
        Wait.until(Condition.of(() -> !editor.isDirty(), () -> "Ctrl+Z to take the day away"));
        long addStall = UiThread.call(heartbeat::stopAndTakeLongestMillis);
        UiThread.run(() -> display.removeFilter(SWT.Paint, paints));

        int placed = UiThread.call(() -> editor.calendar().lines().stream().mapToInt(line -> line.rows().size()).sum());
        int lines = UiThread.call(() -> editor.calendar().lines().size());
        String report = String.format(Locale.ROOT,
                "calendar editor, %d records in %d lines: first paint %d ms after opening; longest UI-thread stall %d ms while opening, %d ms while paging, %d ms for a typed count and its undo, %d ms for a day added and taken away%n",
                placed, lines, toFirstPaint, openingStall, pagingStall, editStall, addStall);
        System.out.print(report);
        Path out = Screenshots.folder().resolveSibling("responsiveness.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        UiThread.run(() -> editor.getSite().getPage().closeEditor(editor, false));

        assertEquals(USERS * RECORDS_PER_USER, placed, "every record has its cell");
        assertEquals(USERS * 5, lines);
    }
}
