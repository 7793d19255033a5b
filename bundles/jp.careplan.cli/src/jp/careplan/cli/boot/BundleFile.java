/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One installed bundle as the command line's start without OSGi sees it: its symbolic name, version, file (a jar
 * or a folder) and the manifest headers that decide whether it can be loaded without OSGi. Plain Java only: this
 * package runs before any bundle's class is loaded.
 */
public record BundleFile(String name, String version, Path path, ZipFile zip, Attributes headers) {

    static final String MANIFEST = "META-INF/MANIFEST.MF";

    /**
     * Reads the bundle's manifest from its folder, or from its jar, which stays open (for the class loader) in
     * {@link #zip()}.
     */
    static BundleFile read(Path path) throws IOException {
        Manifest manifest;
        ZipFile zip = null;
        if (Files.isDirectory(path)) {
            try (InputStream in = Files.newInputStream(path.resolve(MANIFEST))) {
                manifest = mainSection(in);
            }
        } else {
            zip = new ZipFile(path.toFile());
            try {
                ZipEntry entry = zip.getEntry(MANIFEST);
                if (entry == null) {
                    throw new IOException("no " + MANIFEST);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    manifest = mainSection(in);
                }
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        }
        Attributes headers = manifest.getMainAttributes();
        String name = headers.getValue("Bundle-SymbolicName");
        if (name == null) {
            throw new IOException("no Bundle-SymbolicName");
        }
        String version = headers.getValue("Bundle-Version");
        return new BundleFile(clauses(name).get(0).name(), version == null ? "0.0.0" : version.trim(), path, zip, headers);
    }

    /**
     * The manifest's main section only: a signed jar's manifest goes on with a digest of every entry, which the
     * start does not need and which would cost more to parse than everything else it reads.
     */
    private static Manifest mainSection(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int length = 0;
        int scanned = 0;
        while (true) {
            int end = blankLine(buffer, scanned, length);
            if (end >= 0) {
                return new Manifest(new java.io.ByteArrayInputStream(buffer, 0, end));
            }
            scanned = Math.max(0, length - 3);
            if (length == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                // the JDK drops a last header without its line break; Equinox keeps it
                byte[] ended = java.util.Arrays.copyOf(buffer, length + 1);
                ended[length] = '\n';
                return new Manifest(new java.io.ByteArrayInputStream(ended));
            }
            length += read;
        }
    }

    /** Where the first empty line ends (after its line break), or -1 when none is in {@code [from, length)}. */
    private static int blankLine(byte[] bytes, int from, int length) {
        for (int i = Math.max(from, 1); i < length; i++) {
            boolean lf = bytes[i] == '\n' && (bytes[i - 1] == '\n' || i >= 3 && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r');
            boolean cr = bytes[i] == '\r' && bytes[i - 1] == '\r' && i + 1 < length && bytes[i + 1] != '\n';
            if (lf || cr) {
                return i + 1;
            }
        }
        return -1;
    }

    String header(String header) {
        String value = headers.getValue(header);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** One clause of a manifest header: its name and its attributes and directives ({@code :=} kept in the key). */
    record Clause(String name, java.util.Map<String, String> parameters) {
        String get(String key) {
            return parameters.get(key);
        }
    }

    /**
     * The clauses of a header such as {@code Require-Bundle} or {@code Import-Package}: split at commas outside
     * quotes; a clause with several names separated by {@code ;} gives one clause per name.
     */
    static List<Clause> clauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                String text = part.trim();
                int equals = text.indexOf('=');
                if (equals < 0) {
                    if (!text.isEmpty()) {
                        names.add(text);
                    }
                    continue;
                }
                String key = text.substring(0, equals).trim();
                String value = text.substring(equals + 1).trim();
                if (key.endsWith(":")) {
                    key = key.substring(0, key.length() - 1).trim() + ":";
                }
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                parameters.put(key, value);
            }
            for (String name : names) {
                clauses.add(new Clause(name, parameters));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
