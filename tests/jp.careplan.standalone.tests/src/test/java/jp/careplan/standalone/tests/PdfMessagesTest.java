/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.pdf.FormsPdf;

/**
 * The texts of the PDFs (the inspector's report, the forms) in Japanese and English: the same keys, and no lone
 * apostrophe in a {@link java.text.MessageFormat} pattern (it would swallow the text up to the next one).
 */
class PdfMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormsPdf.class.getClassLoader().getResourceAsStream("jp/careplan/pdf/internal/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "report", "forms" })
    void bothLanguagesHaveEveryTextAndNoLoneApostrophe(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties japanese = load(bundle + "_ja.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(japanese.stringPropertyNames()));
        for (Properties texts : new Properties[] { english, japanese }) {
            for (String key : texts.stringPropertyNames()) {
                assertFalse(texts.getProperty(key).replace("''", "").contains("'"), bundle + " " + key + ": write '' for an apostrophe");
            }
        }
    }
}
