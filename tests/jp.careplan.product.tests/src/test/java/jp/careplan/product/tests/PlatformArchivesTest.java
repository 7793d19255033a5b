/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9: the Windows and macOS archives the build publishes beside the Linux one. Each carries its platform's SWT
 * fragment (and no other platform's), the Equinox launcher, its configuration, the samples and its start script. The
 * Windows script's logic runs here under Wine's cmd (Debian's wine64), with stand-ins for Java that say which version
 * they are and write down how they were started: no Java, a Java too old, Java 17 for the command line and for the
 * workbench. The macOS script runs here under sh with such a stand-in too (its tools are the portable ones).
 */
class PlatformArchivesTest {

    @TempDir
    static Path root;
    private static Path products;

    @BeforeAll
    static void locate() {
        products = Path.of(System.getProperty("careplan.archive")).getParent();
    }

    // ---- Windows -------------------------------------------------------------------------------------------

    @Test
    void theWindowsArchiveCarriesWindowsPartsAndItsScript() throws Exception {
        Path installed = unzip(products.resolve("careplan-win32.win32.x86_64.zip"), Files.createDirectories(root.resolve("win")))
                .resolve("careplan");
        Path script = installed.resolve("careplan.cmd");
        assertTrue(Files.isRegularFile(script), "careplan.cmd at the root");
        String text = Files.readString(script, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends, as cmd wants them");
        assertPlatform(installed, "win32.win32.x86_64");
        assertTrue(plugin(installed, "org.eclipse.equinox.launcher.win32.win32.x86_64_"), "the launcher fragment of Windows");
    }

    @Test
    void theWindowsScriptFindsJavaChecksItsVersionAndStartsTheCommandLineOrTheWorkbench() throws Exception {
        Path installed = unzip(products.resolve("careplan-win32.win32.x86_64.zip"), Files.createDirectories(root.resolve("wine")))
                .resolve("careplan");
        Path old = fakeJava(root.resolve("java8"), "java version \"1.8.0_202\"", 0);
        Path java17 = fakeJava(root.resolve("java17"), "openjdk version \"17.0.9\" 2023-10-17", 0);
        Path failing = fakeJava(root.resolve("java17-failing"), "openjdk version \"17.0.9\" 2023-10-17", 3);
        String cmd = windows(installed.resolve("careplan.cmd"));

        Wine none = wine(Map.of("WINEPATH", ""), cmd, "check", "x");
        assertEquals(2, none.exit, none.out);
        assertTrue(none.out.contains("No Java 17+ runtime found: install one (for example Eclipse Temurin 17) or set JAVA_HOME."),
                none.out);

        Wine tooOld = wine(Map.of("WINEPATH", windows(old)), cmd, "check", "x");
        assertEquals(2, tooOld.exit, tooOld.out);
        assertTrue(tooOld.out.contains("Java 1.8.0_202 is too old: careplan needs Java 17 or newer."), tooOld.out);
        assertTrue(Files.exists(old.resolve("versions.txt")), "no release file: Java was asked");

        // a runtime with its release file beside bin, as JDKs and JREs have: read, and Java is not started to ask
        Path release17 = fakeJava(root.resolve("jdk-17/bin"), "openjdk version \"11.0.2\" 2019-01-15", 0);
        Files.writeString(release17.resolveSibling("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\r\nJAVA_VERSION=\"17.0.12\"\r\n");
        Wine fromRelease = wine(Map.of("WINEPATH", windows(release17)), cmd, "check", "x");
        assertEquals(0, fromRelease.exit, "17 by its release file (the stand-in would say 11 if asked): " + fromRelease.out);
        assertTrue(Files.exists(release17.resolve("args.txt")), "the command line started");
        assertFalse(Files.exists(release17.resolve("versions.txt")), "Java was not started to ask its version");
        Path release8 = fakeJava(root.resolve("jre-8/bin"), "openjdk version \"17.0.9\" 2023-10-17", 0);
        // line ends as most runtimes write them (the one above has Windows' own)
        Files.writeString(release8.resolveSibling("release"), "IMPLEMENTOR=\"Oracle Corporation\"\nJAVA_VERSION=\"1.8.0_202\"\n");
        Wine oldRelease = wine(Map.of("WINEPATH", windows(release8)), cmd, "check", "x");
        assertEquals(2, oldRelease.exit, oldRelease.out);
        assertTrue(oldRelease.out.contains("Java 1.8.0_202 is too old"), oldRelease.out);
        assertFalse(Files.exists(release8.resolve("versions.txt")));

        // JAVA_HOME without a java.exe in it: the PATH's Java
        Wine checked = wine(Map.of("WINEPATH", windows(java17), "JAVA_HOME", "/nonexistent"), cmd, "check", "a b", "受信!/x.CSV");
        assertEquals(0, checked.exit, checked.out);
        String args = Files.readString(java17.resolve("args.txt"), StandardCharsets.UTF_8);
        // the command line's own start, which finds Equinox itself where a bundle needs it
        assertTrue(args.contains("-cp \"" + windows(installed) + "\\plugins\\jp.careplan.cli_"), args);
        assertTrue(args.contains(".jar\" jp.careplan.cli.boot.Boot check \"a b\""), args);
        assertTrue(args.contains("\"-Dcareplan.install=" + windows(installed) + "\""), args);
        assertTrue(args.contains("\"-Dcareplan.configuration=" + windows(installed) + "\\configuration\""), args);
        assertFalse(args.contains("-Dcareplan.nl="), "no language chosen: Equinox, where it starts, takes the system's: " + args);
        assertFalse(args.contains("-Xms32m"), args);
        assertTrue(args.contains("!/x.CSV"), "a ! in an argument goes on as typed: " + args);
        assertTrue(args.contains("-Dcareplan.ledger.heads="), args);

        Wine english = wine(Map.of("WINEPATH", windows(java17), "CAREPLAN_NL", "en"), cmd, "check", "x");
        assertEquals(0, english.exit, english.out);
        String englishArgs = Files.readString(java17.resolve("args.txt"), StandardCharsets.UTF_8);
        assertTrue(englishArgs.contains("-Duser.language=en -Duser.country=US") && englishArgs.contains(" -Dcareplan.nl=en_US "),
                englishArgs);

        Wine failed = wine(Map.of("WINEPATH", windows(failing)), cmd, "check", "x");
        assertNotEquals(0, failed.exit, "the command line's failure is the script's (Wine gives 1 for any code a batch file returns)");

        Files.delete(java17.resolve("args.txt"));
        Wine workbench = wine(Map.of("WINEPATH", windows(java17), "CAREPLAN_NL", "ja"), cmd);
        assertEquals(0, workbench.exit, workbench.out);
        // started with "start", so the script does not wait for it: Wine's server does, until every program ends
        wineServerIdle();
        String workbenchArgs = Files.readString(java17.resolve("args.txt"), StandardCharsets.UTF_8);
        assertTrue(workbenchArgs.contains("-application jp.careplan.ui.application -product jp.careplan.ui.product"), workbenchArgs);
        assertTrue(workbenchArgs.contains("-nl ja_JP") && workbenchArgs.contains("-Duser.language=ja"), workbenchArgs);
        assertTrue(workbenchArgs.contains("\\.careplan\\workspace"), workbenchArgs);

        // an installation the user cannot write (here: its configuration folder is no folder): a configuration
        // area of the user's own, reading the installation's as its shared parent
        Path configuration = installed.resolve("configuration");
        Files.move(configuration, installed.resolve("configuration.moved"));
        Files.writeString(configuration, "not a folder");
        Wine readOnly = wine(Map.of("WINEPATH", windows(java17)), cmd, "check", "x");
        assertEquals(0, readOnly.exit, readOnly.out);
        String readOnlyArgs = Files.readString(java17.resolve("args.txt"), StandardCharsets.UTF_8);
        assertTrue(readOnlyArgs.contains("\"-Dosgi.sharedConfiguration.area=" + windows(installed) + "\\configuration\" "
                + "-Dosgi.configuration.cascaded=true"), readOnlyArgs);
        assertTrue(readOnlyArgs.matches("(?s).*\"-Dcareplan\\.configuration=[^\"]*\\\\careplan\\\\configuration\".*"), readOnlyArgs);
        assertFalse(readOnlyArgs.contains("-Dcareplan.configuration=" + windows(installed)), readOnlyArgs);

        // a ; in the installation's path, where Java would split the class path: refused in a line, Java not started
        Path separated = Files.move(installed, installed.resolveSibling("care;plan"));
        Files.delete(java17.resolve("args.txt"));
        try {
            refusesASeparatorInItsPath(separated, java17);
        } finally {
            Files.move(separated, installed);
        }
    }

    private static void refusesASeparatorInItsPath(Path separated, Path java17) throws Exception {
        for (List<String> arguments : List.of(List.of("check", "x"), List.<String>of())) {
            // started from its folder: Wine's cmd /c (unlike Windows') takes no quoted program path with a ; in it
            List<String> line = new ArrayList<>(List.of("careplan.cmd"));
            line.addAll(arguments);
            Wine refused = wine(separated, Map.of("WINEPATH", windows(java17), "CAREPLAN_NL", "en"), line.toArray(String[]::new));
            assertEquals(2, refused.exit, refused.out);
            assertTrue(refused.out.contains("careplan cannot start from a folder whose path contains ';' (Java splits its class "
                    + "path there): move it to a folder without one: " + windows(separated)), refused.out);
            assertFalse(Files.exists(java17.resolve("args.txt")), "Java was not started: " + arguments);
        }
    }

    /**
     * What careplan.cmd starts, run here with this machine's Java on the Windows archive's own configuration (written
     * for the workbench, its bundles included) as the script gives it to a user who cannot write the installation (a
     * user's area cascading from the installation's): the command line starts without OSGi, leaving the workbench's
     * bundles out, and says exactly what Equinox with the whole configuration says; nothing in the installation's
     * configuration is written, added or removed. The expression that leaves the workbench's bundles out is the Linux and
     * macOS scripts'.
     */
    @Test
    void theWindowsCommandLineStartsWithoutOsgiAndSaysWhatEquinoxSays() throws Exception {
        Path installed = unzip(products.resolve("careplan-win32.win32.x86_64.zip"), Files.createDirectories(root.resolve("win-java")))
                .resolve("careplan");
        Path shared = installed.resolve("configuration");
        List<String> before = listing(shared);
        Path cli;
        try (Stream<Path> plugins = Files.list(installed.resolve("plugins"))) {
            cli = plugins.filter(path -> path.getFileName().toString().startsWith("jp.careplan.cli_")).findFirst().orElseThrow();
        }
        // the samples (clean) and the 4.1 kit's scenarios, whose last ones are refused
        Path kit = unzip(products.resolve("careplan-conformance-kit.zip"), Files.createDirectories(root.resolve("win-kit")))
                .resolve("careplan-kit-4.1");
        List<String> checked = new ArrayList<>(List.of("check", installed.resolve("samples").toString()));
        try (Stream<Path> scenarios = Files.list(kit)) {
            scenarios.filter(Files::isDirectory).map(Path::toString).sorted().forEach(checked::add);
        }
        for (String language : List.of("ja", "en")) {
            for (boolean chosen : List.of(true, false)) {
                Path user = Files.createDirectories(root.resolve("win-user-" + language + chosen).resolve("configuration"));
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                        "-Duser.language=" + language, "-Duser.country=" + (language.equals("ja") ? "JP" : "US"),
                        "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                        "-Dosgi.sharedConfiguration.area=" + shared, "-Dosgi.configuration.cascaded=true",
                        "-Dcareplan.install=" + installed, "-Dcareplan.configuration=" + user, "-Dcareplan.boot.trace=true"));
                if (chosen) {
                    command.add("-Dcareplan.nl=" + (language.equals("ja") ? "ja_JP" : "en_US"));
                }
                List<String> flat = new ArrayList<>(command);
                flat.addAll(List.of("-cp", cli.toString(), "jp.careplan.cli.boot.Boot"));
                flat.addAll(checked);
                List<String> equinox = new ArrayList<>(command);
                equinox.addAll(List.of("-Dcareplan.osgi=true", "-cp", cli.toString(), "jp.careplan.cli.boot.Boot"));
                equinox.addAll(checked);
                String what = language + (chosen ? " chosen" : " of the system");
                Started withoutOsgi = java(flat);
                Started underEquinox = java(equinox);
                assertTrue(withoutOsgi.err.startsWith("careplan: starting without OSGi: "), what + ": " + withoutOsgi.err);
                assertTrue(underEquinox.err.startsWith("careplan: Equinox starts: careplan.osgi=true"), what + ": " + underEquinox.err);
                assertEquals(1, withoutOsgi.exit, "the kit's deliberate errors: " + withoutOsgi.out);
                assertEquals(underEquinox.exit, withoutOsgi.exit, what);
                assertEquals(underEquinox.out, withoutOsgi.out, what);
                assertEquals(underEquinox.err.lines().skip(1).toList(), withoutOsgi.err.lines().skip(1).toList(), what);
                assertTrue(withoutOsgi.out.contains(language.equals("ja") ? "居宅サービス計画1表" : "Care plan, table 1"), what
                        + ": the report in the language, as Equinox gives it: " + withoutOsgi.out);
            }
        }
        assertEquals(before, listing(shared), "the installation's configuration is not written to");

        String java;
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] { cli.toUri().toURL() },
                ClassLoader.getPlatformClassLoader())) {
            java.lang.reflect.Field field = Class.forName("jp.careplan.cli.boot.FlatPlan", false, loader).getDeclaredField("WORKBENCH_ONLY");
            field.setAccessible(true);
            java = ((java.util.regex.Pattern) field.get(null)).pattern();
        }
        for (String[] script : List.of(new String[] { "careplan-linux.gtk.x86_64.tar.gz", "careplan/careplan" },
                new String[] { "careplan-macosx.cocoa.aarch64.tar.gz", "careplan.app/Contents/Eclipse/careplan" })) {
            Process tar = new ProcessBuilder("tar", "--warning=no-unknown-keyword", "-xzOf", products.resolve(script[0]).toString(),
                    script[1]).start();
            String text = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0, script[1] + " in " + script[0]);
            String shell = text.lines().filter(line -> line.startsWith("workbench_only='")).findFirst().orElseThrow()
                    .replaceFirst("^workbench_only='", "").replaceFirst("'$", "");
            assertEquals(shell, java, script[0] + ": the script leaves out the bundles the command line's own start leaves out");
        }
    }

    /** Everything under a folder, with its size and time. */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> {
                try {
                    return folder.relativize(file) + (Files.isDirectory(file) ? "/" : " " + Files.size(file) + " "
                            + Files.getLastModifiedTime(file));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    private record Started(int exit, String out, String err) {
    }

    private static Started java(List<String> command) throws Exception {
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            builder.environment().remove(variable);
        }
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within two minutes");
        }
        return new Started(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    // ---- macOS ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "aarch64", "x86_64" })
    void theMacArchivesCarryMacPartsAndAScriptThatStartsOnTheFirstThread(String arch) throws Exception {
        Path into = Files.createDirectories(root.resolve("mac-" + arch));
        Process tar = new ProcessBuilder("tar", "--warning=no-unknown-keyword", "-xzf",
                products.resolve("careplan-macosx.cocoa." + arch + ".tar.gz").toString()).directory(into.toFile())
                .redirectErrorStream(true).start();
        assertTrue(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0, new String(tar.getInputStream().readAllBytes()));
        Path installed = into.resolve("careplan.app/Contents/Eclipse");
        Path script = installed.resolve("careplan");
        assertTrue(Files.isExecutable(script), "the start script, executable");
        assertPlatform(installed, "cocoa.macosx." + arch);

        // the script, run here with a stand-in Java: the workbench on the first thread, the command line as on Linux
        Path javaHome = Files.createDirectories(root.resolve("mac-java-" + arch));
        Files.createDirectories(javaHome.resolve("bin"));
        Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n");
        Path java = Files.writeString(javaHome.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../args.txt\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(root.resolve("mac-home-" + arch));
        Map<String, String> env = Map.of("JAVA_HOME", javaHome.toString(), "HOME", home.toString(), "CAREPLAN_NL", "en");
        assertEquals(0, sh(env, script));
        List<String> workbench = Files.readAllLines(javaHome.resolve("args.txt"));
        assertEquals("-XstartOnFirstThread", workbench.get(0), workbench.toString());
        assertTrue(workbench.contains("jp.careplan.ui.application"), workbench.toString());
        assertEquals(0, sh(env, script, "check", "x"));
        List<String> command = Files.readAllLines(javaHome.resolve("args.txt"));
        assertFalse(command.contains("-XstartOnFirstThread"), "the command line needs no first thread");
        assertTrue(command.contains("jp.careplan.cli.boot.Boot") && command.get(command.size() - 1).equals("x"), command.toString());
        assertTrue(command.contains("-Dcareplan.install=" + installed), command.toString());
        assertTrue(command.contains("-Dcareplan.ledger.heads=" + home + "/.careplan/ledger-heads"), command.toString());

        // no Java anywhere (a PATH with the tools the script needs before it looks for Java, and no java): said in both languages
        Path tools = Files.createDirectories(root.resolve("mac-tools-" + arch));
        for (String tool : List.of("dirname", "readlink")) {
            Path real = Stream.of("/usr/bin/" + tool, "/bin/" + tool).map(Path::of).filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(tools.resolve(tool), real);
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString()).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(Map.of("HOME", home.toString(), "PATH", tools.toString()));
        Process noJava = builder.start();
        String said = new String(noJava.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(noJava.waitFor(1, TimeUnit.MINUTES));
        assertEquals(2, noJava.exitValue(), said);
        assertTrue(said.contains("Java 17 以上が見つかりません") && said.contains("No Java 17+ runtime found"), said);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** The platform's SWT fragment and the launcher jar are there, no other platform's fragment is; so are the samples. */
    private static void assertPlatform(Path installed, String platform) throws IOException {
        String swt = platform.startsWith("win32") ? "org.eclipse.swt.win32.win32.x86_64_"
                : "org.eclipse.swt." + platform + "_";
        assertTrue(plugin(installed, swt), swt + " in " + installed);
        assertTrue(plugin(installed, "org.eclipse.equinox.launcher_"), "the launcher jar");
        for (String other : List.of("org.eclipse.swt.gtk.linux.x86_64_", "org.eclipse.swt.win32.win32.x86_64_",
                "org.eclipse.swt.cocoa.macosx.aarch64_", "org.eclipse.swt.cocoa.macosx.x86_64_")) {
            if (!other.equals(swt)) {
                assertFalse(plugin(installed, other), other + " does not belong in " + platform);
            }
        }
        Path bundles = installed.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        assertTrue(Files.readString(bundles).contains(swt), "the configuration starts " + swt);
        assertTrue(Files.isRegularFile(installed.resolve("configuration/config.ini")));
        try (Stream<Path> samples = Files.list(installed.resolve("samples"))) {
            assertTrue(samples.anyMatch(path -> path.getFileName().toString().endsWith(".CSV")), "the samples");
        }
    }

    private static boolean plugin(Path installed, String prefix) throws IOException {
        try (Stream<Path> plugins = Files.list(installed.resolve("plugins"))) {
            return plugins.anyMatch(path -> path.getFileName().toString().startsWith(prefix));
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        assertTrue(Files.isRegularFile(zip), "the build made " + zip);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "an entry inside the archive's folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return into;
    }

    /**
     * A stand-in for java.exe (a batch file the script finds on the PATH): its version, and its arguments written down;
     * each time it is asked for its version, a line in versions.txt.
     */
    private static Path fakeJava(Path folder, String versionLine, int exit) throws IOException {
        Files.createDirectories(folder);
        String script = "@echo off\r\nif \"%~1\"==\"-version\" (\r\n  echo asked>> \"%~dp0versions.txt\"\r\n  echo "
                + versionLine.replace("\"", "\"") + " 1>&2\r\n  exit /b 0\r\n)\r\n"
                + "echo %* > \"%~dp0args.txt\"\r\nexit /b " + exit + "\r\n";
        Files.writeString(folder.resolve("java.cmd"), script, StandardCharsets.US_ASCII);
        return folder;
    }

    /** A path as Wine's Windows programs see it (Z: is the root). */
    private static String windows(Path path) {
        return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
    }

    private record Wine(int exit, String out) {
    }

    private static Wine wine(Map<String, String> env, String... command) throws Exception {
        return wine(null, env, command);
    }

    /** Runs a command under Wine's cmd, in the given folder (or this process's, if {@code null}). */
    private static Wine wine(Path folder, Map<String, String> env, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(wineBinary(), "cmd", "/c"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        if (folder != null) {
            builder.directory(folder.toFile());
        }
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("WINEPREFIX", root.resolve("wineprefix").toString());
        builder.environment().put("WINEDEBUG", "-all");
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "wine returns");
        return new Wine(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Waits until every program Wine started under the test's prefix has ended ({@code wineserver -w}). */
    private static void wineServerIdle() throws Exception {
        Path wine = Path.of(wineBinary());
        String server = Stream.of("wineserver64", "wineserver").map(wine::resolveSibling).filter(Files::isExecutable).findFirst()
                .map(Path::toString).orElse("wineserver");
        ProcessBuilder builder = new ProcessBuilder(server, "-w").redirectErrorStream(true);
        builder.environment().put("WINEPREFIX", root.resolve("wineprefix").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "Wine's programs end");
    }

    /** Wine from Debian's wine64 (CI installs it): on the PATH, or where the package puts it. */
    private static String wineBinary() {
        for (String candidate : List.of("/usr/bin/wine64", "/usr/bin/wine", "/usr/lib/wine/wine64")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("Wine is needed to run the Windows script's logic here: apt-get install wine64 (.ci/run does)");
    }

    private static int sh(Map<String, String> env, Path script, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("/bin/sh", script.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("CAREPLAN_VMARGS");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), out);
        return process.exitValue();
    }
}
