/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.FileConversion;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.VersionConverter;
import jp.careplan.csv.Ledger;
import jp.careplan.layout.LayoutRegistry;

/**
 * {@code careplan convert --to VERSION --out DIR [--names v3|v4] [--sender-type NN] [--receiver-type NN]
 * [--allow-loss] PATH…}: writes each standard file among the paths, converted to the installed layouts of
 * another version of the standard, as a new file in DIR (never over an existing one). A file with errors is
 * not converted; an item that would not survive (the target has no such item, or its value does not fit)
 * is listed, and the file is not converted unless {@code --allow-loss}. The new name keeps sender,
 * receiver, month and 連番; it follows the 4.x rule (a サービス種類コード after each 事業所番号) when both
 * types are known — from the old name or the options — or {@code --names v4} asks for it.
 */
final class ConvertCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final LayoutRegistry layouts = LayoutRegistry.getDefault();
    private final FileNames names = FileNames.of(layouts);
    private String to;
    private Path outFolder;
    /** Whether a file could not be written or read (exit 2, as for every command). */
    private boolean ioFailed;
    private String namesRule;
    private String senderType;
    private String receiverType;
    private boolean allowLoss;

    ConvertCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
            case "--allow-loss" -> allowLoss = true;
            case "--to", "--out", "--names", "--sender-type", "--receiver-type" -> {
                if (i + 1 >= args.size()) {
                    err.println(Messages.format(locale, "convert.optionValue", arg));
                    return Careplan.EXIT_USAGE;
                }
                String value = args.get(++i);
                switch (arg) {
                case "--to" -> to = value;
                case "--out" -> outFolder = Path.of(value);
                case "--names" -> namesRule = value;
                case "--sender-type" -> senderType = value;
                default -> receiverType = value;
                }
            }
            default -> {
                if (arg.startsWith("-")) {
                    err.println(Messages.format(locale, "convert.unknownOption", arg));
                    return Careplan.EXIT_USAGE;
                }
                int status = collect(arg, files);
                if (status != Careplan.EXIT_OK) {
                    return status;
                }
            }
            }
        }
        VersionConverter converter = new VersionConverter(layouts);
        if (to == null || outFolder == null || files.isEmpty()) {
            err.println(Messages.format(locale, "convert.usage"));
            return Careplan.EXIT_USAGE;
        }
        if (converter.target(to).isEmpty()) {
            err.println(Messages.format(locale, "convert.noVersion", to, String.join(", ", converter.versions())));
            return Careplan.EXIT_USAGE;
        }
        if (namesRule != null && !List.of("v3", "v4").contains(namesRule) || !serviceType(senderType) || !serviceType(receiverType)) {
            err.println(Messages.format(locale, "convert.usage"));
            return Careplan.EXIT_USAGE;
        }
        if (!Files.isDirectory(outFolder)) {
            err.println(Messages.format(locale, "convert.noOut", outFolder));
            return Careplan.EXIT_USAGE;
        }
        FileConversion conversion = new FileConversion(layouts);
        FileConversion.Options options = new FileConversion.Options(to, namesRule == null ? null : namesRule.equals("v4"),
                senderType, receiverType, allowLoss);
        int converted = 0;
        List<FileConversion.Outcome> outcomes = new java.util.ArrayList<>();
        for (Path file : files) {
            FileConversion.Outcome outcome = convert(file, conversion, options);
            outcomes.add(outcome);
            if (outcome.done()) {
                converted++;
            }
        }
        out.println(Messages.format(locale, "convert.summary", converted, files.size() - converted));
        for (FileConversion.PartUnit unit : conversion.partUnits(outcomes)) {
            // a unit written in part must not go out as it is: say so, rather than leave a half unit unremarked
            out.println(Messages.format(locale, "convert.partUnit", unit.serial(), unit.written(), unit.given(), outFolder));
        }
        // 2 for an I/O error (a folder that cannot be written), as every command says it; 1 for files not converted
        return ioFailed ? Careplan.EXIT_USAGE : converted == files.size() ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    private static boolean serviceType(String value) {
        return value == null || value.matches("[0-9A-Z]{2}");
    }

    /**
     * Says when a converted file's name follows an earlier naming rule than its version's (a 4.1 file named without
     * サービス種類コード, which were neither in the old name nor given): written all the same, as asked, but
     * {@code careplan check} will report it (CSV-NAME-RULE).
     */
    private void sayNameRule(FileConversion.Outcome outcome) {
        if (outcome.nameRuleAhead() == null) {
            return;
        }
        try {
            out.println(Messages.format(locale, "convert.nameRule", outcome.written(), names.parse(outcome.written()).getRule()
                    .getLiteral(), outcome.version(), outcome.nameRuleAhead().getLiteral()));
        } catch (jp.careplan.csv.FileNameException e) {
            throw new IllegalStateException("a name the conversion wrote does not parse", e);
        }
    }

    /** Converts one file with the core's {@link FileConversion} and says what became of it. */
    private FileConversion.Outcome convert(Path file, FileConversion conversion, FileConversion.Options options) {
        String name = file.getFileName().toString();
        FileConversion.Outcome outcome = conversion.convert(file, options, outFolder);
        for (VersionConverter.Loss loss : outcome.losses()) {
            out.println(Messages.format(locale, "convert.loss." + loss.reason(), name, loss.line(), loss.item()));
        }
        switch (outcome.status()) {
        case CONVERTED -> {
            out.println(Messages.format(locale, "convert.done", name, outcome.written(), outcome.records(), outcome.version()));
            sayNameRule(outcome);
            if (outcome.monthVersion() != null) {
                out.println(Messages.format(locale, "convert.monthVersion", outcome.written(), outcome.month(), outcome.monthVersion(),
                        outcome.version()));
            }
            if (!outcome.rewritten().isEmpty()) {
                // never a silent repair: what the file read had that the file written has not
                out.println(Messages.format(locale, "convert.rewritten", outcome.written(), String.join(", ", outcome.rewritten()
                        .stream().map(rule -> Messages.format(locale, "convert.rewritten." + rule)).toList())));
            }
        }
        case COPIED -> {
            out.println(Messages.format(locale, "convert.copied", name, outcome.written(), outcome.version()));
            sayNameRule(outcome);
        }
        case BAD_NAME -> out.println(Messages.format(locale, "convert.badName", name, outcome.nameProblem().getMessage(locale)));
        case HAS_ERRORS -> out.println(Messages.format(locale, "convert.hasErrors", name));
        case NO_KIND -> out.println(Messages.format(locale, "convert.noKind", name, outcome.kind(), outcome.version()));
        case TOO_EARLY -> out.println(Messages.format(locale, "convert.tooEarly", name, outcome.version(), outcome.validFrom(),
                outcome.month()));
        case LOSSES -> out.println(Messages.format(locale, "convert.refused", name, outcome.losses().size()));
        case NEED_TYPES -> out.println(Messages.format(locale, "convert.needTypes", name));
        case PREFLIGHT -> {
            outcome.preflight().forEach(problem -> out.println("  " + problem.getMessage(locale)));
            out.println(Messages.format(locale, "convert.refused", name, outcome.preflight().size()));
        }
        case ATTACHMENT_RENAMED -> out.println(Messages.format(locale, "convert.attachmentRenamed", name, outcome.written()));
        case EXISTS -> out.println(Messages.format(locale, "convert.exists", outcome.written()));
        case IO_ERROR -> {
            ioFailed = true;
            out.println(Messages.format(locale, "convert.ioError", outcome.written() == null ? name : outcome.written(),
                    outcome.ioProblem()));
        }
        default -> throw new IllegalStateException(outcome.status().name());
        }
        if (outcome.done() && outcome.written() != null) {
            record(outFolder.resolve(outcome.written()));
        }
        return outcome;
    }

    /**
     * Records the conversion in the evidence ledger of the folder written to, as the workbench does; a ledger that
     * cannot be written is said (by its name and the kind of failure), the converted file stays.
     */
    private void record(Path written) {
        Ledger ledger = Ledger.of(outFolder);
        try {
            ledger.append(Ledger.Action.CONVERT, written, layouts);
        } catch (java.io.IOException | RuntimeException e) {
            err.println(Messages.format(locale, "convert.ledger", ledger.file().getFileName(), e.getClass().getSimpleName()));
        }
    }

    private int collect(String arg, List<Path> files) {
        return CheckCommand.collect("convert", arg, files, names, err, locale);
    }
}
