/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.SpreadsheetCopy;
import jp.careplan.layout.LayoutRegistry;

/**
 * {@code careplan sheet --out DIR PATH…}: a copy of each standard file for viewing in a spreadsheet (see
 * {@link SpreadsheetCopy}), written as a new file in DIR; the standard files are not touched.
 */
final class SheetCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;

    SheetCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        Path folder = null;
        List<Path> files = new ArrayList<>();
        LayoutRegistry layouts = LayoutRegistry.getDefault();
        FileNames names = FileNames.of(layouts);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                folder = Path.of(args.get(++i));
            } else if (args.get(i).startsWith("-")) {
                err.println(Messages.format(locale, "sheet.usage"));
                return Careplan.EXIT_USAGE;
            } else {
                int status = CheckCommand.collect("sheet", args.get(i), files, names, err, locale);
                if (status != Careplan.EXIT_OK) {
                    return status;
                }
            }
        }
        if (folder == null || files.isEmpty()) {
            err.println(Messages.format(locale, "sheet.usage"));
            return Careplan.EXIT_USAGE;
        }
        if (SpreadsheetCopy.amongTheFiles(folder, files)) {
            // a copy there is a .csv among the standard's files: the folder's next check would report it
            err.println(Messages.format(locale, "sheet.intoExchange", folder));
            return Careplan.EXIT_USAGE;
        }
        int status = Careplan.EXIT_OK;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            err.println(Messages.format(locale, "sheet.io", folder, jp.careplan.csv.IoProblems.describe(e)));
            return Careplan.EXIT_USAGE;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Path written = SpreadsheetCopy.write(file, folder, layouts);
                if (written == null) {
                    out.println(Messages.format(locale, "sheet.unread", name));
                    status = Math.max(status, Careplan.EXIT_PROBLEMS);
                } else {
                    out.println(Messages.format(locale, "sheet.written", name, written.getFileName()));
                }
            } catch (FileAlreadyExistsException e) {
                out.println(Messages.format(locale, "sheet.exists", SpreadsheetCopy.nameOf(name)));
                status = Math.max(status, Careplan.EXIT_PROBLEMS);
            } catch (IOException e) {
                out.println(Messages.format(locale, "sheet.io", name, jp.careplan.csv.IoProblems.describe(e)));
                status = Careplan.EXIT_USAGE; // an I/O error, as the other commands say it: 2
            }
        }
        return status;
    }
}
