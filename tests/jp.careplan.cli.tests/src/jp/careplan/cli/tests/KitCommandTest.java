/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.Careplan;

/**
 * {@code careplan kit generate} and {@code careplan kit verify} as the Equinox application runs them, with the layouts
 * and rules the installed bundles contribute (here 3.2 and a vendor's rule).
 */
class KitCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        out.reset();
        err.reset();
        return Careplan.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generateWritesEveryScenarioWithItsReadmeAndAgreesWithTheChecker(@TempDir Path dir) throws IOException {
        Path kit = dir.resolve("kit");

        int status = run(Locale.JAPANESE, "kit", "generate", kit.toString(), "--version", "3.2");

        assertEquals(Careplan.EXIT_OK, status, out() + err);
        assertTrue(out().contains("01-several-providers"), out());
        assertTrue(out().contains("チェッカーと一致しないもの 0 件"), out());
        try (Stream<Path> folders = Files.list(kit)) {
            List<Path> scenarios = folders.filter(Files::isDirectory).toList();
            assertEquals(11, scenarios.size(), scenarios::toString);
            for (Path scenario : scenarios) {
                String readme = Files.readString(scenario.resolve("README.md"));
                assertTrue(readme.contains("## 期待される判定 / Expected verdict"), scenario.toString());
            }
        }
        assertTrue(Files.readString(kit.resolve("kit.tsv")).lines().count() > 40);

        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "kit", "generate", kit.toString(), "--version", "3.2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("never written over"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "kit", "generate", dir.resolve("x").toString(), "--version", "9.9"));
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "kit", "generate", dir.resolve("x").toString()));
    }

    @Test
    void verifyPassesAFaithfulCopyAndFailsOnAMissingFile(@TempDir Path dir) throws IOException {
        Path kit = dir.resolve("kit");
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "kit", "generate", kit.toString(), "--version", "3.2"), out());
        Path copy = dir.resolve("copy");
        for (String line : Files.readAllLines(kit.resolve("kit.tsv")).subList(1, Files.readAllLines(kit.resolve("kit.tsv")).size())) {
            String[] parts = line.split("\t");
            if (parts[0].startsWith("9")) {
                continue; // the refused files are not reproduced
            }
            Files.createDirectories(copy.resolve(parts[0]));
            Files.copy(kit.resolve(parts[0]).resolve(parts[1]), copy.resolve(parts[0]).resolve(parts[1]));
        }

        // the version told from the files themselves (their CSVバージョン)
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "kit", "verify", copy.toString()), out() + err);
        assertTrue(out().contains("8 scenario(s) verified, 0 departing"), out());

        Path gone;
        try (Stream<Path> files = Files.list(copy.resolve("03-change-within-the-month"))) {
            gone = files.filter(path -> path.getFileName().toString().startsWith("UPSIKYU")).sorted().findFirst().orElseThrow();
        }
        Files.delete(gone);

        assertEquals(Careplan.EXIT_PROBLEMS, run(Locale.ENGLISH, "kit", "verify", copy.toString(), "--version", "3.2"));
        assertTrue(out().lines().anyMatch(line -> line.contains("ERROR " + gone.getFileName() + " [KIT-FILE-MISSING]")), out());
        assertTrue(out().contains("03-change-within-the-month: departs"), out());
        assertFalse(out().contains("01-several-providers: departs"), out());
    }

    /**
     * The impact of a draft on the whole kit in one command: each scenario folder is checked as an exchange of its own,
     * and exactly the files the draft breaks are named — every 第6表 予定 of a conforming scenario (the draft adds an
     * item to 第6表 予定), derived here from the kit's manifest; the 第7表 and 利用者補足情報 of its send unit are not
     * checked against a 第6表 that is no longer read (UNIT-UNCHECKED, information), so they stay valid.
     */
    @Test
    void theImpactOfADraftOnTheWholeKitNamesExactlyTheFilesItBreaks(@TempDir Path dir) throws IOException {
        Path kit = dir.resolve("kit");
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "kit", "generate", kit.toString(), "--version", "3.2"), out());
        Path draft = dir.resolve("draft.csv");
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "layout", "export", "3.2", "--out", draft.toString()), out());
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(UPPLAN,22,[^\r\n]*\r\n)", "$1UPPLAN,23,草案追加項目,,フリーテキスト,,,\r\n");
        assertTrue(changed.length() > text.length(), "the exported 3.2 has UPPLAN No.22");
        Files.writeString(draft, changed, StandardCharsets.UTF_8);

        int status = run(Locale.ENGLISH, "layout", "impact", draft.toString(), "--against", "3.2", kit.toString());

        assertEquals(Careplan.EXIT_PROBLEMS, status, out() + err);
        java.util.Set<String> stop = new java.util.TreeSet<>();
        for (String line : out().lines().toList()) {
            if (line.endsWith(": stops being valid under the draft")) {
                stop.add(line.substring(0, line.indexOf(": stops being valid")));
            }
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        List<String[]> manifest = Files.readAllLines(kit.resolve("kit.tsv")).stream().skip(1).map(line -> line.split("\t")).toList();
        for (String[] entry : manifest) {
            if (entry[1].startsWith("UPPLAN_") && !entry[0].startsWith("9")) {
                expected.add(entry[0] + "/" + entry[1]);
            }
        }
        assertEquals(expected, stop);
        assertTrue(stop.size() > 10, stop::toString);
    }
}
