/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jp.careplan.csv.CareplanCsvReader;
import jp.careplan.csv.CareplanCsvWriter;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;

/**
 * The four measurements of one run: FastCSV parsing the file to {@code String[]} (the baseline),
 * our import into the model (MS932 checked, every field checked against the layout), FastCSV
 * writing the model's values (the write baseline), and our export; both writers write to a sink
 * that discards the bytes, in MS932.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1) // heap and collector: see BenchmarkMain
public class CodecBenchmarks {

    private Path file;
    private LayoutRegistry layouts;
    private FileName name;
    private CareplanDocument document;
    private EAttribute[] attributes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Path.of(System.getProperty("careplan.benchmark.file"));
        layouts = BenchmarkData.registry();
        name = BenchmarkData.fileName();
        CareplanCsvReader.Result result = importFile();
        if (result.hasErrors()) {
            throw new IllegalStateException("the benchmark file has problems: " + result.problems().get(0));
        }
        document = result.document();
        FileLayout layout = layouts.resolve("UPPLAN", "202208", "202503").layout();
        attributes = layout.getColumns().stream().map(Column::getFeature)
                .map(feature -> (EAttribute) layout.getRecordClass().getEStructuralFeature(feature)).toArray(EAttribute[]::new);
    }

    private CareplanCsvReader.Result importFile() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new CareplanCsvReader(layouts).read(in, BenchmarkData.FILE_NAME, name, "UPPLAN");
        }
    }

    @Benchmark
    public void fastCsvParse(Blackhole blackhole) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), SyntheticRecordsCharset.MS932);
                CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                blackhole.consume(record.getFields().toArray(new String[0]));
            }
        }
    }

    @Benchmark
    public CareplanDocument careplanImport() throws IOException {
        return importFile().document();
    }

    @Benchmark
    public void fastCsvWrite() throws IOException {
        try (Writer writer = new OutputStreamWriter(OutputStream.nullOutputStream(), SyntheticRecordsCharset.MS932);
                CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
            String[] values = new String[attributes.length];
            List<Record> records = document.getRecords();
            for (Record record : records) {
                for (int i = 0; i < attributes.length; i++) {
                    Object value = record.eGet(attributes[i]);
                    values[i] = value == null ? "" : (String) value;
                }
                csv.writeRecord(values);
            }
        }
    }

    @Benchmark
    public void careplanExport() throws IOException {
        new CareplanCsvWriter(layouts).write(document, "202503", null, OutputStream.nullOutputStream());
    }

    /** MS932, as both sides read and write it. */
    static final class SyntheticRecordsCharset {
        static final java.nio.charset.Charset MS932 = java.nio.charset.Charset.forName("windows-31j");

        private SyntheticRecordsCharset() {
        }
    }
}
