/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.cli.boot.FlatLoader;
import jp.careplan.cli.boot.FlatPlan;

/** The command line's start without OSGi: its version arithmetic and its bundle entries, on any input. */
class StartFuzzTest {

    private static final Path INSTALL;

    static {
        try {
            INSTALL = Files.createTempDirectory("careplan-start-fuzz");
            Files.createDirectories(INSTALL.resolve("plugins"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OSGi versions compare as a total order, and a range test never fails on what a manifest may hold. */
    @FuzzTest(maxDuration = "10m")
    void versions(FuzzedDataProvider data) {
        String a = data.consumeString(40);
        String b = data.consumeString(40);
        String range = data.consumeRemainingAsString();
        assertEquals(0, FlatPlan.compare(a, a));
        assertEquals(Integer.signum(FlatPlan.compare(a, b)), -Integer.signum(FlatPlan.compare(b, a)));
        FlatPlan.inRange(a, range);
        assertTrue(FlatPlan.inRange(a, null) && FlatPlan.inRange(a, "  "), "no range: any version");
    }

    /**
     * Any entry name of a bundle's jar is found through the flat loader as under OSGi: its URL reads the entry,
     * is a valid URI, and stays inside the jar.
     */
    @FuzzTest(maxDuration = "10m")
    void entries(FuzzedDataProvider data) throws IOException, URISyntaxException {
        String name = data.consumeString(80).replace('\\', '/').replace("\0", "");
        byte[] content = data.consumeRemainingAsBytes();
        // as Bundle.getEntry: one leading / is the root
        String entry = name.startsWith("/") ? name.substring(1) : name;
        if (entry.isEmpty() || entry.startsWith("/") || entry.endsWith("/") || entry.equals("META-INF/MANIFEST.MF")) {
            return;
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "jp.example.fuzz");
        main.putValue("Bundle-Version", "1.0.0");
        Path jar = INSTALL.resolve("plugins/fuzz.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry(entry));
            zip.write(content);
        }
        Path info = Files.writeString(INSTALL.resolve("bundles.info"), "jp.example.fuzz,1.0.0,plugins/fuzz.jar,4,false\n");
        FlatPlan plan = FlatPlan.of(INSTALL, info);
        assertNull(plan.equinoxBecause());
        try (FlatLoader loader = new FlatLoader(plan.bundles())) {
            URL url = loader.entry("jp.example.fuzz", name);
            assertNotNull(url, entry);
            assertNotNull(url.toURI());
            try (InputStream in = url.openStream()) {
                assertEquals(new String(content, StandardCharsets.ISO_8859_1), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
    }
}
