/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.cli.boot.BundleFile;
import jp.careplan.cli.boot.FlatPlan;

/**
 * When the command line may start without OSGi: only where that changes nothing. Each case is an installation of
 * generated bundles (manifests only) and its {@code bundles.info}.
 */
class FlatPlanTest {

    @TempDir
    Path install;

    private final List<String> lines = new ArrayList<>();

    private void bundle(String name, String version, String... headers) throws IOException {
        bundleWith(name, version, List.of(), headers);
    }

    private void bundleWith(String name, String version, List<String> entries, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name + ";singleton:=true");
        main.putValue("Bundle-Version", version);
        for (int i = 0; i < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        String file = "plugins/" + name + "_" + version + ".jar";
        Files.createDirectories(install.resolve("plugins"));
        try (OutputStream out = Files.newOutputStream(install.resolve(file)); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (String entry : entries) {
                jar.putNextEntry(new java.util.jar.JarEntry(entry));
            }
        }
        lines.add(name + "," + version + "," + file + ",4,false");
    }

    private FlatPlan plan() throws IOException {
        Path info = install.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Files.createDirectories(info.getParent());
        Files.writeString(info, "#encoding=UTF-8\n#version=1\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        FlatPlan plan = FlatPlan.of(install, info);
        for (BundleFile bundle : plan.bundles()) {
            if (bundle.zip() != null) {
                bundle.zip().close();
            }
        }
        return plan;
    }

    /** A library, the care-plan bundles that use it, a vendor's data bundle. */
    private void aProductAndAVendor() throws IOException {
        bundle("org.eclipse.equinox.launcher", "1.7.100");
        bundle("org.eclipse.equinox.simpleconfigurator", "1.5.700", "Bundle-Activator", "x.Activator");
        bundle("org.eclipse.emf.ecore", "2.42.0", "Bundle-Activator", "org.eclipse.emf.ecore.plugin.EcorePlugin$Implementation$Activator",
                "Export-Package", "org.eclipse.emf.ecore;version=\"2.42.0\",org.eclipse.emf.ecore.util;version=\"2.42.0\"",
                "Bundle-ClassPath", ".");
        bundle("jp.careplan.layout", "0.1.0.v20261127", "Require-Bundle", "org.eclipse.emf.ecore;bundle-version=\"[2.40.0,3.0.0)\";visibility:=reexport",
                "Export-Package", "jp.careplan.layout;version=\"0.1.0\"");
        bundle("jp.example.layouts", "1.0.0", "Require-Bundle", "jp.careplan.layout;bundle-version=\"[0.1.0,0.2.0)\"",
                "Import-Package", "org.eclipse.emf.ecore.util;version=\"[2.40,3)\",javax.xml.parsers,org.example.gone;resolution:=optional");
    }

    @Test
    void aProductWithAVendorsDataBundleStartsWithoutOsgiInTheInstallationsOrder() throws IOException {
        aProductAndAVendor();

        FlatPlan plan = plan();

        assertNull(plan.equinoxBecause());
        // the launcher and the simple configurator only start OSGi
        assertEquals(List.of("org.eclipse.emf.ecore", "jp.careplan.layout", "jp.example.layouts"),
                plan.bundles().stream().map(BundleFile::name).toList());
        assertEquals("0.1.0.v20261127", plan.bundles().get(1).version());
    }

    /**
     * A configuration written for the workbench too (the installation's own, which the Windows script gives the command
     * line): the workbench's bundles, with their activators and fragments, are left out, and a vendor's bundle that needs
     * one of them stays unresolved under Equinox, and so sends the command there.
     */
    @Test
    void theWorkbenchsBundlesAreLeftOutOfAConfigurationWrittenForTheWorkbench() throws IOException {
        aProductAndAVendor();
        bundle("org.eclipse.ui.workbench", "3.136.0", "Bundle-Activator", "org.eclipse.ui.internal.WorkbenchPlugin");
        bundle("org.eclipse.swt", "3.132.0", "Export-Package", "org.eclipse.swt;version=\"3.132.0\"");
        bundle("org.eclipse.swt.win32.win32.x86_64", "3.132.0", "Fragment-Host", "org.eclipse.swt", "Bundle-NativeCode", "swt.dll");
        bundle("org.eclipse.equinox.launcher.win32.win32.x86_64", "1.2.1400", "Fragment-Host", "org.eclipse.equinox.launcher");
        bundle("jp.careplan.ui", "0.1.0", "Bundle-Activator", "jp.careplan.ui.Activator", "Require-Bundle", "org.eclipse.ui.workbench");
        bundle("jp.example.forms.ui", "1.0.0", "Bundle-Activator", "jp.example.forms.ui.Activator");

        FlatPlan plan = plan();

        assertNull(plan.equinoxBecause());
        assertEquals(List.of("org.eclipse.emf.ecore", "jp.careplan.layout", "jp.example.layouts"),
                plan.bundles().stream().map(BundleFile::name).toList());

        bundle("jp.example.charts", "1.0.0", "Require-Bundle", "org.eclipse.swt");
        assertReason(plan(), "jp.example.charts", "org.eclipse.swt");
    }

    /** An absolute location as p2 may write it, unencoded (a space in a folder's name), and as a URI. */
    @Test
    void aBundleOutsideTheInstallationIsFoundByItsFileLocationEncodedOrNot() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.codes", "1.0.0");
        Path outside = Files.createDirectories(install.resolve("shared bundles")).resolve("jp.example.codes_1.0.0.jar");
        Files.move(install.resolve("plugins/jp.example.codes_1.0.0.jar"), outside);
        String line = lines.remove(lines.size() - 1);

        lines.add(line.replace("plugins/jp.example.codes_1.0.0.jar", "file:" + outside.toAbsolutePath()));
        FlatPlan unencoded = plan();
        lines.set(lines.size() - 1, line.replace("plugins/jp.example.codes_1.0.0.jar", outside.toUri().toString()));
        FlatPlan encoded = plan();

        for (FlatPlan plan : List.of(unencoded, encoded)) {
            assertNull(plan.equinoxBecause());
            assertEquals(outside, plan.bundles().get(plan.bundles().size() - 1).path());
        }
    }

    /**
     * Which bundles.info a configuration area has: its own; for a user's area cascading from the installation's (the
     * Windows script's, where the user cannot write the installation), the shared one's, named by a path or a URL.
     */
    @Test
    void aCascadedUserAreaReadsTheSharedAreasBundlesInfo(@TempDir Path user) throws IOException {
        Path shared = install.resolve("configuration");
        Path info = Path.of("org.eclipse.equinox.simpleconfigurator", "bundles.info");

        assertEquals(shared.resolve(info), FlatPlan.bundlesInfo(user, shared.toString(), true));
        assertEquals(shared.resolve(info), FlatPlan.bundlesInfo(user, shared.toUri().toString(), true));
        assertEquals(user.resolve(info), FlatPlan.bundlesInfo(user, shared.toString(), false), "not cascaded: its own");
        assertEquals(user.resolve(info), FlatPlan.bundlesInfo(user, null, true), "no shared area: its own");
        Files.createDirectories(user.resolve(info).getParent());
        Files.writeString(user.resolve(info), "#version=1\n");
        assertEquals(user.resolve(info), FlatPlan.bundlesInfo(user, shared.toString(), true), "an area's own comes first");
    }

    @Test
    void aVendorsBundleWithAnActivatorNeedsEquinox() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.rules", "1.0.0", "Bundle-Activator", "jp.example.rules.Activator", "Require-Bundle", "jp.careplan.layout");

        assertReason(plan(), "jp.example.rules", "activator");
    }

    @Test
    void aVendorsBundleWithComponentsNeedsEquinox() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.rules", "1.0.0", "Service-Component", "OSGI-INF/rule.xml");

        assertReason(plan(), "jp.example.rules", "components");
    }

    @Test
    void aVendorsBundleAskingForAnotherCapabilityNeedsEquinox() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.ok", "1.0.0", "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\"");
        assertNull(plan().equinoxBecause(), "the execution environment is Java's own");
        bundle("jp.example.extender", "1.0.0", "Require-Capability", "osgi.extender;filter:=\"(osgi.extender=osgi.component)\"");

        assertReason(plan(), "jp.example.extender", "osgi.extender");
    }

    @Test
    void aFragmentOrAnInnerJarNeedsEquinox() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.fragment", "1.0.0", "Fragment-Host", "jp.careplan.layout");
        assertReason(plan(), "jp.example.fragment", "fragment");

        lines.remove(lines.size() - 1);
        bundle("jp.example.inner", "1.0.0", "Bundle-ClassPath", ".,lib/inner.jar");
        assertReason(plan(), "jp.example.inner", "Bundle-ClassPath");
    }

    @Test
    void aBundleThatWouldStayUnresolvedUnderEquinoxSendsTheCommandThere() throws IOException {
        aProductAndAVendor();
        // a workbench extension: it needs a bundle the command line's configuration leaves out
        bundle("jp.example.editor", "1.0.0", "Require-Bundle", "org.eclipse.ui;bundle-version=\"3.200.0\"");
        assertReason(plan(), "jp.example.editor", "org.eclipse.ui");

        lines.remove(lines.size() - 1);
        bundle("jp.example.next", "1.0.0", "Require-Bundle", "jp.careplan.layout;bundle-version=\"[0.2.0,0.3.0)\"");
        assertReason(plan(), "jp.example.next", "jp.careplan.layout");

        lines.remove(lines.size() - 1);
        bundle("jp.example.newer", "1.0.0", "Import-Package", "org.eclipse.emf.ecore;version=\"[3.0,4)\"");
        assertReason(plan(), "jp.example.newer", "org.eclipse.emf.ecore");

        lines.remove(lines.size() - 1);
        bundle("jp.example.internal", "1.0.0", "Import-Package", "jdk.internal.misc");
        assertReason(plan(), "jp.example.internal", "jdk.internal.misc");

        lines.remove(lines.size() - 1);
        bundle("jp.example.optional", "1.0.0", "Require-Bundle", "org.eclipse.ui;resolution:=optional",
                "Import-Package", "java.util.function,org.w3c.dom");
        assertNull(plan().equinoxBecause(), "optional requirements and the runtime's packages resolve as under Equinox");
    }

    @Test
    void aBundleForANewerJavaStaysWithEquinoxWhichLeavesItUnresolved() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.old", "1.0.0", "Bundle-RequiredExecutionEnvironment", "J2SE-1.5,JavaSE-17");
        bundle("jp.example.ee", "1.0.0", "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=11))\"");
        assertNull(plan().equinoxBecause(), "Java 17 runs both");

        bundle("jp.example.future", "1.0.0", "Bundle-RequiredExecutionEnvironment", "JavaSE-99");
        assertReason(plan(), "jp.example.future", "JavaSE-99");

        lines.remove(lines.size() - 1);
        bundle("jp.example.futureCapability", "1.0.0", "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=99))\"");
        assertReason(plan(), "jp.example.futureCapability", "Java 99");
    }

    @Test
    void onlyASplitPackageMaySpanBundles() throws IOException {
        aProductAndAVendor();
        // Eclipse's runtime package: parts exported as mandatory, gathered by one plain export
        bundle("org.eclipse.equinox.common", "3.20.0", "Export-Package", "org.eclipse.core.runtime;common=split;mandatory:=common");
        bundle("org.eclipse.equinox.registry", "3.12.0", "Export-Package", "org.eclipse.core.runtime;registry=split;mandatory:=registry");
        bundle("org.eclipse.core.runtime", "3.34.0", "Export-Package", "org.eclipse.core.runtime;version=\"3.7.0\"");
        assertNull(plan().equinoxBecause());

        bundle("jp.example.copy", "1.0.0", "Export-Package", "jp.careplan.layout");
        assertReason(plan(), "jp.careplan.layout", "exported by [jp.careplan.layout, jp.example.copy]");
    }

    @Test
    void aBundleWithTheRuntimesPackagesOrNativeCodeOrOsgisApiNeedsEquinox() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.xml", "1.0.0", "Export-Package", "javax.xml.parsers");
        assertReason(plan(), "javax.xml.parsers", "Java runtime");

        lines.remove(lines.size() - 1);
        bundle("jp.example.native", "1.0.0", "Bundle-NativeCode", "lib/libx.so;osname=Linux");
        assertReason(plan(), "jp.example.native", "native code");

        lines.remove(lines.size() - 1);
        // with the OSGi framework and the platform installed, what a vendor's bundle asks of them resolves, and still
        // needs OSGi: Platform, ILog.of, the framework's classes
        bundle("org.eclipse.osgi", "3.24.0", "Export-Package", "org.osgi.framework;version=\"1.10\"");
        bundle("org.eclipse.core.runtime", "3.34.0", "Export-Package", "org.eclipse.core.runtime;version=\"3.7.0\"");
        bundle("jp.example.osgi", "1.0.0", "Import-Package", "org.osgi.framework;version=\"1.8\"");
        assertReason(plan(), "jp.example.osgi", "uses OSGi (imports org.osgi.framework)");

        lines.remove(lines.size() - 1);
        bundle("jp.example.platform", "1.0.0", "Import-Package", "org.eclipse.core.runtime");
        assertReason(plan(), "jp.example.platform", "uses OSGi (imports org.eclipse.core.runtime)");

        lines.remove(lines.size() - 1);
        bundle("jp.example.runtime", "1.0.0", "Require-Bundle", "org.eclipse.core.runtime");
        assertReason(plan(), "jp.example.runtime", "uses OSGi (requires org.eclipse.core.runtime)");

        lines.remove(lines.size() - 1);
        bundle("jp.example.optional", "1.0.0", "Require-Bundle", "org.eclipse.core.runtime;resolution:=optional",
                "Import-Package", "org.osgi.framework;resolution:=optional");
        assertNull(plan().equinoxBecause(), "what it can do without is not a use");

        lines.remove(lines.size() - 1);
        bundle("jp.careplan.cli", "0.1.0", "Import-Package", "org.osgi.framework;version=\"[1.8.0,2.0.0)\"");
        assertNull(plan().equinoxBecause(), "the product's own bundles work without OSGi (tested both ways)");
    }

    @Test
    void theExecutionEnvironmentIsReadAsEquinoxReadsIt() throws IOException {
        int java = Runtime.version().feature();
        aProductAndAVendor();
        bundle("jp.example.atLeast", "1.0.0", "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version>=" + (java + 4) + "))\"");
        assertReason(plan(), "jp.example.atLeast", "Java " + (java + 4));

        lines.remove(lines.size() - 1);
        bundle("jp.example.before", "1.0.0", "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(!(version>=" + java + ")))\"");
        assertReason(plan(), "jp.example.before", "Java before " + java);

        lines.remove(lines.size() - 1);
        bundle("jp.example.cdc", "1.0.0", "Bundle-RequiredExecutionEnvironment", "CDC-1.1/Foundation-1.1");
        assertReason(plan(), "jp.example.cdc", "CDC-1.1/Foundation-1.1");

        lines.remove(lines.size() - 1);
        bundle("jp.example.fine", "1.0.0", "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version>=1.8))\"",
                "Bundle-RequiredExecutionEnvironment", "JavaSE-1.8");
        assertNull(plan().equinoxBecause());
    }

    @Test
    void aVendorsClassesInAPackageAnotherBundleHasNeedEquinox() throws IOException {
        aProductAndAVendor();
        bundleWith("org.apache.commons.csv", "1.14.1", List.of("org/apache/commons/csv/CSVParser.class"));
        bundleWith("jp.example.own", "1.0.0", List.of("jp/example/own/Rule.class", "META-INF/versions/11/x/Y.class"));
        assertNull(plan().equinoxBecause(), "packages of their own");

        bundleWith("jp.example.copy", "1.0.0", List.of("org/apache/commons/csv/CSVParser.class"));
        assertReason(plan(), "jp.example.copy", "org.apache.commons.csv");
    }

    @Test
    void aManifestsLastHeaderCountsWithoutItsLineBreak() throws IOException {
        aProductAndAVendor();
        Path folder = Files.createDirectories(install.resolve("plugins/jp.example.last_1.0.0/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                + "Bundle-SymbolicName: jp.example.last\nBundle-Version: 1.0.0\nBundle-Activator: jp.example.last.Activator");
        lines.add("jp.example.last,1.0.0,plugins/jp.example.last_1.0.0/,4,false");

        assertReason(plan(), "jp.example.last", "activator");
    }

    @Test
    void aBundleInstalledTwiceNeedsEquinox() throws IOException {
        aProductAndAVendor();
        bundle("jp.example.layouts", "1.1.0");

        assertReason(plan(), "jp.example.layouts", "twice");
    }

    @Test
    void aPlatformLibrarysActivatorOnlyServesOsgi() throws IOException {
        bundle("org.eclipse.equinox.common", "3.20.300", "Bundle-Activator", "org.eclipse.core.internal.runtime.Activator");
        bundle("org.apache.pdfbox", "3.0.8", "Bundle-Activator", "x.Y");

        assertNull(plan().equinoxBecause());
    }

    @Test
    void aBundleInAFolderLoadsToo() throws IOException {
        aProductAndAVendor();
        Path folder = Files.createDirectories(install.resolve("plugins/jp.example.folder_1.0.0/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                + "Bundle-SymbolicName: jp.example.folder\nBundle-Version: 1.0.0\nRequire-Bundle: jp.careplan.layout\n");
        lines.add("jp.example.folder,1.0.0,plugins/jp.example.folder_1.0.0/,4,false");

        FlatPlan plan = plan();

        assertNull(plan.equinoxBecause());
        BundleFile last = plan.bundles().get(plan.bundles().size() - 1);
        assertEquals("jp.example.folder", last.name());
        assertNull(last.zip());
    }

    @Test
    void aBrokenManifestIsAnErrorNotAGuess() throws IOException {
        aProductAndAVendor();
        Files.createDirectories(install.resolve("plugins"));
        Files.write(install.resolve("plugins/broken.jar"), new byte[] { 1, 2, 3 });
        lines.add("jp.example.broken,1.0.0,plugins/broken.jar,4,false");

        assertThrows(IOException.class, this::plan);
    }

    /**
     * Only a manifest's main section is read (a signed jar's goes on with a digest per entry): whatever its line
     * breaks, however long it is, and not a header of an entry's section.
     */
    @ParameterizedTest
    @ValueSource(strings = { "LF", "CRLF", "CR" })
    void theMainSectionOfAManifestIsReadWhateverItsLineBreaks(String lineBreak) throws IOException {
        String br = Map.of("LF", "\n", "CRLF", "\r\n", "CR", "\r").get(lineBreak);
        StringBuilder exports = new StringBuilder("Export-Package: jp.example.p0");
        for (int i = 1; i < 900; i++) { // over 8 KiB: the section ends beyond the first read
            exports.append(',').append(br).append(" jp.example.p").append(i);
        }
        String text = "Manifest-Version: 1.0" + br + "Bundle-ManifestVersion: 2" + br + "Bundle-SymbolicName: jp.example.signed;" + br
                + " singleton:=true" + br + "Bundle-Version: 2.1.0" + br + exports + br + br + "Name: jp/example/A.class" + br
                + "Bundle-Activator: jp.example.NotAHeaderOfTheBundle" + br + "SHA-256-Digest: AAAA" + br + br;
        Path folder = Files.createDirectories(install.resolve("plugins/jp.example.signed_2.1.0/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"), text, StandardCharsets.UTF_8);
        lines.add("jp.example.signed,2.1.0,plugins/jp.example.signed_2.1.0/,4,false");
        bundle("jp.example.user", "1.0.0", "Import-Package", "jp.example.p899,jp.example.p0");

        FlatPlan plan = plan();

        assertNull(plan.equinoxBecause(), "the activator belongs to an entry, not to the bundle");
        assertEquals("jp.example.signed", plan.bundles().get(0).name());
        assertEquals("2.1.0", plan.bundles().get(0).version());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "1.0.0|[1.0,2.0)|true", "2.0.0|[1.0,2.0)|false", "2.0.0|[1.0,2.0]|true",
            "1.0.0|(1.0,2.0)|false", "1.0.0.v2026|(1.0,2.0)|true", "0.9.9|1.0|false", "3.1|1.0|true", "1.0|''|true",
            "0.1.0.v20261127-0718|[0.1.0,0.2.0)|true", "0.2.0|[0.1.0,0.2.0)|false" })
    void versionRangesReadAsOsgiReadsThem(String version, String range, boolean in) {
        assertEquals(in, FlatPlan.inRange(version, range), version + " in " + range);
    }

    @Test
    void qualifiersCompareAsText() {
        assertTrue(FlatPlan.compare("1.0.0.b", "1.0.0.a") > 0);
        assertTrue(FlatPlan.compare("1.10", "1.9") > 0, "numbers, not text");
        assertEquals(0, FlatPlan.compare("1", "1.0.0"));
    }

    private static void assertReason(FlatPlan plan, String bundle, String because) {
        assertNotNull(plan.equinoxBecause(), "Equinox must start");
        assertTrue(plan.equinoxBecause().contains(bundle) && plan.equinoxBecause().contains(because), plan.equinoxBecause());
        assertTrue(plan.bundles().isEmpty());
    }
}
