/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CareplanResourceFactory;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.Validation;

/**
 * Reads one file with the real codec and reports its problems (errors and warnings), and, when
 * asked, writes it back in memory and reports where the bytes would first differ.
 */
final class FileCheck {

    private FileCheck() {
    }

    /** The report lines of a file's problems, in file order. */
    static List<String> check(Path file, boolean roundTrip, Locale locale) {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new CareplanResourceFactory());
        CareplanResource resource = (CareplanResource) resourceSet.createResource(URI.createFileURI(file.toString()));
        List<String> lines = new ArrayList<>();
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            lines.add(Messages.format(locale, "check.unreadableFile", e.getClass().getSimpleName()));
            return lines;
        }
        List<CsvProblem> problems = new ArrayList<>(resource.problems());
        if (resource.isComplete()) {
            problems.addAll(new Validation(RuleRegistry.getDefault(), LayoutRegistry.getDefault()).validate(resource));
        }
        problems.removeIf(problem -> problem.severity() == Severity.INFO);
        problems.sort(Comparator.comparingInt(CsvProblem::getLine).thenComparingInt(CsvProblem::getColumn));
        for (CsvProblem problem : problems) {
            lines.add(label(problem.severity(), locale) + ": " + problem.getMessage(locale));
        }
        if (roundTrip && resource.isComplete()) {
            try {
                byte[] original = Files.readAllBytes(file);
                byte[] written = resource.toBytes(Map.of());
                int at = firstDifference(original, written);
                if (at >= 0) {
                    int line = 1;
                    int lineStart = 0;
                    for (int i = 0; i < at; i++) {
                        if (original[i] == '\n' || original[i] == '\r' && (i + 1 >= original.length || original[i + 1] != '\n')) {
                            line++;
                            lineStart = i + 1;
                        }
                    }
                    lines.add(label(Severity.WARNING, locale) + ": " + Messages.format(locale, "check.roundTrip",
                            file.getFileName().toString(), Integer.valueOf(at), Integer.valueOf(line), Integer.valueOf(at - lineStart + 1)));
                }
            } catch (IOException e) {
                lines.add(label(Severity.ERROR, locale) + ": " + Messages.format(locale, "check.notWritable",
                        file.getFileName().toString(), e.getMessage()));
            }
        }
        return lines;
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    private static String label(Severity severity, Locale locale) {
        return Messages.format(locale, "severity." + severity.name());
    }
}
