/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;

/**
 * Follows one folder on disk: when files appear, change or go, {@code onChange} runs once the folder
 * has been quiet for {@link #QUIET_MILLIS} (a partner's software writing a send unit, or our own atomic
 * save with its temporary file, is one change, not dozens), and only when the folder's entries (name,
 * size, modification time) really differ from what was last reported — reading the files, as the check
 * does, never causes another round. The callback runs on the watch thread; callers hop to the UI thread
 * themselves. Nothing is logged about the files but the folder.
 */
final class FolderWatch implements AutoCloseable {

    /** How long the folder must be quiet before {@code onChange} runs. */
    static final long QUIET_MILLIS = 400;

    private final Path folder;
    private final WatchService service;
    private final Thread thread;

    private FolderWatch(Path folder, WatchService service, Runnable onChange) {
        this.folder = folder;
        this.service = service;
        // what the folder holds once it is watched: the caller lists it after this, so nothing is missed
        Map<String, List<Long>> start = entries();
        this.thread = new Thread(() -> run(onChange, start), "careplan folder watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts following a folder, or returns {@code null} when the file system cannot be watched (the
     * user still has F5). Call it before listing the folder: whatever changes after the call is reported.
     */
    static FolderWatch start(Path folder, Runnable onChange) {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            try {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (IOException | RuntimeException e) {
                service.close();
                throw e;
            }
            FolderWatch watch = new FolderWatch(folder, service, onChange);
            watch.thread.start();
            return watch;
        } catch (IOException | RuntimeException e) {
            ILog.of(FolderWatch.class).warn("The exchange folder cannot be followed; F5 reads it again: " + folder, e);
            return null;
        }
    }

    Path folder() {
        return folder;
    }

    private void run(Runnable onChange, Map<String, List<Long>> start) {
        Map<String, List<Long>> reported = start;
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                // wait until the folder is quiet
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                Map<String, List<Long>> now = entries();
                if (!now.equals(reported)) {
                    reported = now;
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        ILog.of(FolderWatch.class).warn("Showing a change of the exchange folder failed: " + folder, e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the view shows another folder or is gone
        }
    }

    /** Name → (size, modification time) of every entry of the folder; empty when it cannot be read. */
    private Map<String, List<Long>> entries() {
        Map<String, List<Long>> entries = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(path -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    entries.put(path.getFileName().toString(),
                            List.of(attributes.size(), attributes.lastModifiedTime().toMillis()));
                } catch (IOException e) {
                    entries.put(path.getFileName().toString(), List.of());
                }
            });
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
        return entries;
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            ILog.of(FolderWatch.class).warn("The watch of the exchange folder did not close: " + folder, e);
        }
        thread.interrupt();
    }
}
