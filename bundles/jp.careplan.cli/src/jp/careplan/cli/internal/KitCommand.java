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
        if (args.size() != 4 || !List.of("generate", "verify").contains(args.get(0)) || !args.get(2).equals("--version")) {
            err.println(Messages.format(locale, "kit.usage"));
            return Careplan.EXIT_USAGE;
        }
        Path folder = Path.of(args.get(1));
        String version = args.get(3);
        LayoutRegistry layouts = LayoutRegistry.getDefault();
        RuleRegistry rules = RuleRegistry.getDefault();
        ConformanceKit kits = new ConformanceKit(layouts, rules);
        if (!kits.versions().contains(version)) {
            err.println(Messages.format(locale, "kit.noVersion", version, String.join(", ", kits.versions())));
            return Careplan.EXIT_USAGE;
        }
        try {
            return args.get(0).equals("generate") ? generate(kits, folder, version) : verify(layouts, rules, folder, version);
        } catch (FileAlreadyExistsException e) {
            err.println(Messages.format(locale, "kit.exists", folder));
            return Careplan.EXIT_USAGE;
        } catch (IOException e) {
            err.println(Messages.format(locale, "kit.io", folder, e.getClass().getSimpleName()));
            return Careplan.EXIT_USAGE;
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
