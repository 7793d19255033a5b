/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where the texts of {@link CsvProblem}s come from: the codec's own, or another bundle's (validation
 * rules, extensions). Keys are {@code rule.<ruleId>} and the keys the rules name.
 */
@FunctionalInterface
public interface MessageSource {

    /** A message argument with a text of its own in each language (e.g. a file-name problem's message). */
    interface Localized {
        String text(Locale locale);
    }

    /** A part of a message that is itself a message of the same source, put in the same language. */
    record Text(String key, Object... arguments) {
    }

    /** The text of a key in the locale's language (Japanese or English), with the arguments filled in. */
    String format(Locale locale, String key, Object... arguments);

    /**
     * Texts of a properties resource bundle found by a class loader; Japanese for a Japanese locale,
     * the base bundle (English) otherwise, whatever the JVM's default locale.
     */
    static MessageSource of(String baseName, ClassLoader loader) {
        return (locale, key, arguments) -> {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        };
    }
}
