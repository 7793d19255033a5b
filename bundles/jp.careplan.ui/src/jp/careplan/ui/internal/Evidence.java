/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import jp.careplan.csv.Ledger;
import jp.careplan.layout.LayoutRegistry;

/**
 * What the workbench records in the evidence ledger of the exchange folder: each import, export, save, conversion and creation,
 * after it succeeded. A ledger that cannot be written never undoes the action (the user's data comes first); it is
 * logged, by the ledger's name and the kind of failure only.
 */
public final class Evidence {

    private Evidence() {
    }

    /**
     * The ledger of an exchange folder, its head kept where the command line keeps it ({@link Ledger#headsFolder()}),
     * so {@code careplan ledger verify} vouches for what the workbench wrote and the other way round.
     */
    public static Ledger ledgerOf(Path exchangeFolder) {
        return Ledger.of(exchangeFolder);
    }

    /** Records an action on a file, with the keys of its records (read from it when {@code keys} is null). */
    public static boolean record(Ledger.Action action, Path exchangeFolder, Path file, List<String> keys) {
        if (exchangeFolder == null) {
            return false;
        }
        Ledger ledger = ledgerOf(exchangeFolder);
        try {
            if (keys == null) {
                ledger.append(action, file, LayoutRegistry.getDefault());
            } else {
                ledger.append(action, file, keys);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            ILog.of(Evidence.class).error("the evidence ledger " + ledger.file().getFileName() + " could not be written ("
                    + e.getClass().getSimpleName() + ")");
            return false;
        }
    }
}
