/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

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
        read(resource, resourceSet.getURIConverter());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof LayoutSet set)) {
            throw new IOException("No layout set in " + uri);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IOException("The layout set " + uri + " has errors: " + resource.getErrors().get(0).getMessage());
        }
        return set;
    }

    /** What XMI reading is asked for: references by id resolved at the end of the file, parsers kept for the next file. */
    private static final Map<Object, Object> OPTIONS = Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE,
            XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(), XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

    /**
     * Reads a layout file into its resource as {@link Resource#load(Map)} does, faster: a column names its code list by
     * id, and EMF finds an id by searching every object of the file, once per reference; here the ids are put in a
     * table as the objects are read (the first object of an id wins, as that search finds it) and the references
     * resolved from it once the whole file is read. The table goes with the load: afterwards the resource finds ids by
     * searching, as before, so an id changed later (a draft edited in the workbench) is found under its new value. The
     * file's time stamp is not asked for (nothing uses it; it cost a look-up of content types per file).
     */
    private static void read(Resource resource, URIConverter converter) throws IOException {
        ResourceImpl impl = resource instanceof ResourceImpl r ? r : null;
        if (impl != null) {
            impl.setIntrinsicIDToEObjectMap(new HashMap<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public EObject put(String id, EObject object) {
                    return putIfAbsent(id, object);
                }
            });
        }
        try (InputStream in = converter.createInputStream(resource.getURI())) {
            resource.load(in, OPTIONS);
        } finally {
            if (impl != null) {
                impl.setIntrinsicIDToEObjectMap(null);
            }
        }
    }
}
