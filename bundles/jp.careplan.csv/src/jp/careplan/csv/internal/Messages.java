/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jp.careplan.csv.FileNameException.Reason;
import jp.careplan.csv.MessageSource;

/**
 * The bundle's messages, in Japanese and English. A plain {@link ResourceBundle}, so that the codec
 * speaks the same language with or without OSGi.
 */
public final class Messages {

    private static final String BUNDLE = "jp.careplan.csv.internal.messages";

    private Messages() {
    }

    /** The message text of the given key, formatted with the arguments. */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageSource.Text text) {
                resolved[i] = format(locale, text.key(), text.arguments());
            }
        }
        return new MessageFormat(bundle.getString(key), locale).format(resolved);
    }

    /** The message of a file-name problem: the name, the rule id and what was expected. */
    public static String fileName(Locale locale, String fileName, Reason reason, int position, String itemName,
            Object[] details) {
        Object[] arguments = new Object[details.length + 3];
        arguments[0] = fileName;
        arguments[1] = Integer.valueOf(position);
        arguments[2] = itemName;
        System.arraycopy(details, 0, arguments, 3, details.length);
        return format(locale, "fileName.prefix", fileName, reason.ruleId(), Integer.valueOf(position))
                + format(locale, "fileName." + reason.name(), arguments);
    }
}
