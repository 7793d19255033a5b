/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;

import com.code_intelligence.jazzer.junit.FuzzTest;

import jp.careplan.csv.CareplanResource;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSets;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.pdf.FormsPdf;

/**
 * Any bytes read as a file of one of the kinds that have a form (the first byte chooses the kind): whatever the
 * reader makes of them, the forms are drawn — no exception, whatever the lengths, dates, times, codes or counts — and
 * the result is a PDF. The committed inputs are the samples' files, one per kind.
 */
class FormsFuzzTest {

    private static final LayoutRegistry LAYOUTS = new LayoutRegistry();
    private static final String[] FILES = { "UP1KYO_0835539544_7034364333_20250125173559.CSV",
            "UP2KYO_0835539544_7034364333_20250125173559.CSV", "UPPLAN_202503_0835539544_7034364333_20250225170302.CSV",
            "UPJSK_202503_7034364333_0835539544_20250402180021.CSV", "UPSIKYU_202503_0835539544_7034364333_20250225170302.CSV",
            "UPHOSOKU_202503_0835539544_7034364333_20250225170302.CSV" };

    static {
        CareplanPackage.eINSTANCE.eClass();
        URL url = FormsFuzzTest.class.getClassLoader().getResource("layouts/v3.2.layout");
        try {
            LAYOUTS.register(LayoutSets.load(URI.createURI(url.toString())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final FormsPdf forms = new FormsPdf(LAYOUTS, Locale.JAPANESE);

    @FuzzTest(maxDuration = "10m")
    void formsOfAnyFile(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        String name = FILES[Math.floorMod(bytes[0], FILES.length)];
        CareplanResource resource = new CareplanResource(URI.createFileURI("/fuzz/" + name));
        resource.load(new ByteArrayInputStream(Arrays.copyOfRange(bytes, 1, bytes.length)),
                java.util.Map.of(CareplanResource.OPTION_LAYOUTS, LAYOUTS));
        FormsPdf.Rendered rendered = forms.renderResources(List.of(resource), List.of());
        assertEquals("%PDF-", new String(rendered.pdf(), 0, 5, StandardCharsets.US_ASCII));
    }
}
