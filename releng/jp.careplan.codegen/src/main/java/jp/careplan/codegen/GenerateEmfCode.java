/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model (and, where a genmodel names an edit directory, the edit) code of every
 * {@code .genmodel} under {@code bundles/}, as the IDE's "Generate Model Code" would, without an IDE.
 * Each bundle folder is mapped as the platform resource {@code /<folder name>/}, which is how the
 * genmodels name their output directories.
 */
public final class GenerateEmfCode {

    private GenerateEmfCode() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        List<Path> genModels;
        try (Stream<Path> files = Files.walk(bundles, 3)) {
            genModels = files.filter(p -> p.toString().endsWith(".genmodel")).sorted().toList();
        }
        try (Stream<Path> folders = Files.list(bundles)) {
            folders.filter(Files::isDirectory).forEach(folder -> EcorePlugin.getPlatformResourceMap()
                    .put(folder.getFileName().toString(), URI.createFileURI(folder.toString() + "/")));
        }
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        int failures = 0;
        for (Path genModelPath : genModels) {
            failures += generate(bundles.relativize(genModelPath)) ? 0 : 1;
        }
        if (failures > 0) {
            throw new IllegalStateException(failures + " genmodel(s) failed to generate");
        }
    }

    private static boolean generate(Path relative) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        URI uri = URI.createPlatformResourceURI("/" + relative.toString().replace('\\', '/'), true);
        Resource resource = resourceSet.getResource(uri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        System.out.println("Generating " + uri);
        boolean ok = report(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                monitor()));
        // the edit code only where the genmodel names its edit directory: the getter invents a default
        if (genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__EDIT_DIRECTORY)) {
            ok &= report(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                    monitor()));
            if (ok) {
                JapaneseLabels.write(genModel);
            }
        }
        return ok;
    }

    /** Progress of the generator: every file with -Dcareplan.codegen.verbose=true, silence otherwise. */
    private static BasicMonitor monitor() {
        return Boolean.getBoolean("careplan.codegen.verbose") ? new BasicMonitor.Printing(System.out) : new BasicMonitor();
    }

    private static boolean report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            System.out.println("EMF code generation failed: " + diagnostic);
            return false;
        }
        return true;
    }
}
