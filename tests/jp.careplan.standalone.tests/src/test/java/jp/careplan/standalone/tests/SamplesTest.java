/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.fixtures.Samples;

/**
 * The committed {@code samples/} folder (which the product opens first) is exactly what the
 * synthetic generator writes: no hand-made or real data can slip in. To regenerate after changing
 * the generator: {@code ./mvnw verify -Dcareplan.samples.update=true}.
 */
class SamplesTest {

    @Test
    void theCommittedSamplesAreTheGeneratorsOutput(@TempDir Path generated) throws IOException {
        Path committed = Path.of(System.getProperty("careplan.samples", "../../samples"));
        if (Boolean.getBoolean("careplan.samples.update")) {
            for (String stale : names(committed)) {
                Files.delete(committed.resolve(stale));
            }
            Samples.write(committed, Layouts.v3());
        }
        Samples.write(generated, Layouts.v3());

        List<String> expected = names(generated);
        assertEquals(expected, names(committed), "samples/ holds exactly the generated files");
        for (String name : expected) {
            assertArrayEquals(Files.readAllBytes(generated.resolve(name)), Files.readAllBytes(committed.resolve(name)),
                    name + " is byte-identical to the generator's output");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
