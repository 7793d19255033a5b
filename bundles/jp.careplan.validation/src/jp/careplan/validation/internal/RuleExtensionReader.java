/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal;

import jp.careplan.layout.internal.Contributors;
import jp.careplan.validation.RuleRegistry;

/** Fills a rule registry from the extension point when there is an extension registry; nothing in plain Java. */
public final class RuleExtensionReader {

    public static final String EXTENSION_POINT = "jp.careplan.validation.rules";

    private RuleExtensionReader() {
    }

    public static void fill(RuleRegistry registry) {
        if (Contributors.extensionsAvailable()) {
            EclipseRuleExtensions.fill(registry);
        }
    }
}
