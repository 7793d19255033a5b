/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.MessageSource;

/** {@code --round-trip}: writes a read file back in memory and reports where the bytes would first differ. */
final class RoundTrip {

    /** The command line's own texts (CSV-ROUND-TRIP, CSV-IO). */
    static final MessageSource MESSAGES = MessageSource.of("jp.careplan.cli.internal.messages", RoundTrip.class.getClassLoader());

    private RoundTrip() {
    }

    static Optional<CsvProblem> check(Path file, CareplanResource resource) {
        String name = file.getFileName().toString();
        try {
            byte[] original = Files.readAllBytes(file);
            byte[] written = resource.toBytes(Map.of());
            int at = firstDifference(original, written);
            if (at < 0) {
                return Optional.empty();
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (original[i] == '\n' || original[i] == '\r' && (i + 1 >= original.length || original[i + 1] != '\n')) {
                    line++;
                    lineStart = i + 1;
                }
            }
            return Optional.of(new CsvProblem(MESSAGES, "CSV-ROUND-TRIP", Severity.WARNING, name, line, 0, null, at,
                    Integer.valueOf(at - lineStart + 1)));
        } catch (IOException e) {
            return Optional.of(new CsvProblem(MESSAGES, "CSV-IO", Severity.ERROR, name, 0, 0, null, -1, e.getClass().getSimpleName()));
        }
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }
}
