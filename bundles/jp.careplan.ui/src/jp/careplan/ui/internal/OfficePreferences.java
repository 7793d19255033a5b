/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's own offices and where sent units go, in the instance preferences (Window › Preferences ›
 * careplan): the 介護保険事業所番号 of the offices this installation sends for (the first is the default
 * sender), their サービス種類コード for names of the 4.x rule (empty: names of the 3.2 rule), and the folder
 * export writes to (empty: the folder {@value #DEFAULT_OUTBOX} inside the exchange folder).
 */
public final class OfficePreferences {

    public static final String NODE = "jp.careplan.ui";
    public static final String OFFICES = "office.numbers";
    public static final String SERVICE_TYPE = "office.serviceType";
    public static final String EXPORT_FOLDER = "export.folder";
    public static final String DEFAULT_OUTBOX = "送信";
    /** 表示言語: "ja", "en" or empty (the locale's); the start script reads it from the workspace's preferences. */
    public static final String LANGUAGE = "display.language";

    private static final Pattern OFFICE = Pattern.compile("[0-9]{10}");

    private OfficePreferences() {
    }

    /** The own offices' numbers, as the user listed them (comma or space separated). */
    public static List<String> offices() {
        return split(node().get(OFFICES, ""));
    }

    /** The numbers of a list as typed: commas, spaces and 全角 separators alike. */
    public static List<String> split(String text) {
        return Arrays.stream(text.split("[,、，\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether every number of a typed list is a 10-digit 事業所番号. */
    public static boolean isValidOfficeList(String text) {
        return split(text).stream().allMatch(number -> OFFICE.matcher(number).matches());
    }

    /** The own サービス種類コード for 4.x names; empty for 3.2 names. */
    public static String serviceType() {
        return node().get(SERVICE_TYPE, "");
    }

    /** Where export writes: the folder chosen, else {@value #DEFAULT_OUTBOX} inside the exchange folder. */
    public static Path exportFolder(Path exchangeFolder) {
        String chosen = node().get(EXPORT_FOLDER, "");
        return chosen.isBlank() ? exchangeFolder.resolve(DEFAULT_OUTBOX) : Path.of(chosen);
    }

    /** Sets the preferences (for the preference page's store and for tests). */
    public static void set(List<String> offices, String serviceType, String exportFolder) {
        IEclipsePreferences node = node();
        node.put(OFFICES, String.join(",", offices));
        node.put(SERVICE_TYPE, serviceType == null ? "" : serviceType);
        node.put(EXPORT_FOLDER, exportFolder == null ? "" : exportFolder);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(OfficePreferences.class).warn("The office preferences could not be saved", e);
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
