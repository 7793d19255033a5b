/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout.internal;


import jp.careplan.layout.LayoutRegistry;

/**
 * Fills a registry from the {@code jp.careplan.layout.layouts} extension point when there is an extension registry (Eclipse, or the command line's start without OSGi);
 * does nothing in plain Java (the classes of the extension registry are not even loaded then).
 */
public final class LayoutExtensionReader {

    /** The extension point's id. */
    public static final String EXTENSION_POINT = "jp.careplan.layout.layouts";

    private LayoutExtensionReader() {
    }

    public static void fill(LayoutRegistry registry) {
        if (Contributors.extensionsAvailable()) {
            EclipseLayoutExtensions.fill(registry);
        }
    }
}
