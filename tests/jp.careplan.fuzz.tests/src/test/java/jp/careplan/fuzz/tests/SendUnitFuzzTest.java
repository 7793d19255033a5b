/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.CsvProblem;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.validation.BuiltInRules;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * A clean month of exchange (plans, 第6表, 第7表, 利用者補足情報, 実績) mutated as files arrive broken — a byte
 * changed, a file cut short, empty lines appended, bytes inserted, a line removed, a file missing, a copy or a
 * changed copy of a file in a second folder — and checked whole by {@link ExchangeCheck}: the check ends (never an
 * exception), and every problem names one of the files given, has a rule and a message in both languages with every
 * placeholder filled.
 */
class SendUnitFuzzTest {

    private static final LayoutRegistry LAYOUTS = new LayoutRegistry();
    private static final RuleRegistry RULES = new RuleRegistry();
    /** The clean month, by file name, in the order written. */
    private static final Map<String, byte[]> MONTH = new LinkedHashMap<>();
    private static final Path WORK;

    static {
        CareplanPackage.eINSTANCE.eClass();
        URL url = SendUnitFuzzTest.class.getClassLoader().getResource("layouts/v3.2.layout");
        try {
            LayoutSet v3 = LayoutSets.load(URI.createURI(url.toString()));
            LAYOUTS.register(v3);
            WORK = Files.createDirectories(Path.of("target", "send-unit-fuzz")); // the build's own, not the system's temporary folder
            Path clean = fresh(WORK.resolve("clean"));
            for (GeneratedFile file : new SyntheticExchange(20_25L, v3, 3).writeTypicalMonth(clean, YearMonth.of(2025, 4), 2)) {
                MONTH.put(file.name(), Files.readAllBytes(file.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuiltInRules.register(RULES);
    }

    @FuzzTest(maxDuration = "10m")
    void check(FuzzedDataProvider data) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(MONTH);
        List<String> names = new ArrayList<>(files.keySet());
        int mutations = data.consumeInt(0, 4);
        for (int m = 0; m < mutations; m++) {
            String name = names.get(data.consumeInt(0, names.size() - 1));
            byte[] bytes = files.get(name);
            if (bytes == null) {
                continue;
            }
            int at = bytes.length == 0 ? 0 : data.consumeInt(0, bytes.length - 1);
            files.put(name, switch (data.consumeInt(0, 5)) {
            case 0 -> replace(bytes, at, data.consumeByte());
            case 1 -> Arrays.copyOf(bytes, at);
            case 2 -> concat(bytes, "\r\n".repeat(data.consumeInt(1, 3)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case 3 -> insert(bytes, at, data.consumeBytes(data.consumeInt(1, 16)));
            case 4 -> withoutLine(bytes, at);
            default -> null; // the file is not there
            });
        }
        Path folder = fresh(WORK.resolve("unit"));
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getValue() != null) {
                paths.add(Files.write(folder.resolve(file.getKey()), file.getValue()));
            }
        }
        if (data.consumeBoolean() && !paths.isEmpty()) {
            // a second folder with a copy of one file, as it is or changed, or the same file given twice
            Path copyOf = paths.get(data.consumeInt(0, paths.size() - 1));
            Path other = fresh(WORK.resolve("other"));
            byte[] bytes = Files.readAllBytes(copyOf);
            paths.add(switch (data.consumeInt(0, 2)) {
            case 0 -> Files.write(other.resolve(copyOf.getFileName()), bytes);
            case 1 -> Files.write(other.resolve(copyOf.getFileName()), concat(bytes, new byte[] { data.consumeByte() }));
            default -> copyOf;
            });
        }

        ExchangeCheck.Result result = new ExchangeCheck(LAYOUTS, RULES).check(paths);

        Set<String> given = paths.stream().map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        for (CsvProblem problem : result.problems()) {
            assertNotNull(problem.ruleId());
            assertTrue(given.contains(problem.fileName()), problem::toString);
            assertTrue(problem.getLine() >= 0 && problem.getColumn() >= 0, problem::toString);
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                String message = problem.getMessage(locale);
                assertNotNull(message);
                assertFalse(message.matches("(?s).*\\{\\d.*"), () -> "a placeholder left unfilled: " + message);
            }
        }
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> entries = Files.walk(folder)) {
                for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(entry);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private static byte[] replace(byte[] bytes, int at, byte value) {
        byte[] copy = bytes.clone();
        if (at < copy.length) {
            copy[at] = value;
        }
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        return concat(concat(Arrays.copyOf(bytes, at), inserted), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    /** The bytes without the line that holds {@code at}. */
    private static byte[] withoutLine(byte[] bytes, int at) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return concat(Arrays.copyOf(bytes, start), Arrays.copyOfRange(bytes, Math.min(bytes.length, end + 1), bytes.length));
    }
}
