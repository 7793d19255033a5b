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
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.CareplanCsvWriter;
import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.FileKind;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.VersionConverter;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.exchange.FileName;

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
        int converted = 0;
        for (Path file : files) {
            if (convert(file, converter)) {
                converted++;
            }
        }
        out.println(Messages.format(locale, "convert.summary", converted, files.size() - converted));
        return converted == files.size() ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    private static boolean serviceType(String value) {
        return value == null || value.matches("[0-9A-Z]{2}");
    }

    private boolean convert(Path file, VersionConverter converter) {
        String name = file.getFileName().toString();
        FileName parsed;
        try {
            parsed = names.parse(name);
        } catch (FileNameException e) {
            out.println(Messages.format(locale, "convert.badName", name, e.getMessage(locale)));
            return false;
        }
        Optional<LayoutSet> kindTarget = converter.target(to, parsed.getKind());
        if (kindTarget.isEmpty()) {
            out.println(Messages.format(locale, "convert.noKind", name, parsed.getKind(), to));
            return false;
        }
        LayoutSet target = kindTarget.get();
        if (names.kinds().find(parsed.getKind()).map(FileKind::isAttachment).orElse(false)) {
            return copyAttachment(file, parsed, target);
        }
        CareplanResource resource = read(file);
        if (resource == null || !resource.isComplete()
                || resource.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
            out.println(Messages.format(locale, "convert.hasErrors", name));
            return false;
        }
        String month = parsed.getMonth() == null || "000000".equals(parsed.getMonth()) ? null : parsed.getMonth();
        if (month != null && target.getValidFrom() != null && month.compareTo(target.getValidFrom()) < 0) {
            out.println(Messages.format(locale, "convert.tooEarly", name, target.getStandardVersion(), target.getValidFrom(), month));
            return false;
        }
        VersionConverter.Result result;
        try {
            result = converter.convert(resource.document(), month, resource::lineOf, target);
        } catch (IllegalArgumentException e) {
            out.println(Messages.format(locale, "convert.noKind", name, parsed.getKind(), target.getStandardVersion()));
            return false;
        }
        for (VersionConverter.Loss loss : result.losses()) {
            out.println(Messages.format(locale, "convert.loss." + loss.reason(), name, loss.line(), loss.item()));
        }
        if (!result.losses().isEmpty() && !allowLoss) {
            out.println(Messages.format(locale, "convert.refused", name, result.losses().size()));
            return false;
        }
        String written = newName(parsed, name);
        if (written == null) {
            return false;
        }
        CareplanCsvWriter writer = new CareplanCsvWriter(layouts);
        List<CsvProblem> preflight = writer.preflight(result.document(), written, month);
        if (!preflight.isEmpty()) {
            preflight.forEach(problem -> out.println("  " + problem.getMessage(locale)));
            out.println(Messages.format(locale, "convert.refused", name, preflight.size()));
            return false;
        }
        try {
            AtomicFiles.writeNew(outFolder.resolve(written), stream -> writer.write(result.document(), month, null, stream));
        } catch (FileAlreadyExistsException e) {
            out.println(Messages.format(locale, "convert.exists", written));
            return false;
        } catch (IOException e) {
            out.println(Messages.format(locale, "convert.ioError", written, e.getClass().getSimpleName()));
            return false;
        }
        out.println(Messages.format(locale, "convert.done", name, written, result.document().getRecords().size(),
                target.getStandardVersion()));
        return true;
    }

    /**
     * The name of the converted file under the rule asked for (4.x when the name carries both サービス種類コード), or
     * {@code null} when it cannot be made (said why).
     */
    private String newName(FileName parsed, String name) {
        FileName newName = EcoreUtil.copy(parsed);
        String sender = senderType != null ? senderType : parsed.getSenderServiceType();
        String receiver = receiverType != null ? receiverType : parsed.getReceiverServiceType();
        boolean v4 = namesRule == null ? sender != null && receiver != null : namesRule.equals("v4");
        if (v4 && (sender == null || receiver == null)) {
            out.println(Messages.format(locale, "convert.needTypes", name));
            return null;
        }
        newName.setSenderServiceType(v4 ? sender : null);
        newName.setReceiverServiceType(v4 ? receiver : null);
        return names.format(newName);
    }

    /**
     * An attachment (a 家族構成 image) has no records and no version of its own: when the target version knows its
     * kind it goes along byte for byte, under the name of its unit's new names.
     */
    private boolean copyAttachment(Path file, FileName parsed, LayoutSet target) {
        String name = file.getFileName().toString();
        String written = newName(parsed, name);
        if (written == null) {
            return false;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            AtomicFiles.writeNew(outFolder.resolve(written), stream -> stream.write(bytes));
        } catch (FileAlreadyExistsException e) {
            out.println(Messages.format(locale, "convert.exists", written));
            return false;
        } catch (IOException e) {
            out.println(Messages.format(locale, "convert.ioError", written, e.getClass().getSimpleName()));
            return false;
        }
        out.println(Messages.format(locale, "convert.copied", name, written, target.getStandardVersion()));
        return true;
    }

    private CareplanResource read(Path file) {
        try {
            return CareplanResource.read(file, layouts);
        } catch (IOException e) {
            return null;
        }
    }

    private int collect(String arg, List<Path> files) {
        return CheckCommand.collect(arg, files, names, err, locale);
    }
}
