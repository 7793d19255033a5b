/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;

/**
 * What a draft would do to a body of files: each file checked as the installed layouts read it and as the draft
 * would, the draft standing in for the installed version it revises (its CSVバージョン and first month), and the
 * errors compared by place and rule — never by value. A file that has errors only under the draft would stop being
 * valid; one that has them only under the installed layouts would become valid; the items are named.
 */
public final class DraftImpact {

    /** One error, by where it is and which rule: line, column, item name, rule (no cell contents). */
    public record Place(int line, int column, String item, String rule) {
    }

    /** One file: its name, and the errors found only before, and only under the draft. */
    public record FileImpact(String file, Set<Place> onlyBefore, Set<Place> onlyAfter, boolean validBefore, boolean validAfter) {

        /** Whether the draft changes what is wrong with the file. */
        public boolean changed() {
            return !onlyBefore.isEmpty() || !onlyAfter.isEmpty();
        }
    }

    private final LayoutRegistry installed;
    private final RuleRegistry rules;

    public DraftImpact(LayoutRegistry installed, RuleRegistry rules) {
        this.installed = Objects.requireNonNull(installed, "installed");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Checks the files both ways.
     *
     * @param draft     the draft
     * @param revises   the installed set whose CSVバージョン and first month the draft takes (the version it revises)
     * @throws IOException when a file cannot be listed
     */
    public List<FileImpact> of(LayoutSet draft, LayoutSet revises, Collection<Path> files) throws IOException {
        return of(draft, revises, files, ExchangeCheck.Progress.NONE);
    }

    /**
     * Checks the files both ways, reporting each file read (twice: by the installed layouts, then by the draft) and
     * stopping when asked; a stopped comparison covers only the files both checks reached.
     *
     * @throws IOException when a file cannot be listed
     */
    public List<FileImpact> of(LayoutSet draft, LayoutSet revises, Collection<Path> files, ExchangeCheck.Progress progress)
            throws IOException {
        ExchangeCheck.Result before = new ExchangeCheck(installed, rules).check(files, progress);
        LayoutSet standIn = EcoreUtil.copy(draft);
        standIn.setCsvVersion(revises.getCsvVersion());
        standIn.setValidFrom(revises.getValidFrom());
        standIn.setPriority(Math.max(draft.getPriority(), revises.getPriority() + 1000));
        LayoutRegistry withDraft = new LayoutRegistry();
        installed.contributions().forEach(withDraft::register);
        withDraft.register(standIn);
        ExchangeCheck.Result after = new ExchangeCheck(withDraft, rules).check(files, progress);

        // by path: two files of one name (in two folders) are two files
        Map<Path, Set<Place>> errorsBefore = errors(before);
        Map<Path, Set<Place>> errorsAfter = errors(after);
        List<FileImpact> impacts = new ArrayList<>();
        for (ExchangeCheck.FileReport report : before.files()) {
            String name = report.name();
            if (!errorsAfter.containsKey(report.path())) {
                continue; // stopped before the draft's check reached it
            }
            Set<Place> was = errorsBefore.getOrDefault(report.path(), Set.of());
            Set<Place> is = errorsAfter.getOrDefault(report.path(), Set.of());
            Set<Place> onlyBefore = new LinkedHashSet<>(was);
            onlyBefore.removeAll(is);
            Set<Place> onlyAfter = new LinkedHashSet<>(is);
            onlyAfter.removeAll(was);
            impacts.add(new FileImpact(name, Set.copyOf(onlyBefore), Set.copyOf(onlyAfter), was.isEmpty(), is.isEmpty()));
        }
        return impacts;
    }

    private static Map<Path, Set<Place>> errors(ExchangeCheck.Result result) {
        Map<Path, Set<Place>> errors = new LinkedHashMap<>();
        for (ExchangeCheck.FileReport report : result.files()) {
            Set<Place> places = new LinkedHashSet<>();
            for (CsvProblem problem : report.problems()) {
                if (problem.severity() == Severity.ERROR) {
                    places.add(new Place(problem.getLine(), problem.getColumn(), problem.itemName(), problem.ruleId()));
                }
            }
            errors.put(report.path(), places);
        }
        return errors;
    }
}
