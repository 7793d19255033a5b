/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout.internal;

import java.net.URL;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.eclipse.emf.common.EMFPlugin;

/**
 * Where the extension readers find the bundles that contribute: under OSGi the running bundles; on the command
 * line's start without OSGi (see {@code jp.careplan.cli.boot.Boot}) the installation's bundle files, read by
 * the extension registry in its non-OSGi mode. In plain Java (tests, benchmarks) there is neither and the readers
 * do nothing.
 */
public final class Contributors {

    private static volatile BiFunction<String, String, URL> standalone;
    private static volatile BiConsumer<String, Throwable> standaloneLog;

    private Contributors() {
    }

    /**
     * Switches to the bundle files: {@code entries} gives the URL of a bundle's entry, or {@code null} when the
     * bundle or the entry is not there; {@code log} takes what the readers report (a contribution they cannot
     * use), where Equinox's log would. Called once, before any registry is filled.
     */
    public static void useBundleFiles(BiFunction<String, String, URL> entries, BiConsumer<String, Throwable> log) {
        standaloneLog = Objects.requireNonNull(log);
        standalone = Objects.requireNonNull(entries);
    }

    /**
     * Logs an error of a reader: to the bundle's log under OSGi, else where {@link #useBundleFiles} says
     * ({@code ILog.of} needs a running bundle). Never with a file's content: the readers report contributions.
     */
    public static void error(Class<?> origin, String message, Throwable error) {
        BiConsumer<String, Throwable> log = standaloneLog;
        if (log != null) {
            log.accept(message, error);
        } else {
            OsgiBundles.error(origin, message, error);
        }
    }

    /** Whether there is an extension registry to read contributions from. */
    public static boolean extensionsAvailable() {
        return standalone != null || EMFPlugin.IS_ECLIPSE_RUNNING;
    }

    /** The URL of an entry of a contributing bundle, or {@code null}. */
    public static URL entry(String bundle, String path) {
        BiFunction<String, String, URL> files = standalone;
        if (files != null) {
            return files.apply(bundle, path);
        }
        return OsgiBundles.entry(bundle, path);
    }

    /**
     * A class loader that finds resources (message bundles) of one contributing bundle only, or {@code null} when
     * the bundle is not there.
     */
    public static ClassLoader resources(String bundle) {
        BiFunction<String, String, URL> files = standalone;
        if (files == null && !OsgiBundles.exists(bundle)) {
            return null;
        }
        return new ClassLoader(null) {
            @Override
            protected URL findResource(String name) {
                return files != null ? files.apply(bundle, name) : OsgiBundles.resource(bundle, name);
            }
        };
    }

    /** Kept apart so that the OSGi classes are loaded only under OSGi. */
    private static final class OsgiBundles {
        static URL entry(String name, String path) {
            org.osgi.framework.Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(name);
            return bundle == null ? null : bundle.getEntry(path);
        }

        static URL resource(String name, String path) {
            org.osgi.framework.Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(name);
            return bundle == null ? null : bundle.getResource(path);
        }

        static void error(Class<?> origin, String message, Throwable error) {
            org.eclipse.core.runtime.ILog.of(origin).error(message, error);
        }

        static boolean exists(String name) {
            return org.eclipse.core.runtime.Platform.getBundle(name) != null;
        }
    }
}
