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
import java.util.List;
import java.util.Locale;

import jp.careplan.cli.Careplan;
import jp.careplan.csv.CsvProblem;
import jp.careplan.kit.ConformanceKit;
import jp.careplan.kit.KitVerification;
import jp.careplan.kit.Scenario;
import jp.careplan.kit.Scenario.Expectation;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.validation.RuleRegistry;

/**
 * {@code careplan kit generate OUT --version V} writes the conformance kit of a version and checks it with the
 * installed rules (exit 1 when a scenario's README and the checker disagree); {@code careplan kit verify IN --version V}
 * checks what another program wrote from the kit's conforming scenarios (exit 1 on any departure).
 */
final class KitCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;

    KitCommand(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    int run(List<String> args) {
        boolean generate = args.size() == 4 && args.get(0).equals("generate") && args.get(2).equals("--version");
        boolean verify = args.size() >= 2 && args.get(0).equals("verify")
                && (args.size() == 2 || args.size() == 4 && args.get(2).equals("--version"));
        if (!generate && !verify) {
            err.println(Messages.format(locale, "kit.usage"));
            return Careplan.EXIT_USAGE;
        }
        Path folder = Path.of(args.get(1));
        LayoutRegistry layouts = LayoutRegistry.getDefault();
        RuleRegistry rules = RuleRegistry.getDefault();
        ConformanceKit kits = new ConformanceKit(layouts, rules);
        String version = args.size() == 4 ? args.get(3) : versionOf(folder, layouts, kits.versions());
        if (version == null) {
            err.println(Messages.format(locale, "kit.whichVersion", folder, String.join(", ", kits.versions())));
            return Careplan.EXIT_USAGE;
        }
        if (!kits.versions().contains(version)) {
            err.println(Messages.format(locale, "kit.noVersion", version, String.join(", ", kits.versions())));
            return Careplan.EXIT_USAGE;
        }
        try {
            return generate ? generate(kits, folder, version) : verify(layouts, rules, folder, version);
        } catch (FileAlreadyExistsException e) {
            err.println(Messages.format(locale, "kit.exists", folder));
            return Careplan.EXIT_USAGE;
        } catch (IOException e) {
            err.println(Messages.format(locale, "kit.io", folder, jp.careplan.csv.IoProblems.describe(e)));
            return Careplan.EXIT_USAGE;
        } catch (RuntimeException e) {
            // the installed layouts lack something a scenario needs: said plainly, never as a stack trace
            err.println(Messages.format(locale, "kit.failed", folder, e.getClass().getSimpleName()));
            return Careplan.EXIT_USAGE;
        }
    }

    /**
     * The version of a program's output, from the CSVバージョン of its first standard file (the first item of the first
     * line): the installed version of that CSVバージョン, or {@code null} when none or several have it.
     */
    private static String versionOf(Path folder, LayoutRegistry layouts, List<String> versions) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder, 2)) {
            Path first = files.filter(path -> path.getFileName().toString().toUpperCase(Locale.ROOT).endsWith(".CSV")).sorted()
                    .findFirst().orElse(null);
            if (first == null) {
                return null;
            }
            byte[] start;
            try (java.io.InputStream in = Files.newInputStream(first)) {
                start = in.readNBytes(16);
            }
            String text = new String(start, java.nio.charset.StandardCharsets.US_ASCII);
            String csvVersion = text.length() >= 6 ? text.substring(0, 6) : text;
            List<String> matching = layouts.layoutSets().stream().filter(set -> csvVersion.equals(set.getCsvVersion()))
                    .map(jp.careplan.layout.LayoutSet::getStandardVersion).filter(versions::contains).distinct().toList();
            return matching.size() == 1 ? matching.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private int generate(ConformanceKit kits, Path folder, String version) throws IOException {
        ConformanceKit.Kit kit = kits.generate(folder, version);
        for (Scenario scenario : kit.scenarios()) {
            out.println(Messages.format(locale, "kit.scenario", scenario.folder(), scenario.files().size(),
                    Messages.format(locale, scenario.conforming() ? "kit.conforming" : "kit.refused"),
                    locale.getLanguage().equals("ja") ? scenario.title() : scenario.titleEn()));
        }
        if (!kit.leftOut().isEmpty()) {
            out.println(Messages.format(locale, "kit.leftOut", String.join(", ", kit.leftOut())));
        }
        List<ConformanceKit.Disagreement> disagreements = kits.check(kit);
        for (ConformanceKit.Disagreement disagreement : disagreements) {
            for (Expectation missing : disagreement.missing()) {
                out.println(Messages.format(locale, "kit.notReported", disagreement.scenario().folder(), missing.readmeLine()));
            }
            for (Expectation unexpected : disagreement.unexpected()) {
                out.println(Messages.format(locale, "kit.unexpected", disagreement.scenario().folder(), unexpected.readmeLine()));
            }
        }
        out.println(Messages.format(locale, "kit.generated", version, folder, kit.scenarios().size(), disagreements.size()));
        return disagreements.isEmpty() ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }

    private int verify(LayoutRegistry layouts, RuleRegistry rules, Path folder, String version) throws IOException {
        if (!Files.isDirectory(folder)) {
            err.println(Messages.format(locale, "kit.noFolder", folder));
            return Careplan.EXIT_USAGE;
        }
        List<KitVerification.ScenarioResult> results = new KitVerification(layouts, rules).verify(folder, version);
        int failed = 0;
        for (KitVerification.ScenarioResult result : results) {
            out.println(Messages.format(locale, result.conforms() ? "kit.verified" : "kit.departs", result.folder(),
                    result.filesCompared(), result.identical()));
            for (CsvProblem finding : result.findings()) {
                out.println("    " + finding.severity() + " " + finding.getMessage(locale));
            }
            if (!result.conforms()) {
                failed++;
            }
        }
        out.println(Messages.format(locale, "kit.verifySummary", results.size(), failed));
        return failed == 0 ? Careplan.EXIT_OK : Careplan.EXIT_PROBLEMS;
    }
}
