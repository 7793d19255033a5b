/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.careplan.cli.boot.BundleFile.Clause;

/**
 * Which bundles of a command-line configuration load into one class loader, or why they cannot, so that Equinox
 * must start instead. Bundles load without OSGi only where that changes nothing: each is one jar or folder
 * ({@code Bundle-ClassPath} ".") and no fragment; a bundle that is not a library of the platform (Eclipse,
 * OSGi, Apache) has neither an activator nor components; and every bundle resolves: each required bundle and
 * imported package is there, in the version range asked for. Anything else, a vendor's bundle that needs OSGi
 * or one that would stay unresolved under Equinox, sends the command to Equinox, which then behaves as it
 * always has.
 */
public record FlatPlan(List<BundleFile> bundles, String equinoxBecause) {

    /** Bundles of the configuration that only start OSGi, not needed without it. */
    private static final Set<String> OSGI_ONLY = Set.of("org.eclipse.equinox.launcher", "org.eclipse.equinox.simpleconfigurator",
            "org.apache.felix.scr");

    /**
     * Bundles only the workbench uses, by their lines in {@code bundles.info}: the expression {@code workbench_only} of the
     * Linux and macOS start scripts, which leave them out of the command line's configuration as they write it (a test
     * keeps the three equal). Here it serves a configuration written for the workbench too, as the installation's own is
     * on Windows. A vendor's bundle that needs one of these sends the command to Equinox, with the configuration the
     * script gave: on Linux and macOS the command line's, where such a bundle stays unresolved; on Windows the
     * installation's, where it resolves, as it always did there.
     */
    static final java.util.regex.Pattern WORKBENCH_ONLY = java.util.regex.Pattern.compile("^(org\\.eclipse\\.(ui|e4\\.ui|e4\\.core|"
            + "e4\\.emf|jface|swt|help|urischeme|core\\.commands|core\\.databinding|core\\.expressions|nebula|collections|emf\\.edit|"
            + "equinox\\.event)|org\\.apache\\.(batik|aries)|org\\.objectweb|com\\.github\\.weisj|com\\.sun\\.jna|jakarta|slf4j|com\\.ibm\\.icu|"
            + "org\\.osgi\\.service\\.event|jp\\.careplan\\.(ui|edit\\.ui|model\\.edit))[.,]|^[A-Za-z0-9_.]+\\.ui,");

    /** The reason to start Equinox instead, or {@code null} when the bundles load without OSGi. */
    @Override
    public String equinoxBecause() {
        return equinoxBecause;
    }

    static FlatPlan equinox(String because) {
        return new FlatPlan(List.of(), because);
    }

    /**
     * Reads a simple configurator's {@code bundles.info} (locations relative to {@code install} or absolute
     * {@code file:} URLs) and plans the start with its bundles but those only the workbench uses.
     */
    public static FlatPlan of(Path install, Path bundlesInfo) throws IOException {
        List<BundleFile> bundles = new ArrayList<>();
        for (String line : Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || WORKBENCH_ONLY.matcher(line).find()) {
                continue;
            }
            String[] fields = line.split(",");
            if (fields.length < 3) {
                return equinox("a line of bundles.info has fewer than three fields");
            }
            String name = fields[0].trim();
            if (OSGI_ONLY.contains(name) || name.startsWith("org.eclipse.equinox.launcher.")) {
                continue;
            }
            String location = fields[2].trim();
            Path path = location.startsWith("file:") ? fileLocation(location) : install.resolve(location);
            try {
                bundles.add(BundleFile.read(path));
            } catch (IOException | RuntimeException e) {
                close(bundles);
                throw e;
            }
        }
        FlatPlan plan = plan(bundles);
        if (plan.equinoxBecause() != null) {
            close(bundles);
        }
        return plan;
    }

    /**
     * An absolute location of {@code bundles.info}: a {@code file:} URI, which p2 may write unencoded
     * ({@code file:/C:/Program Files/…}); characters a URI does not allow are then quoted as p2 reads them.
     */
    private static Path fileLocation(String location) throws IOException {
        try {
            return Path.of(java.net.URI.create(location));
        } catch (IllegalArgumentException unencoded) {
            try {
                return Path.of(new java.net.URI("file", null, location.substring("file:".length()), null));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                throw new IOException("a location of bundles.info that is no file: " + location, e);
            }
        }
    }

    /**
     * The {@code bundles.info} Equinox's simple configurator reads for a configuration area: the area's own, else, for a
     * user's area cascading from a shared one ({@code osgi.configuration.cascaded}, {@code osgi.sharedConfiguration.area}:
     * a path or a {@code file:} URL), the shared area's.
     */
    public static Path bundlesInfo(Path configuration, String sharedArea, boolean cascaded) throws IOException {
        Path info = Path.of("org.eclipse.equinox.simpleconfigurator", "bundles.info");
        Path own = configuration.resolve(info);
        if (Files.isRegularFile(own) || !cascaded || sharedArea == null || sharedArea.isBlank()) {
            return own;
        }
        Path shared = sharedArea.startsWith("file:") ? fileLocation(sharedArea) : Path.of(sharedArea);
        return shared.resolve(info);
    }

    private static void close(List<BundleFile> bundles) throws IOException {
        for (BundleFile bundle : bundles) {
            if (bundle.zip() != null) {
                bundle.zip().close();
            }
        }
    }

    static FlatPlan plan(List<BundleFile> bundles) {
        Map<String, BundleFile> byName = new HashMap<>();
        Map<String, List<Clause>> exports = new HashMap<>();
        Map<String, Map<String, Boolean>> exporters = new HashMap<>();
        for (BundleFile bundle : bundles) {
            if (byName.put(bundle.name(), bundle) != null) {
                return equinox(bundle.name() + " is installed twice");
            }
            for (Clause export : BundleFile.clauses(bundle.header("Export-Package"))) {
                List<Clause> clauses = exports.get(export.name());
                Map<String, Boolean> mandatory = exporters.get(export.name());
                if (clauses == null) {
                    clauses = new ArrayList<>();
                    exports.put(export.name(), clauses);
                    mandatory = new HashMap<>();
                    exporters.put(export.name(), mandatory);
                }
                clauses.add(export);
                Boolean before = mandatory.get(bundle.name());
                mandatory.put(bundle.name(), (before == null || before) && export.get("mandatory:") != null);
            }
        }
        for (Map.Entry<String, Map<String, Boolean>> exported : exporters.entrySet()) {
            String why = sharedPackage(exported.getKey(), exported.getValue());
            if (why != null) {
                return equinox(why);
            }
        }
        for (BundleFile bundle : bundles) {
            String why = cannotLoadFlat(bundle, byName, exports);
            if (why != null) {
                return equinox(bundle.name() + ": " + why);
            }
        }
        String shared = classesInTwoBundles(bundles);
        if (shared != null) {
            return equinox(shared);
        }
        return new FlatPlan(List.copyOf(bundles), null);
    }

    private static boolean isForeign(String name) {
        return !name.startsWith("jp.careplan.") && !isPlatformLibrary(name);
    }

    /**
     * Where a vendor's bundle has classes in a package another bundle has classes in too (a library copied in, a
     * private package of the same name): under Equinox each bundle sees its own; in one class loader the first
     * would serve both. Only looked for when a vendor's bundle is installed (the product's own are tested).
     */
    private static String classesInTwoBundles(List<BundleFile> bundles) {
        boolean anyForeign = false;
        for (BundleFile bundle : bundles) {
            anyForeign |= isForeign(bundle.name());
        }
        if (!anyForeign) {
            return null;
        }
        Map<String, String> owners = new HashMap<>();
        for (BundleFile bundle : bundles) {
            for (String pkg : packagesOf(bundle)) {
                String owner = owners.putIfAbsent(pkg, bundle.name());
                if (owner != null && !owner.equals(bundle.name()) && (isForeign(owner) || isForeign(bundle.name()))) {
                    return bundle.name() + ": classes of the package " + pkg.replace('/', '.') + " are in " + owner + " too";
                }
            }
        }
        return null;
    }

    /** The folders of a bundle that hold classes (multi-release variants aside). */
    private static Set<String> packagesOf(BundleFile bundle) {
        Set<String> packages = new HashSet<>();
        if (bundle.zip() != null) {
            java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = bundle.zip().entries();
            while (entries.hasMoreElements()) {
                addPackage(entries.nextElement().getName(), packages);
            }
        } else {
            try (java.util.stream.Stream<Path> files = Files.walk(bundle.path())) {
                java.util.Iterator<Path> each = files.iterator();
                while (each.hasNext()) {
                    addPackage(bundle.path().relativize(each.next()).toString().replace('\\', '/'), packages);
                }
            } catch (IOException e) {
                packages.add("?unreadable:" + bundle.name());
            }
        }
        return packages;
    }

    private static void addPackage(String entry, Set<String> packages) {
        int slash = entry.lastIndexOf('/');
        if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && slash > 0) {
            packages.add(entry.substring(0, slash));
        }
    }

    /**
     * Why one class loader cannot hold a package: exported by two bundles, unless it is a split package (its parts
     * exported with a mandatory attribute, as Eclipse's runtime packages are, and at most one plain export: the
     * bundle that gathers them); or exported by a bundle and by the Java runtime (whose classes would win).
     * {@code exporters}: for each exporting bundle, whether its every export of the package is mandatory.
     */
    private static String sharedPackage(String name, Map<String, Boolean> exporters) {
        if (exporters.size() > 1) {
            int plain = 0;
            for (Boolean mandatory : exporters.values()) {
                plain += mandatory ? 0 : 1;
            }
            if (plain > 1) {
                return "the package " + name + " is exported by " + new java.util.TreeSet<>(exporters.keySet());
            }
        }
        if (Jdk.mayExport(name) && Jdk.exports(name)) {
            return "the package " + name + " is the Java runtime's too";
        }
        return null;
    }

    private static String cannotLoadFlat(BundleFile bundle, Map<String, BundleFile> byName, Map<String, List<Clause>> exports) {
        if (bundle.header("Fragment-Host") != null) {
            return "a fragment";
        }
        for (Clause entry : BundleFile.clauses(bundle.header("Bundle-ClassPath"))) {
            if (!entry.name().equals(".")) {
                return "a Bundle-ClassPath beyond the bundle itself";
            }
        }
        if (bundle.header("Bundle-NativeCode") != null) {
            return "native code";
        }
        boolean foreign = isForeign(bundle.name());
        String ee = executionEnvironment(bundle, foreign);
        if (ee != null) {
            return "needs " + ee;
        }
        if (!isPlatformLibrary(bundle.name())) {
            if (bundle.header("Bundle-Activator") != null || bundle.header("Service-Component") != null) {
                return "an activator or components, which need OSGi";
            }
            for (Clause capability : BundleFile.clauses(bundle.header("Require-Capability"))) {
                if (!capability.name().equals("osgi.ee") && !"optional".equals(capability.get("resolution:"))) {
                    return "requires the capability " + capability.name();
                }
            }
        }
        for (Clause required : BundleFile.clauses(bundle.header("Require-Bundle"))) {
            if ("optional".equals(required.get("resolution:"))) {
                continue;
            }
            if (foreign && OSGI_API_BUNDLES.contains(required.name())) {
                return "uses OSGi (requires " + required.name() + ")";
            }
            BundleFile provider = byName.get(required.name());
            if (provider == null || !inRange(provider.version(), required.get("bundle-version"))) {
                return "requires " + required.name() + " " + required.get("bundle-version") + ", which is not there";
            }
        }
        for (Clause imported : BundleFile.clauses(bundle.header("Import-Package"))) {
            if ("optional".equals(imported.get("resolution:"))) {
                continue;
            }
            if (foreign && (imported.name().startsWith("org.osgi.") || imported.name().startsWith("org.eclipse.core.runtime"))) {
                return "uses OSGi (imports " + imported.name() + ")";
            }
            String range = imported.get("version");
            boolean found = false;
            List<Clause> exporters = exports.get(imported.name());
            if (exporters != null) {
                for (Clause exporter : exporters) {
                    found |= inRange(versionOf(exporter.get("version")), range);
                }
            }
            if (!found && !(range == null && Jdk.exports(imported.name()))) {
                return "imports " + imported.name() + " " + (range == null ? "" : range) + ", which no bundle exports";
            }
        }
        return null;
    }

    /**
     * Bundles whose API is the OSGi framework's or the running platform's ({@code Platform}, {@code ILog.of}), which a
     * vendor's bundle loaded without OSGi would find missing or failing: a vendor's bundle that needs them gets
     * Equinox (the product's own bundles are tested both ways).
     */
    private static final Set<String> OSGI_API_BUNDLES = Set.of("org.eclipse.osgi", "system.bundle", "org.eclipse.core.runtime",
            "org.eclipse.equinox.common", "org.eclipse.equinox.registry", "org.eclipse.equinox.preferences");

    /**
     * The Java version a bundle needs when this runtime does not give it, else {@code null}; Equinox leaves such a
     * bundle unresolved. {@code Bundle-RequiredExecutionEnvironment}: any one listed; {@code Require-Capability:
     * osgi.ee} with {@code version=}, {@code version>=} or {@code !(version>=)}. What cannot be read this way counts
     * as unmet for a vendor's bundle (Equinox decides then) and is left to Equinox's judgement of the platform's.
     */
    private static String executionEnvironment(BundleFile bundle, boolean foreign) {
        int runtime = Runtime.version().feature();
        String required = bundle.header("Bundle-RequiredExecutionEnvironment");
        if (required != null) {
            boolean met = false;
            boolean known = false;
            for (Clause ee : BundleFile.clauses(required)) {
                int version = javaVersion(ee.name());
                known |= version > 0 || ee.name().startsWith("OSGi/Minimum");
                met |= version > 0 && version <= runtime || ee.name().startsWith("OSGi/Minimum");
            }
            if (!met && (known || foreign)) {
                return required;
            }
        }
        for (Clause capability : BundleFile.clauses(bundle.header("Require-Capability"))) {
            String filter = capability.get("filter:");
            if (!capability.name().equals("osgi.ee") || filter == null) {
                continue;
            }
            String compact = filter.replace(" ", "");
            java.util.regex.Matcher terms = java.util.regex.Pattern.compile("(\\(!)?\\(version(>=|=)([0-9.]+)\\)").matcher(compact);
            boolean read = false;
            while (terms.find()) {
                read = true;
                int version = javaVersion("JavaSE-" + terms.group(3));
                // the runtime offers every version up to its own: version=X and version>=X hold when X is at most it
                boolean offered = version <= runtime;
                boolean negated = terms.group(1) != null;
                if (negated == offered) {
                    return "Java " + (negated ? "before " : "") + terms.group(3);
                }
            }
            if (!read && foreign && compact.contains("version")) {
                return "the execution environment " + filter;
            }
        }
        return null;
    }

    /** The Java feature version of an execution environment's name ({@code JavaSE-21}, {@code J2SE-1.5}); 0 when none. */
    private static int javaVersion(String ee) {
        int dash = ee.lastIndexOf('-');
        if (dash < 0 || !(ee.startsWith("JavaSE") || ee.startsWith("J2SE") || ee.startsWith("JRE"))) {
            return 0;
        }
        String version = ee.substring(dash + 1);
        if (version.startsWith("1.")) {
            version = version.substring(2);
        }
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Eclipse's, OSGi's and Apache's libraries, whose activators only serve OSGi and which work without it. */
    private static boolean isPlatformLibrary(String name) {
        return name.startsWith("org.eclipse.") || name.startsWith("org.osgi.") || name.startsWith("org.apache.");
    }

    private static String versionOf(String version) {
        return version == null ? "0.0.0" : version;
    }

    /** Whether an OSGi version lies in a version range ({@code [1,2)}, {@code (1,2]}, or {@code 1} for "at least"). */
    public static boolean inRange(String version, String range) {
        if (range == null || range.isBlank()) {
            return true;
        }
        String text = range.trim();
        char first = text.charAt(0);
        if (first != '[' && first != '(') {
            return compare(version, text) >= 0;
        }
        char last = text.charAt(text.length() - 1);
        int comma = text.indexOf(',');
        if (comma < 0 || (last != ']' && last != ')')) {
            return false;
        }
        int low = compare(version, text.substring(1, comma).trim());
        int high = compare(version, text.substring(comma + 1, text.length() - 1).trim());
        return (first == '[' ? low >= 0 : low > 0) && (last == ']' ? high <= 0 : high < 0);
    }

    /** Compares OSGi versions: major, minor and micro as numbers, then the qualifier as text. */
    public static int compare(String a, String b) {
        String[] left = a.trim().split("\\.", 4);
        String[] right = b.trim().split("\\.", 4);
        for (int i = 0; i < 3; i++) {
            int difference = Integer.compare(number(left, i), number(right, i));
            if (difference != 0) {
                return difference;
            }
        }
        String leftQualifier = left.length > 3 ? left[3] : "";
        String rightQualifier = right.length > 3 ? right[3] : "";
        return leftQualifier.compareTo(rightQualifier);
    }

    private static int number(String[] parts, int index) {
        if (index >= parts.length || parts[index].isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[index]);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The packages the Java runtime's modules export to all, which Equinox's system bundle exports. */
    private static final class Jdk {
        private static Set<String> packages;

        /** Whether a package's name is one the runtime's could have (before looking them all up, which takes time). */
        static boolean mayExport(String name) {
            for (String prefix : new String[] { "java.", "javax.", "jdk.", "com.sun.", "sun.", "org.w3c.", "org.xml.", "org.ietf." }) {
                if (name.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        static synchronized boolean exports(String name) {
            if (packages == null) {
                packages = new HashSet<>();
                for (Module module : ModuleLayer.boot().modules()) {
                    for (java.lang.module.ModuleDescriptor.Exports export : module.getDescriptor().exports()) {
                        if (!export.isQualified()) {
                            packages.add(export.source());
                        }
                    }
                }
            }
            return packages.contains(name);
        }
    }
}
