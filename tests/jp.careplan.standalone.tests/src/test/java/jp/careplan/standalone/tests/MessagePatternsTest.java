/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The messages of the codec, the built-in rules, the conformance kit and the TAIS rules — what a report prints — in
 * Japanese and English are patterns {@link MessageFormat} prints as written: the same keys in both languages, no
 * placeholder left unfilled, and no apostrophe swallowed (a lone {@code '} quotes the rest of the pattern: "the
 * form's arithmetic" would print as "the forms arithmetic", and a placeholder after it as its own braces).
 */
class MessagePatternsTest {

    private static Properties load(Class<?> owner, String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "jp.careplan.csv.CsvProblem, jp/careplan/csv/internal/messages",
            "jp.careplan.validation.Validation, jp/careplan/validation/internal/messages",
            "jp.careplan.kit.SyntheticExchange, jp/careplan/kit/internal/messages",
            "jp.careplan.tais.TaisRules, jp/careplan/tais/internal/messages" })
    void everyPatternPrintsAsWritten(String ownerName, String base) throws Exception {
        Class<?> owner = Class.forName(ownerName);
        Properties english = load(owner, base + ".properties");
        Properties japanese = load(owner, base + "_ja.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(japanese.stringPropertyNames()),
                "the same keys in both languages");
        Object[] arguments = new Object[10];
        Arrays.fill(arguments, 7);
        for (Properties texts : new Properties[] { english, japanese }) {
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String printed = new MessageFormat(pattern, Locale.ROOT).format(arguments);
                assertFalse(pattern.replace("''", "").contains("'"), key + ": an apostrophe must be written '' in a pattern");
                assertFalse(printed.matches("(?s).*\\{\\d.*"), key + ": a placeholder is left unfilled: " + printed);
                long quotes = printed.chars().filter(c -> c == '\'').count();
                assertEquals((pattern.length() - pattern.replace("''", "").length()) / 2, quotes, key + ": every apostrophe printed");
            }
        }
    }
}
