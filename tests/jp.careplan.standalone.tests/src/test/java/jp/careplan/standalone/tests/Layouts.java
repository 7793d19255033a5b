/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import org.eclipse.emf.common.util.URI;

import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;

/** The 3.2 layouts of jp.careplan.spec.v3, registered in plain Java as a batch job would. */
final class Layouts {

    private static LayoutSet v3;

    private Layouts() {
    }

    static synchronized LayoutSet v3() {
        if (v3 == null) {
            CareplanPackage.eINSTANCE.eClass(); // registers the record classes the layouts name
            URL url = Layouts.class.getClassLoader().getResource("layouts/v3.2.layout");
            if (url == null) {
                throw new IllegalStateException("jp.careplan.spec.v3 is not on the class path");
            }
            try {
                v3 = LayoutSets.load(URI.createURI(url.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return v3;
    }

    static LayoutRegistry registry() {
        LayoutRegistry registry = new LayoutRegistry();
        registry.register(v3());
        return registry;
    }

    static FileLayout layout(String kind) {
        return v3().getFileLayouts().stream().filter(layout -> layout.getKind().equals(kind)).findFirst().orElseThrow();
    }
}
