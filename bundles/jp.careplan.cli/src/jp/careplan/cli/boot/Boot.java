/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.boot;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The command line's start. A command is a short-lived process, and half a second of every check went to
 * starting Equinox; so where the installation allows it, the command's bundles load into one class loader and
 * the extension registry reads their {@code plugin.xml} in its non-OSGi mode, with the same contributions, the
 * same code and the same output as under Equinox. Where it does not allow it (see {@link FlatPlan}), or where
 * {@code careplan.osgi=true}, Equinox starts as before. {@code careplan.boot.trace=true} says on standard error
 * which start was taken and why.
 *
 * <p>System properties, set by the start script: {@code careplan.install} (the installation),
 * {@code careplan.configuration} (the command line's configuration area, with the simple configurator's
 * {@code bundles.info} or, where it is a user's area cascading from the installation's, with
 * {@code osgi.sharedConfiguration.area} naming that one), {@code careplan.nl} (Equinox's {@code -nl}; without it,
 * Equinox takes the runtime's locale, as the Windows script lets it where no language was chosen).
 */
public final class Boot {

    private static final String STANDALONE = "jp.careplan.cli.internal.Standalone";

    /** The command line's status for "nothing done" (its usage error). */
    private static final int EXIT_NOTHING_DONE = 2;

    private Boot() {
    }

    public static void main(String[] args) throws Throwable {
        Path install = Path.of(required("careplan.install"));
        Path configuration = Path.of(required("careplan.configuration"));
        FlatPlan plan;
        if (Boolean.getBoolean("careplan.osgi")) {
            plan = FlatPlan.equinox("careplan.osgi=true");
        } else {
            try {
                plan = FlatPlan.of(install, FlatPlan.bundlesInfo(configuration, System.getProperty("osgi.sharedConfiguration.area"),
                        Boolean.getBoolean("osgi.configuration.cascaded")));
            } catch (IOException | RuntimeException e) {
                plan = FlatPlan.equinox("the configuration could not be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (plan.equinoxBecause() != null) {
            equinox(plan.equinoxBecause(), install, configuration, args);
            return;
        }
        FlatLoader loader = new FlatLoader(plan.bundles());
        Thread.currentThread().setContextClassLoader(loader);
        List<String[]> bundles = new ArrayList<>();
        for (BundleFile bundle : plan.bundles()) {
            bundles.add(new String[] { bundle.name(), bundle.version(), bundle.header("Bundle-Localization") });
        }
        BiFunction<String, String, URL> entries = new BiFunction<>() {
            @Override
            public URL apply(String bundle, String entry) {
                return loader.entry(bundle, entry);
            }
        };
        Class<?> standalone;
        String declined;
        try {
            standalone = Class.forName(STANDALONE, true, loader);
            declined = (String) standalone.getMethod("prepare", List.class, BiFunction.class).invoke(null, bundles, entries);
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            standalone = null;
            declined = "the start without OSGi failed (" + cause.getClass().getName() + ")";
        }
        if (declined != null) {
            Thread.currentThread().setContextClassLoader(null);
            try {
                loader.close();
            } catch (IOException ignored) {
                // the zip files are the JVM's until it ends: Equinox opens its own
            }
            equinox(declined, install, configuration, args);
            return;
        }
        trace("starting without OSGi: " + plan.bundles().size() + " bundles");
        int code;
        try {
            code = (Integer) standalone.getMethod("run", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        System.out.flush();
        System.exit(code);
    }

    /**
     * Starts Equinox with the command line's application, as the start script did before this class; in the start
     * script's training run for the class archive, ends instead: it must not start Equinox beside the user's.
     */
    private static void equinox(String because, Path install, Path configuration, String[] args) throws Throwable {
        if (Boolean.getBoolean("careplan.boot.training")) {
            System.exit(EXIT_NOTHING_DONE);
        }
        trace("Equinox starts: " + because);
        Path launcher = launcher(install);
        List<String> equinox = new ArrayList<>(List.of("-install", install.toString(), "-configuration", configuration.toString(),
                "-data", "@none"));
        String nl = System.getProperty("careplan.nl");
        if (nl != null && !nl.isBlank()) {
            equinox.addAll(List.of("-nl", nl));
        }
        equinox.addAll(List.of("-application", "jp.careplan.cli.careplan", "-nosplash"));
        for (String arg : args) {
            equinox.add(arg);
        }
        URLClassLoader loader = new URLClassLoader("equinox-launcher", new URL[] { launcher.toUri().toURL() },
                ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName("org.eclipse.equinox.launcher.Main", true, loader).getMethod("main", String[].class)
                    .invoke(null, (Object) equinox.toArray(new String[0]));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Path launcher(Path install) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(install.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IOException("the Equinox launcher is missing from " + install.resolve("plugins"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("careplan: the start script sets " + property + "; start the command line with it");
        }
        return value;
    }

    private static void trace(String text) {
        if (Boolean.getBoolean("careplan.boot.trace")) {
            System.err.println("careplan: " + text);
        }
    }
}
