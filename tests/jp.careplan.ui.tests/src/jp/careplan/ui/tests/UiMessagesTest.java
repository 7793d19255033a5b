/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import jp.careplan.ui.internal.Messages;

/**
 * The workbench's texts: the same keys in Japanese and English, and every text with a placeholder prints its
 * apostrophes ({@link NLS#bind} reads a text between two lone apostrophes as quoted and drops them).
 */
class UiMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("jp/careplan/ui/internal/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryTextAndBoundTextsKeepTheirApostrophes() throws IOException {
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(japanese.stringPropertyNames()));
        for (Properties texts : new Properties[] { english, japanese }) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!text.contains("{0}")) {
                    continue; // shown as written
                }
                String bound = NLS.bind(text, new Object[] { "a", "b", "c", "d", "e" });
                long meant = text.chars().filter(c -> c == '\'').count() - (text.length() - text.replace("''", "").length()) / 2;
                assertEquals(meant, bound.chars().filter(c -> c == '\'').count(), key + ": write '' for an apostrophe in " + text);
                assertTrue(!bound.contains("{0}"), key);
            }
        }
    }
}
