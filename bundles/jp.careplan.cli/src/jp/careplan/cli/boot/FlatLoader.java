/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.boot;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One class loader for the bundles of a {@link FlatPlan}, in their order. Classes are read from the jars as
 * Equinox reads them (as zip files: the JDK's check of jar signatures, which Equinox does not make either, would
 * cost a tenth of a second), and the class data sharing archive of the start script can keep them. Each package
 * is defined with its bundle's symbolic name and version as implementation title and version.
 */
public final class FlatLoader extends ClassLoader implements Closeable {

    static {
        registerAsParallelCapable();
    }

    private final List<Source> sources = new ArrayList<>();
    /** For each package (as a folder of entries), the sources where its classes were found so far: tried first. */
    private final Map<String, Source> lastSource = new ConcurrentHashMap<>();

    public FlatLoader(List<BundleFile> bundles) throws IOException {
        super("careplan-bundles", ClassLoader.getPlatformClassLoader());
        for (BundleFile bundle : bundles) {
            sources.add(bundle.zip() == null ? new Folder(bundle) : new Jar(bundle));
        }
    }

    /** Where a bundle's entries come from. */
    private abstract static class Source {
        final BundleFile bundle;
        final ProtectionDomain domain;

        Source(BundleFile bundle, ClassLoader loader) throws MalformedURLException {
            this.bundle = bundle;
            this.domain = new ProtectionDomain(new CodeSource(bundle.path().toUri().toURL(), (CodeSigner[]) null), null, loader, null);
        }

        abstract byte[] read(String entry) throws IOException;

        abstract URL url(String entry);

        void close() throws IOException {
            // nothing held
        }
    }

    private final class Jar extends Source {
        private final ZipFile zip;
        /** The archive part of this jar's URLs, {@code file:/…/x.jar!/}. */
        private final String archive;

        Jar(BundleFile bundle) throws IOException {
            super(bundle, FlatLoader.this);
            this.zip = bundle.zip();
            this.archive = bundle.path().toUri() + "!/";
        }

        @Override
        byte[] read(String entry) throws IOException {
            ZipEntry found = zip.getEntry(entry);
            if (found == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(found)) {
                return in.readAllBytes();
            }
        }

        /**
         * A {@code jar:} URL that reads the entry from this zip file: opening it through the JDK's jar handler would
         * check the signature of a signed jar first.
         */
        @Override
        URL url(String entry) {
            if (zip.getEntry(entry) == null) {
                return null;
            }
            try {
                return new URL("jar", "", -1, archive + Entries.encode(entry), handler);
            } catch (MalformedURLException e) {
                return null;
            }
        }


        private final URLStreamHandler handler = new URLStreamHandler() {
            /** A path from the root ({@code /x}) stays inside this jar, as with the JDK's jar URLs. */
            @Override
            protected void parseURL(URL url, String spec, int start, int limit) {
                if (start < limit && spec.charAt(start) == '/' && !spec.regionMatches(true, 0, "jar:", 0, 4)) {
                    setURL(url, "jar", "", -1, null, null, archive + spec.substring(start + 1, limit), null, null);
                } else {
                    super.parseURL(url, spec, start, limit);
                }
            }

            @Override
            protected URLConnection openConnection(URL url) throws IOException {
                String path = url.getPath();
                if (path == null || !path.startsWith(archive)) {
                    throw new IOException("not an entry of " + bundle.name() + ": " + url);
                }
                ZipEntry found = zip.getEntry(Entries.decode(path.substring(archive.length())));
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() throws IOException {
                        if (found == null) {
                            throw new FileNotFoundException(url.toString());
                        }
                        return zip.getInputStream(found);
                    }

                    @Override
                    public long getContentLengthLong() {
                        return found == null ? -1 : found.getSize();
                    }

                    @Override
                    public long getLastModified() {
                        return found == null ? 0 : found.getTime();
                    }
                };
            }
        };

        @Override
        void close() throws IOException {
            zip.close();
        }
    }

    private final class Folder extends Source {
        Folder(BundleFile bundle) throws IOException {
            super(bundle, FlatLoader.this);
        }

        @Override
        byte[] read(String entry) throws IOException {
            Path file = file(entry);
            return file == null || !Files.isRegularFile(file) ? null : Files.readAllBytes(file);
        }

        @Override
        URL url(String entry) {
            Path file = file(entry);
            try {
                return file == null ? null : file.toUri().toURL();
            } catch (MalformedURLException e) {
                return null;
            }
        }

        /** The file or folder of an entry inside the bundle's folder, or {@code null}. */
        private Path file(String entry) {
            Path root = bundle.path().toAbsolutePath().normalize();
            Path file = root.resolve(entry).normalize();
            return file.startsWith(root) && Files.exists(file) ? file : null;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String entry = name.replace('.', '/').concat(".class");
        String folder = folderOf(entry);
        try {
            Source last = lastSource.get(folder);
            if (last != null) {
                Class<?> found = define(name, entry, last);
                if (found != null) {
                    return found;
                }
            }
            for (Source source : sources) {
                if (source != last) {
                    Class<?> found = define(name, entry, source);
                    if (found != null) {
                        lastSource.put(folder, source);
                        return found;
                    }
                }
            }
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        throw new ClassNotFoundException(name);
    }

    private Class<?> define(String name, String entry, Source source) throws IOException {
        byte[] bytes = source.read(entry);
        if (bytes == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String pkg = name.substring(0, dot);
            if (getDefinedPackage(pkg) == null) {
                try {
                    definePackage(pkg, null, null, null, source.bundle.name(), source.bundle.version(), null, null);
                } catch (IllegalArgumentException definedMeanwhile) {
                    // another thread defined it
                }
            }
        }
        return defineClass(name, bytes, 0, bytes.length, source.domain);
    }

    private static String folderOf(String entry) {
        int slash = entry.lastIndexOf('/');
        return slash < 0 ? "" : entry.substring(0, slash);
    }

    @Override
    protected URL findResource(String name) {
        for (Source source : sources) {
            URL url = source.url(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        List<URL> urls = new ArrayList<>();
        for (Source source : sources) {
            URL url = source.url(name);
            if (url != null) {
                urls.add(url);
            }
        }
        return Collections.enumeration(urls);
    }

    /** The URL of an entry of the named bundle, or {@code null}: as {@code Bundle.getEntry}, a leading / is the root. */
    public URL entry(String bundle, String entry) {
        String path = entry.startsWith("/") ? entry.substring(1) : entry;
        for (Source source : sources) {
            if (source.bundle.name().equals(bundle)) {
                return source.url(path);
            }
        }
        return null;
    }

    /** Entry names in URLs: percent-encoded as URIs want them (a space, a non-ASCII name), and back. */
    static final class Entries {
        private Entries() {
        }

        static String encode(String entry) {
            StringBuilder out = new StringBuilder(entry.length());
            for (byte b : entry.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                    out.append((char) c);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                }
            }
            return out.toString();
        }

        static String decode(String text) {
            if (text.indexOf('%') < 0) {
                return text;
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                        && Character.digit(text.charAt(i + 2), 16) >= 0) {
                    out.write(Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16));
                    i += 2;
                } else {
                    byte[] bytes = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(bytes, 0, bytes.length);
                }
            }
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        for (Source source : sources) {
            source.close();
        }
    }
}
