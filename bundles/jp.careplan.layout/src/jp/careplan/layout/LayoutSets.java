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

    /**
     * What XMI reading is asked for: references by id resolved at the end of the file; parsers kept for the next file,
     * with their handlers, which let go of the resource they read once it is read.
     */
    private static final Map<Object, Object> OPTIONS = Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE,
            XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(true), XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

    /**
     * Reads a layout file into its resource as {@link Resource#load(Map)} does, faster: a column names its code list by
     * id, and EMF finds an id by searching every object of the file, once per reference; here the references are
     * resolved once the whole file is read, from a table of ids that always gives the first object of an id in the
     * file's order, as that search does (the objects' ids as they are read; an id the table lacks, written as an
     * element after its object was placed, from a search of the file that fills the table). The table goes with the
     * load: afterwards the resource finds ids by searching, as before, so an id changed later (a draft edited in the
     * workbench) is found under its new value. The file's time stamp is not asked for (nothing uses it; it cost a
     * look-up of content types per file).
     */
    private static void read(Resource resource, URIConverter converter) throws IOException {
        ResourceImpl impl = resource instanceof ResourceImpl r ? r : null;
        if (impl != null) {
            impl.setIntrinsicIDToEObjectMap(new FirstOfEachId(impl));
        }
        try (InputStream in = converter.createInputStream(resource.getURI())) {
            resource.load(in, OPTIONS);
        } finally {
            if (impl != null) {
                impl.setIntrinsicIDToEObjectMap(null);
            }
        }
    }

    /** Ids to objects, the first object of an id in the file's order winning. */
    private static final class FirstOfEachId extends HashMap<String, EObject> {
        private static final long serialVersionUID = 1L;
        private final transient Resource resource;

        FirstOfEachId(Resource resource) {
            this.resource = resource;
        }

        @Override
        public EObject put(String id, EObject object) {
            return putIfAbsent(id, object);
        }

        /**
         * The first object of the id; where the table lacks it, the file is searched in its order first, which puts
         * every id it meets in the table (so that EMF's own search, whose answer is then not asked for, is not needed).
         */
        @Override
        public EObject get(Object id) {
            EObject found = super.get(id);
            if (found == null && id != null) {
                for (java.util.Iterator<EObject> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllProperContents(resource, false); all
                        .hasNext();) {
                    EObject object = all.next();
                    String objectId = org.eclipse.emf.ecore.util.EcoreUtil.getID(object);
                    if (objectId != null) {
                        putIfAbsent(objectId, object);
                    }
                }
                found = super.get(id);
            }
            return found;
        }
    }
}
