/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;

import jp.careplan.cli.Careplan;
import jp.careplan.layout.internal.Contributors;

/**
 * The command line without OSGi, inside the class loader of {@code jp.careplan.cli.boot.Boot}: the extension
 * registry in its non-OSGi mode holds the contributions of every bundle's {@code plugin.xml} (translated as
 * Equinox translates them); EMF learns the contributed packages and resource factories and finds
 * {@code platform:/plugin/} files in the bundles; the layouts, code lists and rules are read from the registry as
 * under Equinox; then the command runs.
 */
public final class Standalone {

    private static final String GENERATED_PACKAGE = "org.eclipse.emf.ecore.generated_package";
    private static final String EXTENSION_PARSER = "org.eclipse.emf.ecore.extension_parser";
    private static final String PROTOCOL_PARSER = "org.eclipse.emf.ecore.protocol_parser";

    private Standalone() {
    }

    /**
     * Prepares the run: the registry, EMF, the contributors' files. {@code bundles} holds each bundle's symbolic
     * name, version and {@code Bundle-Localization} (or {@code null}), in load order; {@code entries} gives the URL
     * of a bundle's entry, or {@code null}. Returns {@code null}, or why Equinox must start instead (a contribution
     * to a part of EMF's registry this start does not read).
     */
    public static String prepare(List<String[]> bundles, BiFunction<String, String, URL> entries) throws IOException {
        Locale locale = Locale.getDefault();
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new EquinoxLikeStrategy(), token, null);
        for (String[] bundle : bundles) {
            String name = bundle[0];
            URL manifest = entries.apply(name, "META-INF/MANIFEST.MF");
            if (manifest != null) {
                String text = manifest.toString();
                URI base = URI.createURI(text.substring(0, text.length() - "META-INF/MANIFEST.MF".length()));
                URIConverter.URI_MAP.put(URI.createPlatformPluginURI(name + "/", false), base);
            }
            URL plugin = entries.apply(name, "plugin.xml");
            if (plugin == null) {
                continue;
            }
            byte[] xml;
            try (InputStream in = plugin.openStream()) {
                xml = in.readAllBytes();
            }
            // only a plugin.xml with %keys needs its bundle's translations
            ResourceBundle translations = contains(xml, (byte) '%') ? translations(name, bundle[2], entries, locale) : null;
            registry.addContribution(new ByteArrayInputStream(xml), ContributorFactorySimple.createContributor(name), false,
                    plugin.toString(), translations, token);
        }
        String unread = unreadEmfContributions(registry);
        if (unread != null) {
            return unread;
        }
        try {
            RegistryFactory.setDefaultRegistryProvider(() -> registry);
        } catch (CoreException e) {
            throw new IOException("the extension registry could not be set up", e);
        }
        emf(registry);
        Contributors.useBundleFiles(entries, Standalone::log);
        return null;
    }

    /**
     * Runs a command after {@link #prepare}. What the command throws is logged (without its messages, which may
     * quote a file) and ends it with Equinox's status for a failed application, 13.
     */
    public static int run(String[] args) {
        int code = Failures.guarded(() -> Careplan.run(Arrays.asList(args), System.out, System.err, Locale.getDefault()), System.err,
                failure -> log("The command " + (args.length == 0 ? "" : args[0]) + " failed", failure),
                () -> logFile == null ? null : logFile.toString());
        System.out.flush();
        return code;
    }

    /** The registry's non-OSGi mode, with what Equinox does differently: attribute values translated like its bundles'. */
    private static final class EquinoxLikeStrategy extends RegistryStrategy {
        EquinoxLikeStrategy() {
            super(null, null);
        }

        /**
         * As Equinox's {@code ResourceTranslator}: the value trimmed; {@code %%} for a {@code %}; {@code %key default}
         * gives the default where the key or the bundle is missing.
         */
        @Override
        public String translate(String key, ResourceBundle resources) {
            String value = key.trim();
            if (!value.startsWith("%")) {
                return value;
            }
            if (value.startsWith("%%")) {
                return value.substring(1);
            }
            int space = value.indexOf(' ');
            String name = space < 0 ? value : value.substring(0, space);
            String fallback = space < 0 ? value : value.substring(space + 1);
            if (resources == null) {
                return fallback;
            }
            try {
                return resources.getString(name.substring(1));
            } catch (MissingResourceException e) {
                return fallback;
            }
        }

        /** What the registry reports (a plugin.xml it cannot read) goes to the log, never to the command's output. */
        @Override
        public void log(IStatus status) {
            Standalone.log(status.getMessage(), status.getException());
        }
    }

    /**
     * Logs as Equinox does without a workspace: in a file {@code <timestamp>.log} of the configuration area
     * (owner-only, as the start script's umask makes everything), one session per run; on standard error when
     * that cannot be written.
     */
    static synchronized void log(String message, Throwable error) {
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(text);
        out.println("!ENTRY jp.careplan.cli 4 0 " + java.time.LocalDateTime.now());
        out.println("!MESSAGE " + message);
        if (error != null) {
            out.println("!STACK 0");
            stack(error, out);
        }
        out.flush();
        String area = System.getProperty("careplan.configuration");
        try {
            if (area == null) {
                throw new IOException("no configuration area");
            }
            if (logFile == null) {
                logFile = java.nio.file.Path.of(area, System.currentTimeMillis() + ".log");
                java.nio.file.Files.writeString(logFile, "!SESSION " + java.time.LocalDateTime.now() + " ----------------\n",
                        java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            java.nio.file.Files.writeString(logFile, text.toString(), java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.err.print(text);
        }
    }

    private static java.nio.file.Path logFile;

    /** A stack trace without the exceptions' messages: a message may quote a cell of a file (personal data). */
    private static void stack(Throwable error, java.io.PrintWriter out) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            out.println((t == error ? "" : "Caused by: ") + t.getClass().getName());
            for (StackTraceElement frame : t.getStackTrace()) {
                out.println("\tat " + frame);
            }
        }
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bundle's localization ({@code Bundle-Localization}, by default {@code OSGI-INF/l10n/bundle}) for the
     * locale, found as Equinox finds it: the path as written (no dots turned into folders), then {@code _ja_JP},
     * {@code _ja} and the plain file, each the parent of the one before.
     */
    private static ResourceBundle translations(String bundle, String localization, BiFunction<String, String, URL> entries,
            Locale locale) throws IOException {
        String base = localization == null || localization.isBlank() ? "OSGI-INF/l10n/bundle" : localization.trim();
        List<String> names = new java.util.ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            names.add(base + "_" + locale.getLanguage() + "_" + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty()) {
            names.add(base + "_" + locale.getLanguage());
        }
        names.add(base);
        ResourceBundle parent = null;
        for (int i = names.size() - 1; i >= 0; i--) {
            URL properties = entries.apply(bundle, names.get(i) + ".properties");
            if (properties != null) {
                try (InputStream in = properties.openStream()) {
                    parent = new Translations(in, parent);
                }
            }
        }
        return parent;
    }

    /** One properties file of a bundle's localization, falling back to its parent. */
    private static final class Translations extends java.util.PropertyResourceBundle {
        Translations(InputStream in, ResourceBundle parent) throws IOException {
            super(in);
            setParent(parent);
        }
    }

    /**
     * A contribution, from outside EMF, to a point of EMF's registry this start does not read (content handlers, URI
     * mappings, dynamic packages, delegates …), or {@code null}.
     */
    private static String unreadEmfContributions(IExtensionRegistry registry) {
        for (org.eclipse.core.runtime.IExtensionPoint point : registry.getExtensionPoints("org.eclipse.emf.ecore")) {
            String id = point.getUniqueIdentifier();
            if (id.equals(GENERATED_PACKAGE) || id.equals(EXTENSION_PARSER) || id.equals(PROTOCOL_PARSER)) {
                continue;
            }
            for (org.eclipse.core.runtime.IExtension extension : point.getExtensions()) {
                String contributor = extension.getContributor().getName();
                if (!contributor.startsWith("org.eclipse.emf.")) {
                    return contributor + " contributes to " + id;
                }
            }
        }
        return null;
    }

    /** What EMF reads from the registry when Eclipse runs: the packages and the resource factories. */
    private static void emf(IExtensionRegistry registry) {
        ClassLoader loader = Standalone.class.getClassLoader();
        // Ecore first: it registers itself as it initialises, and every other package needs it
        EcorePackage.eINSTANCE.getEFactoryInstance();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(GENERATED_PACKAGE)) {
            String uri = element.getAttribute("uri");
            String className = element.getAttribute("class");
            if ("package".equals(element.getName()) && uri != null && className != null && !EPackage.Registry.INSTANCE.containsKey(uri)) {
                EPackage.Registry.INSTANCE.put(uri, new ContributedPackage(className, loader));
            }
        }
        factories(registry.getConfigurationElementsFor(EXTENSION_PARSER), "type",
                Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap());
        factories(registry.getConfigurationElementsFor(PROTOCOL_PARSER), "protocolName",
                Resource.Factory.Registry.INSTANCE.getProtocolToFactoryMap());
    }

    /**
     * A contributed package, initialised when first asked for (while it initialises, the packages it depends on get
     * {@code null} and the generated code goes on by itself). Like EMF's own descriptor it gives no factory: a
     * generated factory asked for first makes itself, and initialising its package from inside it would leave the
     * package without one.
     */
    private static final class ContributedPackage implements EPackage.Descriptor {
        private final String className;
        private final ClassLoader loader;

        ContributedPackage(String className, ClassLoader loader) {
            this.className = className;
            this.loader = loader;
        }

        @Override
        public EPackage getEPackage() {
            try {
                return (EPackage) Class.forName(className, true, loader).getField("eINSTANCE").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the package class " + className + " could not be loaded", e);
            }
        }

        @Override
        public EFactory getEFactory() {
            return null;
        }
    }

    private static void factories(IConfigurationElement[] elements, String key, java.util.Map<String, Object> map) {
        for (IConfigurationElement element : elements) {
            String value = element.getAttribute(key);
            if ("parser".equals(element.getName()) && value != null && element.getAttribute("class") != null) {
                // the last contribution wins, as in EMF's own reader
                map.put(value, (Resource.Factory.Descriptor) () -> {
                    try {
                        return (Resource.Factory) element.createExecutableExtension("class");
                    } catch (CoreException e) {
                        throw new IllegalStateException("the resource factory for " + value + " could not be created", e);
                    }
                });
            }
        }
    }
}
