/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The exchange folder the user chose, remembered in the instance preferences. Until a folder is
 * chosen it is the {@code samples/} folder installed with the product.
 */
public final class ExchangeFolderPreference {

    /** Preference key of the chosen folder (an absolute path). */
    public static final String KEY = "exchange.folder";
    /** Preference key: whether the view follows changes of the folder on disk (default: yes). */
    public static final String FOLLOW_KEY = "exchange.follow";
    private static final String NODE = "jp.careplan.ui";

    private ExchangeFolderPreference() {
    }

    /** The folder to show: the one chosen last, or the bundled samples. */
    public static Path current() {
        String chosen = node().get(KEY, null);
        return chosen != null ? Path.of(chosen) : bundledSamples();
    }

    /** Remembers the folder the user chose. */
    public static void remember(Path folder) {
        IEclipsePreferences node = node();
        node.put(KEY, folder.toAbsolutePath().toString());
        flush(node);
    }

    /** Whether the view follows the folder on disk (on until the user turns it off). */
    public static boolean follows() {
        return node().getBoolean(FOLLOW_KEY, true);
    }

    /** Remembers whether the view follows the folder on disk. */
    public static void setFollows(boolean follow) {
        IEclipsePreferences node = node();
        node.putBoolean(FOLLOW_KEY, follow);
        flush(node);
    }

    private static void flush(IEclipsePreferences node) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(ExchangeFolderPreference.class).warn("The exchange folder preferences could not be saved", e);
        }
    }

    /** The {@code samples/} folder of the installation, or the user's home when it has none. */
    public static Path bundledSamples() {
        Location install = Platform.getInstallLocation();
        URL url = install == null ? null : install.getURL();
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                Path samples = Path.of(url.toURI()).resolve("samples");
                if (Files.isDirectory(samples)) {
                    return samples;
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                Path samples = Path.of(url.getPath()).resolve("samples");
                if (Files.isDirectory(samples)) {
                    return samples;
                }
            }
        }
        return Path.of(System.getProperty("user.home"));
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
