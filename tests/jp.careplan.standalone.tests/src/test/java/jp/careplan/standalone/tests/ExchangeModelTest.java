/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.YearMonth;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.ExchangeFolder;
import jp.careplan.csv.FileNames;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.model.exchange.Exchange;
import jp.careplan.model.exchange.ExchangeFactory;
import jp.careplan.model.exchange.ExchangePackage;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.NamingRule;

/** The generated exchange model used standalone (no OSGi, no extension registry). */
class ExchangeModelTest {

    @Test
    void theNamingRuleIsDerivedFromTheServiceTypes() {
        FileName name = ExchangeFactory.eINSTANCE.createFileName();
        assertEquals(NamingRule.V3, name.getRule());
        name.setSenderServiceType("43");
        name.setReceiverServiceType("11");
        assertEquals(NamingRule.V4, name.getRule());
        EAttribute rule = ExchangePackage.Literals.FILE_NAME__RULE;
        assertFalse(rule.isChangeable(), "the rule is read from the parts, never set");
    }

    @Test
    void anExchangeSurvivesXmiSerialisationUnchanged(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("exchange");
        new SyntheticExchange(4, Layouts.v3()).writeMonth(folder, YearMonth.of(2025, 9));
        Exchange exchange = new ExchangeFolder(FileNames.of(Layouts.registry())).scan(folder).exchange();

        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        Resource out = resourceSet.createResource(URI.createFileURI(dir.resolve("exchange.xmi").toString()));
        out.getContents().add(EcoreUtil.copy(exchange));
        out.save(null);

        ResourceSetImpl other = new ResourceSetImpl();
        other.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        other.getPackageRegistry().put(ExchangePackage.eNS_URI, ExchangePackage.eINSTANCE);
        Resource in = other.getResource(URI.createFileURI(dir.resolve("exchange.xmi").toString()), true);
        assertEquals(true, EcoreUtil.equals(exchange, in.getContents().get(0)));
    }
}
