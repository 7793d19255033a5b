/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.benchmarks;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import jp.careplan.csv.CareplanCsvReader;

/**
 * Runs the codec benchmarks on a file of N records (generated once) and prints, beside JMH's table,
 * the ratios to FastCSV measured in the same run and the retained size of the imported model.
 * Arguments: the data folder and the number of records.
 */
public final class BenchmarkMain {

    /**
     * The collectors each measurement runs under: first the throughput collector, which batch work
     * (an import, an export, the checker in a pipeline) is run with; then G1, the JVM's default and the
     * workbench's, reported beside it.
     */
    private static final List<String> COLLECTORS = List.of("ParallelGC", "G1GC");

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark-data");
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path file = BenchmarkData.file(folder, records);
        System.out.printf(Locale.ROOT, "benchmark file: %,d records, %,d bytes%n", records, Files.size(file));

        double megabytes = Files.size(file) / 1e6;
        Map<String, Map<String, Double>> runs = new LinkedHashMap<>();
        for (String collector : COLLECTORS) {
            // a GC between iterations, so that no iteration pays for the garbage of the one before
            Options options = new OptionsBuilder().include(CodecBenchmarks.class.getName()).shouldDoGC(true)
                    .jvmArgsAppend("-Xmx8g", "-Xms8g", "-XX:+Use" + collector, "-Dcareplan.benchmark.file=" + file).build();
            Map<String, Double> millis = new HashMap<>();
            for (RunResult result : new Runner(options).run()) {
                String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
                millis.put(method, result.getPrimaryResult().getScore());
            }
            runs.put(collector, millis);
        }
        System.out.println();
        System.out.println("careplan codec against FastCSV 4.4.0, same run, same file (" + records + " records, "
                + Files.size(file) + " bytes), both sides in the same JVM settings:");
        runs.forEach((collector, millis) -> {
            double parse = millis.get("fastCsvParse");
            double load = millis.get("careplanImport");
            double write = millis.get("fastCsvWrite");
            double save = millis.get("careplanExport");
            System.out.println(" " + collector + (collector.equals(COLLECTORS.get(0)) ? " (the measure the targets are set on)" : ""));
            System.out.printf(Locale.ROOT, "  import: %.0f ms (%.0f MB/s) vs FastCSV parse %.0f ms (%.0f MB/s): %.0f %% of FastCSV's throughput (target >= 75 %%)%n",
                    load, megabytes / load * 1000, parse, megabytes / parse * 1000, parse / load * 100);
            System.out.printf(Locale.ROOT, "  export: %.0f ms (%.0f MB/s) vs FastCSV write %.0f ms (%.0f MB/s): %.0f %% of FastCSV's throughput (target >= 70 %%)%n",
                    save, megabytes / save * 1000, write, megabytes / write * 1000, write / save * 100);
        });
        System.out.printf(Locale.ROOT, "  retained model: %.0f bytes a record (target <= 1200)%n", retainedBytesPerRecord(file, records));
    }

    /** Heap held by an imported document, per record: used heap after a full GC, with and without it. */
    private static double retainedBytesPerRecord(Path file, int records) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        var layouts = BenchmarkData.registry();
        var name = BenchmarkData.fileName();
        long before = usedAfterGc(memory);
        CareplanCsvReader.Result result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            result = new CareplanCsvReader(layouts).read(in, BenchmarkData.FILE_NAME, name, "UPPLAN");
        }
        long after = usedAfterGc(memory);
        if (result.document().getRecords().size() != records) {
            throw new IllegalStateException("read " + result.document().getRecords().size() + " records");
        }
        return (double) (after - before) / records;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
