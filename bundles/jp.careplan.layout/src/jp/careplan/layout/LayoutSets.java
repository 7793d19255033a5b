/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout;

import java.io.IOException;
import java.util.Collections;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import jp.careplan.layout.util.LayoutResourceFactoryImpl;

/** Loads layout sets from their files ({@code *.layout}, the layout model's XMI). */
public final class LayoutSets {

    private LayoutSets() {
    }

    /**
     * Loads the layout set of a file.
     *
     * @param uri a file, bundle ({@code platform:/plugin/…}) or class-path URI
     * @throws IOException when the file cannot be read or holds no layout set
     */
    public static LayoutSet load(URI uri) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new LayoutResourceFactoryImpl());
        // the layout model itself, also in plain Java where nothing has touched it yet; the record classes
        // the layouts name are found in the global package registry
        resourceSet.getPackageRegistry().put(LayoutPackage.eNS_URI, LayoutPackage.eINSTANCE);
        Resource resource = resourceSet.createResource(uri);
        resource.load(Collections.emptyMap());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof LayoutSet set)) {
            throw new IOException("No layout set in " + uri);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IOException("The layout set " + uri + " has errors: " + resource.getErrors().get(0).getMessage());
        }
        return set;
    }
}
