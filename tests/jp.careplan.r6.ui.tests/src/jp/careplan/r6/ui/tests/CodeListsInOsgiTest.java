/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.r6.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.careplan.layout.CodeListRegistry;

/**
 * The extension point {@code jp.careplan.layout.codeLists} as the product runs it: jp.careplan.tais contributes its
 * sample product list for TAISコード and 福祉用具届出コード, read from the bundle when first needed.
 */
class CodeListsInOsgiTest {

    @Test
    void theTaisBundleContributesItsSampleProductListForBothItems() {
        CodeListRegistry registry = CodeListRegistry.getDefault();

        CodeListRegistry.Resolution tais = registry.forItem("TAISコード").orElseThrow(
                () -> new AssertionError("no list for TAISコード; contributions: " + registry.contributions()));
        CodeListRegistry.Resolution notified = registry.forItem("福祉用具届出コード").orElseThrow();

        assertEquals("jp.careplan.tais.products", tais.chosen().id());
        assertEquals("jp.careplan.tais", tais.chosen().contributor());
        assertTrue(tais.ties().isEmpty(), tais.ties()::toString);
        assertEquals(tais.entries(), notified.entries());
        assertTrue(tais.entries().size() >= 20, () -> tais.entries().size() + " entries");
        assertTrue(tais.entries().stream().allMatch(entry -> entry.code().matches("\\d{5}-\\d{6}")));
        assertTrue(registry.forItem("サービスコード").isEmpty());
    }
}
