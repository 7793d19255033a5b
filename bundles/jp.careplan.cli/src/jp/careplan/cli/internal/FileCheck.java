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
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CareplanResourceFactory;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.MessageSource;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.validation.RuleRegistry;
import jp.careplan.validation.Validation;

/**
 * Reads one file with the real codec, validates it with the installed rules, and, when asked, writes
 * it back in memory and reports where the bytes would first differ (CSV-ROUND-TRIP).
 */
final class FileCheck {

    /** The command line's own texts, for its own rules (CSV-ROUND-TRIP, CSV-IO). */
    static final MessageSource MESSAGES = MessageSource.of("jp.careplan.cli.internal.messages", FileCheck.class.getClassLoader());

    private FileCheck() {
    }

    /** A file read and checked: the resource (to check units with), and its problems. */
    record Result(CareplanResource resource, List<CsvProblem> problems) {
    }

    /** Reads and checks a file; its problems (INFO left out) in file order. */
    static Result check(Path file, boolean roundTrip) {
        String name = file.getFileName().toString();
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new CareplanResourceFactory());
        CareplanResource resource = (CareplanResource) resourceSet.createResource(URI.createFileURI(file.toString()));
        List<CsvProblem> problems = new ArrayList<>();
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            problems.add(new CsvProblem(MESSAGES, "CSV-IO", Severity.ERROR, name, 0, 0, null, -1, e.getClass().getSimpleName()));
            return new Result(resource, problems);
        }
        problems.addAll(resource.problems());
        if (resource.isComplete()) {
            problems.addAll(new Validation(RuleRegistry.getDefault(), LayoutRegistry.getDefault()).validate(resource));
        }
        problems.removeIf(problem -> problem.severity() == Severity.INFO);
        problems.sort(Comparator.comparingInt(CsvProblem::getLine).thenComparingInt(CsvProblem::getColumn));
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
                    problems.add(new CsvProblem(MESSAGES, "CSV-ROUND-TRIP", Severity.WARNING, name, line, 0, null, at,
                            Integer.valueOf(at - lineStart + 1)));
                }
            } catch (IOException e) {
                problems.add(new CsvProblem(MESSAGES, "CSV-IO", Severity.ERROR, name, 0, 0, null, -1, e.getClass().getSimpleName()));
            }
        }
        return new Result(resource, problems);
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
}
