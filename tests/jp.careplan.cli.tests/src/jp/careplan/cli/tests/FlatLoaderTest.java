/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.boot.FlatLoader;
import jp.careplan.cli.boot.FlatPlan;

/** The class loader of the command line's start without OSGi: classes, packages and entries as Equinox gives them. */
class FlatLoaderTest {

    @TempDir
    Path install;

    /** A class of this test bundle, copied into a generated bundle: loaded again there, by the flat loader. */
    static final class Probe {
    }

    private FlatLoader loader() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "jp.example.probe");
        main.putValue("Bundle-Version", "1.2.3.v2026");
        Files.createDirectories(install.resolve("plugins"));
        String probe = Probe.class.getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = Probe.class.getClassLoader().getResourceAsStream(probe)) {
            bytes = in.readAllBytes();
        }
        try (OutputStream out = Files.newOutputStream(install.resolve("plugins/probe.jar"));
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry(probe));
            jar.write(bytes);
            jar.putNextEntry(new JarEntry("plugin.xml"));
            jar.write("<plugin/>".getBytes(StandardCharsets.UTF_8));
            jar.putNextEntry(new JarEntry("layouts/my layout 第6表.layout"));
            jar.write("layout".getBytes(StandardCharsets.UTF_8));
        }
        Path folder = Files.createDirectories(install.resolve("plugins/jp.example.folder/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                + "Bundle-SymbolicName: jp.example.folder\nBundle-Version: 1.0.0\n");
        Files.createDirectories(install.resolve("plugins/jp.example.folder/codes"));
        Files.writeString(install.resolve("plugins/jp.example.folder/codes/list.csv"), "1,one\n");
        Path info = install.resolve("bundles.info");
        Files.writeString(info, "jp.example.probe,1.2.3.v2026,plugins/probe.jar,4,false\n"
                + "jp.example.folder,1.0.0,plugins/jp.example.folder/,4,false\n");
        FlatPlan plan = FlatPlan.of(install, info);
        assertNull(plan.equinoxBecause());
        return new FlatLoader(plan.bundles());
    }

    @Test
    void aClassIsDefinedByTheLoaderInAPackageNamedForItsBundle() throws Exception {
        try (FlatLoader loader = loader()) {
            Class<?> loaded = loader.loadClass(Probe.class.getName());

            assertNotSame(Probe.class, loaded);
            assertSame(loader, loaded.getClassLoader());
            assertEquals("jp.example.probe", loaded.getPackage().getImplementationTitle());
            assertEquals("1.2.3.v2026", loaded.getPackage().getImplementationVersion());
            assertNull(loaded.getProtectionDomain().getCodeSource().getCodeSigners(), "read as a zip file: no signers");
            assertSame(loaded, loader.loadClass(Probe.class.getName()), "once");
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("jp.example.Missing"));
        }
    }

    @Test
    void entriesAreFoundAsBundleGetEntryFindsThem() throws Exception {
        try (FlatLoader loader = loader()) {
            URL layout = loader.entry("jp.example.probe", "layouts/my layout 第6表.layout");
            assertNotNull(layout);
            assertEquals("layout", read(layout));
            assertNotNull(layout.toURI(), "a name with a space and Japanese is encoded for URIs: " + layout);
            assertEquals(layout, loader.entry("jp.example.probe", "/layouts/my layout 第6表.layout"), "a leading / is the root");
            assertNull(loader.entry("jp.example.probe", "layouts/none.layout"));
            assertNull(loader.entry("jp.example.none", "plugin.xml"));

            assertEquals("<plugin/>", read(new URL(layout, "../plugin.xml")), "relative");
            assertEquals("<plugin/>", read(new URL(layout, "/plugin.xml")), "from the jar's root");
            URL elsewhere = new URL(layout, "jar:" + install.resolve("other.jar").toUri() + "!/plugin.xml");
            assertThrows(IOException.class, () -> read(elsewhere), "never an entry of this jar under another jar's name");

            assertEquals("1,one\n", read(loader.entry("jp.example.folder", "codes/list.csv")));
            assertNotNull(loader.entry("jp.example.folder", "codes/"), "a folder's entry, as Equinox gives it");
            assertNull(loader.entry("jp.example.folder", "../probe.jar"), "nothing outside the bundle");
            assertEquals(List.of(layout), java.util.Collections.list(loader.getResources("layouts/my layout 第6表.layout")));
        }
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
