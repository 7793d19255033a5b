/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link CareplanResource}s. Registered for the extensions {@code CSV} and {@code csv} under
 * Eclipse; in plain Java register it in the resource set:
 * {@code resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("CSV", new CareplanResourceFactory())}.
 */
public class CareplanResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new CareplanResource(uri);
    }
}
