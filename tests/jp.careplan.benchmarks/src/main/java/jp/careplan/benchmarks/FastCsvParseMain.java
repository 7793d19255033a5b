/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.benchmarks;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** The baseline process of the check benchmark: a bare JVM parsing the given files with FastCSV. */
public final class FastCsvParseMain {

    private FastCsvParseMain() {
    }

    public static void main(String[] args) throws Exception {
        long fields = 0;
        for (String arg : args) {
            try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of(arg)), Charset.forName("windows-31j"));
                    CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
                for (CsvRecord record : csv) {
                    fields += record.getFieldCount();
                }
            }
        }
        System.out.println(fields + " fields");
    }
}
