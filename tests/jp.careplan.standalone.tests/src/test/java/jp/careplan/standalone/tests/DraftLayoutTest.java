/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.PlainLayouts;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.CodeListRegistry.FormatException;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutDiff;
import jp.careplan.layout.LayoutDiff.Change;
import jp.careplan.layout.LayoutDiff.Difference;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;

/**
 * A spec author's draft in the plain table format: an installed version exported and read back is the same
 * layouts; a draft of 4.1 with one item renamed, one length changed and one item added differs from 4.1 in exactly
 * those three; files of the draft are read into the core's classes (the new item into a dynamic subclass) and
 * written back byte for byte; a draft that breaks the format is refused at its line.
 */
class DraftLayoutTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    private static String exported(LayoutSet set) throws Exception {
        StringWriter text = new StringWriter();
        PlainLayouts.write(set.getStandardVersion(), set.getCsvVersion(), set.getValidFrom(), set.getFileNameRule(), set.getFileLayouts(), text);
        return text.toString();
    }

    @Test
    void anInstalledVersionExportedAndReadBackIsTheSameLayouts(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        LayoutSet r6 = SpecR6Test.r6();
        Path draft = Files.writeString(dir.resolve("r6.csv"), exported(r6), StandardCharsets.UTF_8);

        LayoutSet read = PlainLayouts.read(draft, registry);

        assertEquals(List.of(), LayoutDiff.between(LayoutDiff.Version.of(r6), LayoutDiff.Version.of(read)));
        assertEquals(r6.getFileLayouts().size(), read.getFileLayouts().size());
        FileLayout plan = read.getFileLayouts().stream().filter(layout -> layout.getKind().equals("UPPLAN")).findFirst().orElseThrow();
        assertEquals("ServiceUseRow41", plan.getRecordClass().getName(), "no new item: the installed record class");
    }

    /** The layout editor's view of a draft: its lines as cells, written back as they came, in UTF-8 or MS932. */
    @Test
    void aDraftsTableIsWrittenBackByteForByteInItsEncoding() throws Exception {
        String text = exported(SpecR6Test.r6());
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("windows-31j"))) {
            byte[] bytes = text.getBytes(charset);
            PlainLayouts.Table table = PlainLayouts.table(bytes);
            assertEquals(charset == StandardCharsets.UTF_8, table.utf8());
            assertEquals(List.of(PlainLayouts.VERSION, PlainLayouts.CSV_VERSION, PlainLayouts.VALID_FROM, PlainLayouts.NAMING_RULE),
                    List.copyOf(table.meta().keySet()));
            assertTrue(table.items().stream().allMatch(item -> item.size() == PlainLayouts.HEADER.size()));
            assertArrayEquals(bytes, PlainLayouts.bytes(table), charset.name());
        }
        // what an author keeps beside the items: a 備考 column, blank lines, a byte-order mark, LF line ends
        String kept = "\uFEFF" + text.replace("\r\n", "\n").replace("ファイル種類,No.,項目名,必須,属性,桁数,書式,コード\n",
                "ファイル種類,No.,項目名,必須,属性,桁数,書式,コード,備考\n").replace("UPPLAN,8,単位数,,整数,6,,\n",
                "UPPLAN,8,単位数,,整数,6,,,\"7桁にするか検討中, 要確認\"\n\n");
        byte[] keptBytes = kept.getBytes(StandardCharsets.UTF_8);
        PlainLayouts.Table keptTable = PlainLayouts.table(keptBytes);
        assertTrue(keptTable.bom() && !keptTable.crlf());
        assertTrue(keptTable.items().stream().anyMatch(List::isEmpty), "the blank line");
        assertTrue(keptTable.items().stream().anyMatch(item -> item.size() == 9 && item.get(8).equals("7桁にするか検討中, 要確認")));
        assertArrayEquals(keptBytes, PlainLayouts.bytes(keptTable));
        assertThrows(jp.careplan.layout.CodeListRegistry.FormatException.class,
                () -> PlainLayouts.table("版,4.1\r\nUPPLAN,1,CSVバージョン\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    /** The issue's draft: 4.1 with one item renamed, one length changed, one item added (in the plain table format). */
    private static Path issueDraft(Path dir) throws Exception {
        List<String> lines = new ArrayList<>(List.of(exported(SpecR6Test.r6()).split("\r\n")));
        int renamed = -1;
        int lengthened = -1;
        int lastPlan = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("UPPLAN,7,プラン担当者名,")) {
                lines.set(i, lines.get(i).replace("UPPLAN,7,プラン担当者名,", "UPPLAN,7,担当介護支援専門員名,"));
                renamed = i;
            } else if (lines.get(i).startsWith("UPPLAN,8,単位数,")) {
                lines.set(i, lines.get(i).replace(",整数,6,", ",整数,7,"));
                lengthened = i;
            }
            if (lines.get(i).startsWith("UPPLAN,")) {
                lastPlan = i;
            }
        }
        assertTrue(renamed > 0 && lengthened > 0, "the exported 4.1 has the items the test changes: " + lines);
        lines.add(lastPlan + 1, "UPPLAN,26,草案追加項目,,フリーテキスト,,,");
        return Files.writeString(dir.resolve("draft.csv"), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    /** The issue's test: 4.1 with one item renamed, one length changed, one item added; the diff lists exactly those. */
    @Test
    void aDraftOf41WithThreeChangesDiffersInExactlyThose(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        LayoutSet r6 = SpecR6Test.r6();
        Path draft = issueDraft(dir);

        LayoutSet read = PlainLayouts.read(draft, registry);
        List<Difference> differences = LayoutDiff.between(LayoutDiff.Version.of(r6), LayoutDiff.Version.of(read));

        assertEquals(Set.of("UPPLAN ITEM_RENAMED 7 プラン担当者名->担当介護支援専門員名", "UPPLAN LENGTH 8 6->7", "UPPLAN ITEM_ADDED 26 null->null"),
                differences.stream().map(d -> d.kind() + " " + d.change() + " " + Math.max(d.oldNumber(), d.newNumber()) + " "
                        + d.oldValue() + "->" + d.newValue()).collect(Collectors.toSet()), differences::toString);
        assertEquals(3, differences.size());
        assertEquals("草案追加項目", differences.stream().filter(d -> d.change() == Change.ITEM_ADDED).findFirst().orElseThrow().newName());
    }

    /**
     * The issue's impact test: the draft run against the generated 4.1 conformance kit names exactly the files it
     * affects. The added item makes every 第6表 予定 (UPPLAN) one item short; the renamed item and the longer length
     * invalidate nothing; the 第7表 and 利用者補足情報 sent with a 第6表 are not checked against it once it is no
     * longer read (UNIT-UNCHECKED, information), so they stay valid; the refused scenarios were invalid before and stay
     * so.
     */
    @Test
    void theImpactOfTheDraftOnTheKitNamesExactlyTheFilesItAffects(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = ConformanceKitTest.registry();
        jp.careplan.validation.RuleRegistry rules = ConformanceKitTest.rules();
        jp.careplan.kit.ConformanceKit.Kit kit = new jp.careplan.kit.ConformanceKit(registry, rules).generate(dir.resolve("kit"), "4.1");
        LayoutSet draft = PlainLayouts.read(issueDraft(dir), registry);

        Set<String> stop = new java.util.TreeSet<>();
        Set<String> become = new java.util.TreeSet<>();
        Set<String> expected = new java.util.TreeSet<>();
        for (jp.careplan.kit.Scenario scenario : kit.scenarios()) {
            Path folder = kit.folder().resolve(scenario.folder());
            List<Path> files = scenario.files().stream().map(folder::resolve).toList();
            for (jp.careplan.validation.DraftImpact.FileImpact impact : new jp.careplan.validation.DraftImpact(registry, rules)
                    .of(draft, SpecR6Test.r6(), files)) {
                if (impact.validBefore() && !impact.validAfter()) {
                    stop.add(scenario.folder() + "/" + impact.file());
                } else if (!impact.validBefore() && impact.validAfter()) {
                    become.add(scenario.folder() + "/" + impact.file());
                }
            }
            // what the issue's three changes break, from the names alone: every 第6表 予定 of a conforming scenario
            // (the refused scenario with a 第6表, a date no calendar has, was invalid before)
            for (String name : scenario.files()) {
                if (name.startsWith("UPPLAN_") && scenario.conforming()) {
                    expected.add(scenario.folder() + "/" + name);
                }
            }
        }

        assertEquals(expected, stop);
        assertEquals(Set.of(), become);
        assertTrue(stop.size() > 10, stop::toString);
    }

    @Test
    void filesOfADraftAreReadIntoTheCoresClassesAndWrittenBackAsRead(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        String text = exported(SpecR6Test.r6()).replace("CSVバージョン,202407\r\n適用開始年月,202504", "CSVバージョン,202604\r\n適用開始年月,202604")
                + "UPPLAN,26,草案追加項目,,フリーテキスト,,,\r\n";
        LayoutSet draft = PlainLayouts.read(Files.writeString(dir.resolve("draft.csv"), text, StandardCharsets.UTF_8), registry);
        registry.register(draft);
        FileLayout plan = registry.resolve("UPPLAN", "202604", "202604").layout();
        assertEquals(26, plan.getColumns().size());
        List<List<String>> rows = new ArrayList<>();
        SyntheticRecords generator = new SyntheticRecords(26);
        for (int i = 0; i < 3; i++) {
            rows.add(generator.values(plan, YearMonth.of(2026, 4), Map.of(26, "草案の値" + i)));
        }
        byte[] bytes = SyntheticRecords.encode(plan, rows);
        Path file = Files.write(dir.resolve("UPPLAN_202604_1234567890_43_2345678901_11_20260325090000.CSV"), bytes);

        CareplanResource resource = CareplanResource.read(file, registry);

        assertTrue(resource.problems().isEmpty(), () -> resource.problems().toString());
        Record second = resource.document().getRecords().get(1);
        assertTrue(second instanceof ServiceUseRow, "a draft row is the core's 第6表 row");
        assertEquals("草案の値1", second.eGet(second.eClass().getEStructuralFeature("draftItem26")));
        assertArrayEquals(bytes, resource.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)));
        assertTrue(SpecR6Test.validate(resource, registry).stream().noneMatch(p -> p.severity() == jp.careplan.csv.CsvProblem.Severity.ERROR),
                () -> SpecR6Test.validate(resource, registry).toString());
    }

    @Test
    void aDraftThatBreaksTheFormatIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        String header = "版,草案\r\nCSVバージョン,202604\r\n適用開始年月,202604\r\n" + String.join(",", PlainLayouts.HEADER) + "\r\n";
        Path gap = Files.writeString(dir.resolve("gap.csv"), header + "UPXX,1,CSVバージョン,○,YYYYMM,6,,\r\nUPXX,3,項目,,数字,2,,\r\n",
                StandardCharsets.UTF_8);
        Path type = Files.writeString(dir.resolve("type.csv"), header + "UPXX,1,CSVバージョン,○,年月,6,,\r\n", StandardCharsets.UTF_8);

        FormatException gapProblem = assertThrows(FormatException.class, () -> PlainLayouts.read(gap, registry));
        FormatException typeProblem = assertThrows(FormatException.class, () -> PlainLayouts.read(type, registry));

        assertEquals(6, gapProblem.line());
        assertTrue(gapProblem.getMessage().contains("2 was expected"), gapProblem.getMessage());
        assertEquals(5, typeProblem.line());
        assertTrue(typeProblem.getMessage().contains("属性 (CSVバージョン)"), typeProblem.getMessage());
    }

    /**
     * The naming rule of a draft's file names: exported with the version, compared by the diff, taken over from the
     * version a draft revises when it gives none, and refused at its line when it is not a rule.
     */
    @Test
    void aDraftCarriesTheNamingRuleOfItsFileNamesAndTheDiffComparesIt(@TempDir Path dir) throws Exception {
        LayoutRegistry registry = SpecR6Test.registry();
        LayoutSet r6 = SpecR6Test.r6();
        String exported = exported(r6);
        assertTrue(exported.contains("\r\n命名規約,4.x\r\n"), "4.1 names follow the 4.x rule, and the export says so");

        Path back = Files.writeString(dir.resolve("back.csv"), exported.replace("命名規約,4.x", "命名規約,3.2"), StandardCharsets.UTF_8);
        Path silent = Files.writeString(dir.resolve("silent.csv"), exported.replace("命名規約,4.x\r\n", ""), StandardCharsets.UTF_8);
        Path wrong = Files.writeString(dir.resolve("wrong.csv"), exported.replace("命名規約,4.x", "命名規約,4.1"), StandardCharsets.UTF_8);

        List<Difference> differences = LayoutDiff.between(LayoutDiff.Version.of(r6), LayoutDiff.Version.of(PlainLayouts.read(back, registry)));
        assertEquals(1, differences.size(), differences::toString);
        assertEquals(Change.NAMING_RULE, differences.get(0).change());
        assertEquals("4.x", differences.get(0).oldValue());
        assertEquals("3.2", differences.get(0).newValue());
        assertEquals("ファイル名の命名規約（3.2、4.x）: 4.x → 3.2", jp.careplan.csv.LayoutChanges.describe(differences.get(0), java.util.Locale.JAPANESE));
        assertEquals("4.x", PlainLayouts.read(silent, registry).getFileNameRule(), "the rule of the version the draft revises (from 202504)");
        String before = exported(Layouts.v3()).replace("適用開始年月,202301", "適用開始年月,202410").replace("命名規約,3.2\r\n", "");
        assertEquals("3.2", PlainLayouts.read("v3.csv", before.getBytes(StandardCharsets.UTF_8), registry).getFileNameRule(),
                "a draft for a month before 4.1 applies revises 3.2");
        FormatException problem = assertThrows(FormatException.class, () -> PlainLayouts.read(wrong, registry));
        assertEquals(4, problem.line());
        assertTrue(problem.getMessage().endsWith("命名規約: one of [3.2, 4.x] was expected"), problem.getMessage());
    }
}
