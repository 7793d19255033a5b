/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one gate through which every file the product writes gets its path from a name: a file of the standard, an
 * attachment, a converted file, a spreadsheet copy, a kit's file. The parts of those names are validated where they
 * come from (a received name against the standard's grammar, an office number as 10 digits…); this gate makes sure,
 * whatever a name holds, that the path is directly inside the folder the user chose — on every system the product
 * runs on, so a backslash or a drive letter is refused on Linux too (the same names reach Windows).
 */
public final class SafeNames {

    private SafeNames() {
    }

    /** A name would lead out of its folder, or is no plain file name. */
    public static final class OutsideFolderException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        OutsideFolderException(String reason) {
            super(null, null, "not a plain file name inside the chosen folder: " + reason);
        }
    }

    /**
     * The path of a file named {@code name} directly inside {@code folder}.
     *
     * @throws OutsideFolderException when the name is empty, {@code .} or {@code ..}, holds a separator ({@code /} or
     *                                {@code \}), a drive's colon, a control character, or would otherwise not name a
     *                                file directly in the folder
     */
    public static Path inside(Path folder, String name) throws OutsideFolderException {
        if (name == null || name.isEmpty()) {
            throw new OutsideFolderException("empty");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new OutsideFolderException("a folder's own name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                throw new OutsideFolderException("a separator at " + (i + 1));
            }
            if (c == ':') {
                throw new OutsideFolderException("a drive's colon at " + (i + 1));
            }
            if (Character.isISOControl(c)) {
                throw new OutsideFolderException("a control character at " + (i + 1));
            }
        }
        Path base = folder.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new OutsideFolderException("not a name this system allows");
        }
        if (!base.equals(target.getParent())) {
            throw new OutsideFolderException("outside the folder");
        }
        return target;
    }
}
