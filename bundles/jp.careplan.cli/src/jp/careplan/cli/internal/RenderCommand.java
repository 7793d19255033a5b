/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.pdf.FormsPdf;
import jp.careplan.pdf.JapaneseFonts;

/**
 * {@code careplan render PATH… --out DIR [--one NAME.pdf] [--lang ja|en]}: the forms of the standard files among the
 * paths (files, or the files directly inside folders) as PDF, one per file ({@code NAME.CSV.pdf}), or all in one
 * document in the order given (a whole send unit, as easily as it is exported). Exit 0 when every file was rendered, 1
 * when some were left out (not read completely: {@code careplan check} tells why), 2 for usage, I/O or a missing font.
 */
final class RenderCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;

    RenderCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        Path folder = null;
        String one = null;
        Locale language = locale;
        List<Path> files = new ArrayList<>();
        LayoutRegistry layouts = LayoutRegistry.getDefault();
        FileNames fileNames = FileNames.of(layouts);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean value = i + 1 < args.size();
            if (arg.equals("--out") && value) {
                folder = Path.of(args.get(++i));
            } else if (arg.equals("--one") && value && args.get(i + 1).toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                one = args.get(++i);
            } else if (arg.equals("--lang") && value && args.get(i + 1).matches("ja|en")) {
                language = Locale.forLanguageTag(args.get(++i));
            } else if (arg.startsWith("-")) {
                err.println(Messages.format(locale, "render.usage"));
                return Careplan.EXIT_USAGE;
            } else {
                int status = CheckCommand.collect("render", arg, files, fileNames, err, locale);
                if (status != Careplan.EXIT_OK) {
                    return status;
                }
            }
        }
        // attachments (a 家族構成 image) have no form; they are not counted as left out
        files.removeIf(file -> !file.getFileName().toString().toUpperCase(Locale.ROOT).endsWith(".CSV"));
        if (folder == null || files.isEmpty()) {
            err.println(Messages.format(locale, "render.usage"));
            return Careplan.EXIT_USAGE;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Path file : files) {
            if (!names.add(file.getFileName().toString())) {
                // two files of one name from two folders would write one NAME.CSV.pdf over the other
                err.println(Messages.format(locale, "render.duplicate", file.getFileName()));
                return Careplan.EXIT_USAGE;
            }
        }
        if (one != null) {
            try {
                jp.careplan.csv.SafeNames.inside(folder, one); // before anything is made or rendered
            } catch (jp.careplan.csv.SafeNames.OutsideFolderException e) {
                err.println(Messages.format(locale, "render.oneName", one));
                return Careplan.EXIT_USAGE;
            }
        }
        FormsPdf forms = new FormsPdf(layouts, language);
        try {
            Files.createDirectories(folder);
            List<Path> skipped;
            if (one != null) {
                FormsPdf.Rendered rendered = forms.render(files);
                Path target = jp.careplan.csv.SafeNames.inside(folder, one);
                AtomicFiles.write(target, stream -> stream.write(rendered.pdf()));
                out.println(Messages.format(locale, "render.one", target, rendered.rendered().size(), rendered.pages()));
                skipped = rendered.skipped();
            } else {
                List<Path> written = forms.renderEach(files, folder);
                written.forEach(path -> out.println(Messages.format(locale, "render.written", path)));
                skipped = files.stream().filter(file -> written.stream()
                        .noneMatch(pdf -> pdf.getFileName().toString().equals(file.getFileName() + ".pdf"))).toList();
            }
            skipped.forEach(file -> out.println(Messages.format(locale, "render.skipped", file.getFileName())));
            out.println(Messages.format(locale, "render.summary", files.size() - skipped.size(), skipped.size(), folder));
            return skipped.isEmpty() ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
        } catch (JapaneseFonts.NoFontException e) {
            err.println(Messages.format(locale, "render.font", e.getMessage()));
            return Careplan.EXIT_USAGE;
        } catch (IOException e) {
            err.println(Messages.format(locale, "render.io", folder, jp.careplan.csv.IoProblems.describe(e)));
            return Careplan.EXIT_USAGE;
        }
    }
}
