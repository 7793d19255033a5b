/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.careplan.layout.CodeList;
import jp.careplan.layout.Column;
import jp.careplan.layout.LayoutPackage;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;
import jp.careplan.layout.util.LayoutResourceFactoryImpl;
import jp.careplan.model.careplan.CareplanPackage;

/**
 * {@link LayoutSets#load} reads a layout file faster than EMF's plain {@code Resource.load} (code-list references
 * resolved from a table of ids at the end of the file): what it reads must be what the plain load reads, for every
 * installed layout file and for the cases where the table could differ from EMF's search (an id given twice, a
 * reference before its code list, a reference to no code list, an id changed after loading).
 */
class LayoutSetsTest {

    /** The layout set as EMF's own {@code Resource.load} reads it, with its resource. */
    private static Resource plainLoad(URI uri) throws IOException {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new LayoutResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(LayoutPackage.eNS_URI, LayoutPackage.eINSTANCE);
        Resource resource = resourceSet.createResource(uri);
        resource.load(Collections.emptyMap());
        return resource;
    }

    @ParameterizedTest
    @ValueSource(strings = { "layouts/v3.2.layout", "layouts/v4.1.layout", "layouts/v4.1-prevention.layout", "layouts/table3.layout" })
    void everyInstalledLayoutFileReadsAsEmfReadsIt(String path) throws Exception {
        CareplanPackage.eINSTANCE.eClass();
        URL url = LayoutSetsTest.class.getClassLoader().getResource(path);
        assertNotNull(url, path + " on the class path");
        URI uri = URI.createURI(url.toString());

        LayoutSet fast = LayoutSets.load(uri);
        LayoutSet plain = (LayoutSet) plainLoad(uri).getContents().get(0);

        assertTrue(new EcoreUtil.EqualityHelper().equals(fast, plain), path + ": the same objects, attributes and references");
        int referenced = 0;
        for (var layout : fast.getFileLayouts()) {
            for (Column column : layout.getColumns()) {
                if (column.getCodeList() != null) {
                    referenced++;
                    assertSame(fast, EcoreUtil.getRootContainer(column.getCodeList()), column.getName() + ": a code list of the same set");
                }
            }
        }
        assertTrue(referenced > 0 || path.contains("table3"), path + " names code lists");
    }

    private static Path write(Path dir, String body) throws IOException {
        Path file = dir.resolve("test.layout");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <layout:LayoutSet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:layout="http://careplan.jp/model/layout/1.0"
                    id="test" csvVersion="202208" validFrom="202301">
                """ + body + "\n</layout:LayoutSet>\n", StandardCharsets.UTF_8);
        return file;
    }

    private static final String TWO_LISTS_OF_ONE_ID = """
              <fileLayouts kind="UPPLAN">
                <columns number="1" name="性別" feature="sex" codeList="x"/>
              </fileLayouts>
              <codeLists id="x" name="first"/>
              <codeLists id="x" name="second"/>
            """;

    @Test
    void aCodeListGivenTwiceIsTheFirstAsEmfFindsIt(@TempDir Path dir) throws Exception {
        URI uri = URI.createFileURI(write(dir, TWO_LISTS_OF_ONE_ID).toString());

        LayoutSet fast = LayoutSets.load(uri);
        LayoutSet plain = (LayoutSet) plainLoad(uri).getContents().get(0);

        assertEquals("first", plain.getFileLayouts().get(0).getColumns().get(0).getCodeList().getName(), "EMF's search");
        assertEquals("first", fast.getFileLayouts().get(0).getColumns().get(0).getCodeList().getName());
        assertSame(fast.getCodeLists().get(0), fast.getFileLayouts().get(0).getColumns().get(0).getCodeList());
    }

    /**
     * An id written as an element (XMI allows it) is set after its object is placed in the file: the table does not
     * have it then, and every reference still gets the first list of the id, as EMF's search gives it.
     */
    @Test
    void aCodeListWhoseIdIsAnElementAndGivenTwiceIsTheFirstForEveryReference(@TempDir Path dir) throws Exception {
        URI uri = URI.createFileURI(write(dir, """
                  <fileLayouts kind="UPPLAN">
                    <columns number="1" name="性別" feature="sex" codeList="x"/>
                    <columns number="2" name="性別" feature="sex" codeList="x"/>
                  </fileLayouts>
                  <codeLists><id>x</id><name>first</name></codeLists>
                  <codeLists><id>x</id><name>second</name></codeLists>
                  <codeLists><id>y</id><name>third</name></codeLists>
                """).toString());

        LayoutSet fast = LayoutSets.load(uri);
        LayoutSet plain = (LayoutSet) plainLoad(uri).getContents().get(0);

        for (int column = 0; column < 2; column++) {
            assertEquals("first", plain.getFileLayouts().get(0).getColumns().get(column).getCodeList().getName(), "EMF's search");
            assertSame(fast.getCodeLists().get(0), fast.getFileLayouts().get(0).getColumns().get(column).getCodeList(), "column " + column);
        }
        assertTrue(new EcoreUtil.EqualityHelper().equals(fast, plain));
    }

    @Test
    void aReferenceToNoCodeListIsAnErrorAsBefore(@TempDir Path dir) throws Exception {
        URI uri = URI.createFileURI(write(dir, """
                  <fileLayouts kind="UPPLAN">
                    <columns number="1" name="性別" feature="sex" codeList="missing"/>
                  </fileLayouts>
                  <codeLists id="x" name="one"/>
                """).toString());

        IOException plain = assertThrows(IOException.class, () -> plainLoad(uri), "EMF's plain load refuses it");
        IOException fast = assertThrows(IOException.class, () -> LayoutSets.load(uri));
        assertEquals(plain.getMessage(), fast.getMessage());
        assertTrue(fast.getMessage().contains("'missing'"), fast.getMessage());
    }

    @Test
    void afterLoadingIdsAreFoundUnderTheirCurrentValues(@TempDir Path dir) throws Exception {
        LayoutSet set = LayoutSets.load(URI.createFileURI(write(dir, TWO_LISTS_OF_ONE_ID).toString()));
        Resource resource = set.eResource();
        CodeList first = set.getCodeLists().get(0);

        first.setId("renamed");

        assertSame(first, resource.getEObject("renamed"), "found by its new id, as a draft edited in the workbench is");
        EObject other = resource.getEObject("x");
        assertSame(set.getCodeLists().get(1), other, "the old id now names the other list");
        assertEquals(List.of(), resource.getErrors());
    }
}
