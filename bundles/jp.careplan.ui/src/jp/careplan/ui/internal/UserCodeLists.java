/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import jp.careplan.csv.CodeListImport;
import jp.careplan.layout.CodeListRegistry;

/**
 * The code lists the user imported (the office's current 福祉用具 product list), kept in the UI bundle's state
 * location ({@code .metadata/.plugins/jp.careplan.ui/codelists}) and registered over the contributed lists the first
 * time an editor or the preference page needs them.
 */
public final class UserCodeLists {

    private static volatile CodeListImport imports;

    private UserCodeLists() {
    }

    /** The imports of this workspace, registered in the default code-list registry. */
    public static CodeListImport imports() {
        CodeListImport known = imports;
        if (known == null) {
            synchronized (UserCodeLists.class) {
                known = imports;
                if (known == null) {
                    Path folder = Platform.getStateLocation(FrameworkUtil.getBundle(UserCodeLists.class)).toFile().toPath()
                            .resolve("codelists");
                    known = new CodeListImport(folder);
                    known.registerStored(CodeListRegistry.getDefault());
                    imports = known;
                }
            }
        }
        return known;
    }
}
