/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;

/**
 * The check benchmark: the whole-process time of {@code careplan check} (the installed product, a
 * fresh JVM) on a send unit of about 10,000 records, next to a fresh bare JVM parsing the same files with
 * FastCSV; the command line's own start (without OSGi, with the class archive its first check leaves) and,
 * for comparison, its start under Equinox ({@code -Dcareplan.osgi=true}); all run alternately after one
 * run of each that is not counted, and the medians and their ratios are printed (target: at most 2×).
 * Arguments: the product folder, a data folder, the number of runs.
 */
public final class CheckBenchmarkMain {

    private CheckBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path product = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Files.createDirectories(folder);
        List<GeneratedFile> files;
        try (var existing = Files.list(folder)) {
            existing.forEach(path -> path.toFile().delete());
        }
        // one provider's schedule unit for 1,100 users: 第6表, 第7表 and 利用者補足情報, about 10,000 records
        SyntheticExchange exchange = new SyntheticExchange(10_000L, BenchmarkData.v3(), 1_100);
        files = exchange.writeTypicalMonth(folder, YearMonth.of(2025, 3), 1).stream()
                .filter(file -> List.of("UPPLAN", "UPSIKYU").contains(file.kind())
                        || file.kind().equals("UPHOSOKU") && "202503".equals(file.month()))
                .toList();
        long records = 0;
        for (GeneratedFile file : files) {
            records += new jp.careplan.csv.CareplanCsvReader(BenchmarkData.registry()).read(Files.newInputStream(file.path()),
                    file.name(), null, file.kind()).document().getRecords().size();
        }
        List<String> paths = files.stream().map(file -> file.path().toString()).toList();
        System.out.printf(Locale.ROOT, "check benchmark: a send unit of %d files, %,d records%n", files.size(), records);

        List<String> check = new ArrayList<>(List.of(product.resolve("careplan").toString(), "check"));
        check.addAll(paths);
        List<String> baseline = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), FastCsvParseMain.class.getName()));
        baseline.addAll(paths);
        Map<String, String> equinox = Map.of("CAREPLAN_VMARGS", "-Dcareplan.osgi=true");
        // not counted: the first check has the class archive written that the next ones map
        time(baseline, Map.of());
        time(check, Map.of());
        awaitClassArchive();
        time(check, equinox);
        long[] ours = new long[runs];
        long[] osgi = new long[runs];
        long[] bare = new long[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = time(baseline, Map.of());
            ours[i] = time(check, Map.of());
            osgi[i] = time(check, equinox);
        }
        long ourMedian = median(ours);
        long osgiMedian = median(osgi);
        long bareMedian = median(bare);
        System.out.printf(Locale.ROOT, "  careplan check (fresh JVM, its own start):  median %d ms of %d runs%n", ourMedian, runs);
        System.out.printf(Locale.ROOT, "  careplan check (fresh JVM, under Equinox):  median %d ms of %d runs%n", osgiMedian, runs);
        System.out.printf(Locale.ROOT, "  FastCSV parse (fresh bare JVM):             median %d ms of %d runs%n", bareMedian, runs);
        System.out.printf(Locale.ROOT, "  ratio: %.2f x (target <= 2 x); under Equinox %.2f x%n", (double) ourMedian / bareMedian,
                (double) osgiMedian / bareMedian);
    }

    /** Waits (at most two minutes) for the class archive the first check has a detached run write. */
    private static void awaitClassArchive() throws Exception {
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        Path cache = cacheHome != null && !cacheHome.isEmpty() ? Path.of(cacheHome, "careplan")
                : Path.of(System.getenv().getOrDefault("HOME", System.getProperty("user.home")), ".cache", "careplan");
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < until) {
            try (var files = Files.walk(cache, 2)) {
                if (files.anyMatch(path -> path.getFileName().toString().matches("classes-[0-9]+\\.jsa")
                        && !Files.exists(path.resolveSibling(".training")))) {
                    return;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException notYet) {
                // the cache is being written
            }
            Thread.sleep(200);
        }
        System.out.println("  (no class archive was written: the figures are without it)");
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long time(List<String> command, Map<String, String> env) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("CAREPLAN_VMARGS");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() > 1) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + command.get(0));
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
