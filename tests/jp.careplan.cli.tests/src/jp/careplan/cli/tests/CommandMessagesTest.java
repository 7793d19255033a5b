/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.cli.Careplan;

/**
 * Every message of the command line, in both languages, is a pattern {@link MessageFormat} prints as written: the
 * same keys in Japanese and English, no placeholder left unfilled and no apostrophe swallowed (a lone {@code '} quotes
 * the rest of the pattern, so "the user's {1}" would print neither the apostrophe nor the number).
 */
class CommandMessagesTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("jp.careplan.cli.internal.messages", locale, Careplan.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The keys a file itself holds (a bundle's own key set includes its parent's). */
    private static TreeSet<String> keys(String file) {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = Careplan.class.getClassLoader().getResourceAsStream("jp/careplan/cli/internal/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void everyPatternPrintsAsWritten(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle messages = bundle(locale);
        assertEquals(keys("messages.properties"), keys(language.equals("ja") ? "messages_ja.properties" : "messages.properties"),
                "the same keys in both languages");
        Object[] arguments = new Object[10];
        java.util.Arrays.fill(arguments, 7);
        for (String key : messages.keySet()) {
            String pattern = messages.getString(key);
            String printed = new MessageFormat(pattern, locale).format(arguments);
            assertFalse(printed.matches("(?s).*\\{\\d.*"), key + ": a placeholder is left unfilled");
            // a lone ' starts a quoted part: it is swallowed, and so is the next one (two of them hide each other
            // from a count, so none may be alone)
            assertFalse(pattern.replace("''", "").contains("'"), key + ": an apostrophe must be written '' in a pattern");
            long quotes = printed.chars().filter(c -> c == '\'').count();
            long meant = (pattern.length() - pattern.replace("''", "").length()) / 2;
            assertEquals(meant, quotes, key + ": every apostrophe printed");
        }
    }
}
