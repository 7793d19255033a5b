/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EStructuralFeature;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.MessageSource;
import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.RuleRegistry;

/**
 * {@code careplan kit verify}: checks the files another program wrote after importing a kit's conforming scenarios.
 * The kit is regenerated from its fixed seed (in a temporary folder, removed afterwards) and, scenario by scenario,
 * every file of the kit must have a counterpart in the program's output: the same name, or, when the program gave the
 * file a ファイル連番 of its own, the same kind, month and offices in the same order. A counterpart must hold the same
 * records, item for item (an image the same bytes); and the program's files must check without an error or warning.
 * Findings name the file, the line, the item as the standard names it and the kit's file, never a value.
 */
public final class KitVerification {

    private static final MessageSource MESSAGES = MessageSource.of("jp.careplan.kit.internal.messages",
            KitVerification.class.getClassLoader());

    /** How many differing items of one file are reported one by one before the rest are counted. */
    private static final int ITEMS_PER_FILE = 20;

    private final LayoutRegistry layouts;
    private final RuleRegistry rules;

    public KitVerification(LayoutRegistry layouts, RuleRegistry rules) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The outcome for one scenario: its folder, the files compared, and every finding (empty: it conforms). */
    public record ScenarioResult(String folder, int filesCompared, int identical, List<CsvProblem> findings) {

        public boolean conforms() {
            return findings.stream().noneMatch(finding -> finding.severity() != Severity.INFO);
        }
    }

    /** Verifies a folder of a program's output against the kit of a version. */
    public List<ScenarioResult> verify(Path in, String version) throws IOException {
        Path kitFolder = Files.createTempDirectory("careplan-kit");
        try {
            ConformanceKit.Kit kit = new ConformanceKit(layouts, rules).generate(kitFolder.resolve("kit"), version);
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : kit.scenarios()) {
                if (scenario.reproduce()) {
                    results.add(verify(kit.folder().resolve(scenario.folder()), in.resolve(scenario.folder()), scenario));
                }
            }
            return results;
        } finally {
            ConformanceKit.deleteTree(kitFolder);
        }
    }

    private ScenarioResult verify(Path kitDir, Path inDir, Scenario scenario) throws IOException {
        List<CsvProblem> findings = new ArrayList<>();
        if (!Files.isDirectory(inDir)) {
            findings.add(finding("KIT-SCENARIO-MISSING", Severity.ERROR, scenario.folder(), 0, 0, null, scenario.folder()));
            return new ScenarioResult(scenario.folder(), 0, 0, findings);
        }
        List<Path> produced;
        try (Stream<Path> entries = Files.list(inDir)) {
            produced = entries.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        Map<String, List<Path>> producedByKey = byKey(produced);
        Map<String, List<String>> kitByKey = new LinkedHashMap<>();
        for (String file : scenario.files()) {
            kitByKey.computeIfAbsent(key(file), k -> new ArrayList<>()).add(file);
        }
        // first the files under the kit's own names, then the others by kind, month and offices, in 連番 order
        Map<String, Path> pairs = new LinkedHashMap<>();
        List<Path> matched = new ArrayList<>();
        for (String kitFile : scenario.files()) {
            Path same = inDir.resolve(kitFile);
            if (produced.contains(same)) {
                pairs.put(kitFile, same);
                matched.add(same);
            }
        }
        for (Map.Entry<String, List<String>> entry : kitByKey.entrySet()) {
            List<Path> candidates = new ArrayList<>(producedByKey.getOrDefault(entry.getKey(), List.of()));
            candidates.removeAll(matched);
            for (String kitFile : entry.getValue()) {
                if (!pairs.containsKey(kitFile) && !candidates.isEmpty()) {
                    Path counterpart = candidates.remove(0);
                    pairs.put(kitFile, counterpart);
                    matched.add(counterpart);
                }
            }
        }
        int compared = 0;
        int identical = 0;
        for (String kitFile : scenario.files()) {
            Path counterpart = pairs.get(kitFile);
            if (counterpart == null) {
                findings.add(finding("KIT-FILE-MISSING", Severity.ERROR, kitFile, 0, 0, null, kitFile));
                continue;
            }
            compared++;
            if (compare(kitDir.resolve(kitFile), counterpart, findings)) {
                identical++;
            }
        }
        for (Path path : produced) {
            if (!matched.contains(path)) {
                findings.add(finding("KIT-FILE-EXTRA", Severity.WARNING, path.getFileName().toString(), 0, 0, null));
            }
        }
        if (!produced.isEmpty()) {
            for (CsvProblem problem : new ExchangeCheck(layouts, rules).check(produced).problems()) {
                if (problem.severity() != Severity.INFO) {
                    findings.add(problem);
                }
            }
        }
        return new ScenarioResult(scenario.folder(), compared, identical, findings);
    }

    /** Compares a produced file with the kit's; true when the bytes are identical. */
    private boolean compare(Path kitFile, Path produced, List<CsvProblem> findings) throws IOException {
        byte[] expected = Files.readAllBytes(kitFile);
        byte[] actual = Files.readAllBytes(produced);
        if (Arrays.equals(expected, actual)) {
            return true;
        }
        String kitName = kitFile.getFileName().toString();
        String name = produced.getFileName().toString();
        FileLayout kind = attachment(kitName);
        if (kind != null) {
            findings.add(finding("KIT-BYTES", Severity.ERROR, name, 0, 0, null, kitName));
            return false;
        }
        CareplanResource mine = CareplanResource.read(kitFile, layouts);
        CareplanResource theirs = CareplanResource.read(produced, layouts);
        if (!theirs.isComplete()) {
            findings.add(finding("KIT-UNREADABLE", Severity.ERROR, name, 0, 0, null, theirs.problems().size(), kitName));
            return false;
        }
        List<Record> expectedRecords = mine.document().getRecords();
        List<Record> actualRecords = theirs.document().getRecords();
        if (expectedRecords.size() != actualRecords.size()) {
            findings.add(finding("KIT-RECORDS", Severity.ERROR, name, 0, 0, null, actualRecords.size(), kitName,
                    expectedRecords.size()));
        }
        int differing = 0;
        for (int i = 0; i < Math.min(expectedRecords.size(), actualRecords.size()); i++) {
            Record want = expectedRecords.get(i);
            Record got = actualRecords.get(i);
            FileLayout layout = layoutOf(mine, want);
            if (layout == null) {
                continue;
            }
            for (Column column : layout.getColumns()) {
                if (!Objects.equals(value(want, column), value(got, column))) {
                    if (++differing <= ITEMS_PER_FILE) {
                        findings.add(finding("KIT-ITEM", Severity.ERROR, name, theirs.lineOf(i), column.getNumber(),
                                column.getName(), kitName));
                    }
                }
            }
        }
        if (differing > ITEMS_PER_FILE) {
            findings.add(finding("KIT-ITEMS-MORE", Severity.ERROR, name, 0, 0, null, differing - ITEMS_PER_FILE, kitName));
        }
        return false;
    }

    private FileLayout layoutOf(CareplanResource resource, Record record) {
        String kind = resource.document().getKind();
        FileName name = resource.fileName();
        String month = name == null ? null : name.getMonth();
        EStructuralFeature version = record.eClass().getEStructuralFeature("csvVersion");
        Object csvVersion = version == null ? null : record.eGet(version);
        return layouts.resolveRecords(kind, csvVersion == null ? null : csvVersion.toString(), month).found().orElse(null);
    }

    private static Object value(Record record, Column column) {
        EStructuralFeature feature = column.getFeature() == null ? null
                : record.eClass().getEStructuralFeature(column.getFeature());
        Object value = feature == null ? null : record.eGet(feature);
        // an empty item and an absent one are the same to the standard
        return "".equals(value) ? null : value;
    }

    private FileLayout attachment(String fileName) {
        try {
            String kind = FileNames.of(layouts).parse(fileName).getKind();
            return layouts.kinds().stream().filter(layout -> layout.getKind().equals(kind)).filter(FileLayout::isAttachment)
                    .findFirst().orElse(null);
        } catch (FileNameException e) {
            return null;
        }
    }

    /** Files by kind, month, offices and branch (the name without its ファイル連番), each list in 連番 order. */
    private Map<String, List<Path>> byKey(List<Path> files) {
        Map<String, List<Path>> result = new LinkedHashMap<>();
        for (Path file : files) {
            result.computeIfAbsent(key(file.getFileName().toString()), k -> new ArrayList<>()).add(file);
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(path -> serial(path.getFileName().toString()))));
        return result;
    }

    private String key(String fileName) {
        try {
            FileName name = FileNames.of(layouts).parse(fileName);
            return String.join("|", name.getKind(), String.valueOf(name.getMonth()), name.getSenderOffice(),
                    String.valueOf(name.getSenderServiceType()), name.getReceiverOffice(),
                    String.valueOf(name.getReceiverServiceType()), String.valueOf(name.getBranch()));
        } catch (FileNameException e) {
            return "?" + fileName;
        }
    }

    private String serial(String fileName) {
        try {
            return FileNames.of(layouts).parse(fileName).getSerial();
        } catch (FileNameException e) {
            return fileName;
        }
    }

    private static CsvProblem finding(String rule, Severity severity, String file, int line, int column, String item,
            Object... arguments) {
        return new CsvProblem(MESSAGES, rule, severity, file, line, column, item, -1, arguments);
    }
}
