/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;

import jp.careplan.csv.PlainLayouts;
import jp.careplan.layout.LayoutDiff;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.LayoutSets;

/**
 * Layouts given on the command line: a draft from disk (the plain table format, {@code .csv}, or the layout model's
 * own {@code .layout}), or an installed version of the standard by its name ({@code 3.2}, {@code 4.1}).
 */
final class DraftLayouts {

    private DraftLayouts() {
    }

    /** Reads a draft file; a plain table takes each known kind's rules and features from the installed layouts. */
    static LayoutSet load(Path file, LayoutRegistry installed) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".layout")) {
            return LayoutSets.load(URI.createFileURI(file.toAbsolutePath().toString()));
        }
        return PlainLayouts.read(file, installed);
    }

    /** A side of a diff: a file, or the name of an installed version; {@code null} when neither. */
    static LayoutDiff.Version version(String argument, LayoutRegistry installed) throws IOException {
        boolean isInstalled = installed.layoutSets().stream().anyMatch(set -> argument.equals(set.getStandardVersion()));
        if (isInstalled) {
            return LayoutDiff.Version.of(installed, argument);
        }
        Path path = Path.of(argument);
        if (!java.nio.file.Files.isRegularFile(path)) {
            return null;
        }
        return LayoutDiff.Version.of(load(path, installed));
    }
}
