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
final class FlatLoader extends ClassLoader implements Closeable {

    static {
        registerAsParallelCapable();
    }

    private final List<Source> sources = new ArrayList<>();
    /** For each package (as a folder of entries), the sources where its classes were found so far: tried first. */
    private final Map<String, Source> lastSource = new ConcurrentHashMap<>();

    FlatLoader(List<BundleFile> bundles) throws IOException {
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
        private final String base;

        Jar(BundleFile bundle) throws IOException {
            super(bundle, FlatLoader.this);
            this.zip = bundle.zip();
            this.base = "jar:" + bundle.path().toUri() + "!/";
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
                return new URL("jar", "", -1, base.substring("jar:".length()) + entry, handler);
            } catch (MalformedURLException e) {
                return null;
            }
        }

        private final URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                String entry = url.getPath().substring(base.length() - "jar:".length());
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() throws IOException {
                        ZipEntry found = zip.getEntry(entry);
                        if (found == null) {
                            throw new FileNotFoundException(url.toString());
                        }
                        return zip.getInputStream(found);
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
            return file == null ? null : Files.readAllBytes(file);
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

        private Path file(String entry) {
            Path root = bundle.path().toAbsolutePath().normalize();
            Path file = root.resolve(entry).normalize();
            return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
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

    /** The URL of an entry of the named bundle, or {@code null}. */
    URL entry(String bundle, String entry) {
        for (Source source : sources) {
            if (source.bundle.name().equals(bundle)) {
                return source.url(entry);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        for (Source source : sources) {
            source.close();
        }
    }
}
