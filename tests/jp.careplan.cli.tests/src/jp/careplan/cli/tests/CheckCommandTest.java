/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.cli.Careplan;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;

/** {@code careplan check} and {@code careplan --help} as the Equinox application runs them. */
class CheckCommandTest {

    /** The 3.2 layouts, as the extension point gives them to the product. */
    static LayoutSet v3() {
        return LayoutRegistry.getDefault().layoutSets().stream().filter(set -> set.getId().equals("jp.careplan.spec.v3"))
                .findFirst().orElseThrow(() -> new AssertionError("jp.careplan.spec.v3 contributes no layout set"));
    }


    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        return Careplan.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale);
    }

    /**
     * Replaces items (by the standard's No., 1-based) on the first line of a generated file, whose first
     * record has no quoted comma or line break before them.
     */
    private static void setFirstLineItems(Path file, java.util.Map<Integer, String> values) throws java.io.IOException {
        java.nio.charset.Charset ms932 = java.nio.charset.Charset.forName("windows-31j");
        List<String> lines = Files.readAllLines(file, ms932);
        String[] items = lines.get(0).split(",", -1);
        values.forEach((number, value) -> items[number - 1] = value);
        lines.set(0, String.join(",", items));
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", ms932);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theApplicationIsContributedUnderTheIdTheScriptStarts() {
        IConfigurationElement[] applications = Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.applications");
        assertTrue(Arrays.stream(applications)
                .anyMatch(element -> "jp.careplan.cli.careplan".equals(element.getDeclaringExtension().getUniqueIdentifier())),
                "./careplan starts -application jp.careplan.cli.careplan");
    }

    @Test
    void checkListsEveryStandardFileWithKindAndSerialInImportOrder(@TempDir Path folder) throws Exception {
        List<GeneratedFile> generated = new SyntheticExchange(7, v3()).writeMonth(folder, YearMonth.of(2025, 6));
        List<GeneratedFile> conforming = generated.stream().filter(GeneratedFile::conforming).toList();

        int exit = run(Locale.ENGLISH, "check", folder.toString());

        assertEquals(Careplan.EXIT_PROBLEMS, exit, "one generated name breaks the rule");
        List<String> lines = out().lines().toList();
        for (GeneratedFile file : conforming) {
            String line = lines.stream().filter(l -> l.contains(file.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(file.name() + " is not listed:\n" + out()));
            assertTrue(line.startsWith(file.serial()), line);
            assertTrue(line.contains(" " + file.kind() + " "), line);
            assertTrue(line.contains(" " + file.rule() + " "), line);
        }
        List<String> listedSerials = lines.stream().filter(l -> l.matches("^\\d{14} .*")).map(l -> l.substring(0, 14))
                .toList();
        assertEquals(conforming.stream().map(GeneratedFile::serial).sorted().toList(), listedSerials,
                "files are listed in ascending ファイル連番");
        GeneratedFile broken = generated.stream().filter(file -> !file.conforming()).findFirst().orElseThrow();
        assertTrue(out().contains("error: " + broken.name() + " [CSV-NAME] the file name follows no rule of the standard: "
                + broken.name() + " [FN-SEGMENT, character 8]"), out());
        assertTrue(out().contains(conforming.size() + " file(s) in 5 send unit(s); 1 file name(s) rejected; 0 problem(s) in the files."), out());
        assertEquals("", err());
    }

    @Test
    void checkSpeaksJapaneseOnAJapaneseLocale(@TempDir Path folder) throws Exception {
        GeneratedFile file = new SyntheticExchange(3, v3()).write(folder, "UPPLAN", "202504", "1234567890", "43",
                "2345678901", "11", "20250325101500");

        int exit = run(Locale.JAPAN, "check", file.path().toString());

        assertEquals(Careplan.EXIT_OK, exit, out());
        assertTrue(out().contains("第6表（サービス利用票）予定"), out());
        assertTrue(out().contains("1234567890/43"), out());
        assertTrue(out().contains("ファイル 1 件（送信単位 1 件）、ファイル名の不適合 0 件、ファイル内の問題 0 件。"), out());
    }

    @Test
    void aNameOfNeitherRuleIsRejectedWithTheRuleAndThePosition(@TempDir Path folder) throws Exception {
        Path name = Files.createFile(folder.resolve("UPPLAN_202513_1234567890_2345678901_20250325101500.CSV"));

        int exit = run(Locale.ENGLISH, "check", name.toString());

        assertEquals(Careplan.EXIT_PROBLEMS, exit);
        assertTrue(out().contains("[FN-MONTH, character 8]: 対象年月 must be a year and month YYYYMM."), out());
    }

    @Test
    void theProblemsOfEachFileAreListedUnderItWithLineColumnAndItem(@TempDir Path folder) throws Exception {
        GeneratedFile file = new SyntheticExchange(4, v3()).write(folder, "UPPLAN", "202503", "1234567890", null,
                "2345678901", null, "20250225101500");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file.path(), java.nio.charset.Charset.forName("windows-31j")));
        String secondRecord = lines.size() > 1 ? lines.get(1) : lines.get(0);
        int secondLine = lines.size() > 1 ? 2 : 1;
        Files.writeString(file.path(), String.join("\r\n", lines.subList(0, secondLine - 1))
                + (secondLine > 1 ? "\r\n" : "") + secondRecord.substring(0, secondRecord.indexOf(',', 30)) + "\r\n",
                java.nio.charset.Charset.forName("windows-31j"));

        int exit = run(Locale.ENGLISH, "check", file.path().toString());

        assertEquals(Careplan.EXIT_PROBLEMS, exit, out());
        assertTrue(out().contains("    error: " + file.name() + " line " + secondLine + " column "), out());
        assertTrue(out().contains("[CSV-FIELD-COUNT]"), out());
        assertTrue(out().contains("1 problem(s) in the files."), out());
    }

    @Test
    void theValidationRulesContributedThroughTheExtensionPointRunInTheChecker(@TempDir Path folder) throws Exception {
        assertTrue(jp.careplan.validation.RuleRegistry.getDefault().rules().stream()
                .anyMatch(rule -> rule.id().equals("VAL-TIME") && rule.contributor().equals("jp.careplan.validation")),
                "the built-in rules come through jp.careplan.validation.rules");
        GeneratedFile file = new SyntheticExchange(4, v3()).write(folder, "UPPLAN", "202503", "1234567890", null,
                "2345678901", null, "20250225101500");
        // the first record's サービス利用日 (No.10) moved into the next month
        setFirstLineItems(file.path(), java.util.Map.of(10, "20250401"));

        int exit = run(Locale.ENGLISH, "check", file.path().toString());

        assertEquals(Careplan.EXIT_PROBLEMS, exit, out());
        assertTrue(out().contains("line 1 column 10 (サービス利用日) [VAL-SERVICE-DATE]"), out());
    }

    @Test
    void aRuleContributedByAnInstalledExtensionBundleRunsInTheChecker(@TempDir Path folder) throws Exception {
        assertTrue(jp.careplan.validation.RuleRegistry.getDefault().rules().stream()
                .anyMatch(rule -> rule.id().equals("ACME-NIGHT") && rule.contributor().equals("jp.careplan.cli.tests")),
                "this bundle's plugin.xml contributes ACME-NIGHT");
        GeneratedFile file = new SyntheticExchange(4, v3()).write(folder, "UPPLAN", "202503", "1234567890", null,
                "2345678901", null, "20250225101500");
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "check", "--fail-on", "warning", file.path().toString()),
                "the generator plans no night service: " + out());

        // the first record's サービス開始時刻 (No.12) and サービス終了時刻 (No.13) at night
        setFirstLineItems(file.path(), java.util.Map.of(12, "2300", 13, "2359"));

        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "check", file.path().toString()), "a warning, below --fail-on error");
        int exit = run(Locale.ENGLISH, "check", "--fail-on", "warning", file.path().toString());

        assertEquals(Careplan.EXIT_PROBLEMS, exit, out());
        assertTrue(out().contains("warning: " + file.name() + " line 1 column 12 (サービス開始時刻) [ACME-NIGHT]"), out());
        assertTrue(out().contains("サービス開始時刻 is at night"), "the vendor's own text: " + out());
        assertFalse(out().contains("2300"), "no cell content in the report: " + out());
    }

    @Test
    void roundTripReportsTheFirstByteThatWouldDiffer(@TempDir Path folder) throws Exception {
        // 第1表の削除: codes only, so every line break ends a record
        GeneratedFile conforming = new SyntheticExchange(6, v3()).write(folder, "DLT1KYO", null, "1234567890", null,
                "2345678901", null, "20250225101500");
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "check", "--round-trip", conforming.path().toString()), out());

        byte[] bytes = Files.readAllBytes(conforming.path());
        String lf = new String(bytes, java.nio.charset.Charset.forName("windows-31j")).replace("\r\n", "\n");
        Files.write(conforming.path(), lf.getBytes(java.nio.charset.Charset.forName("windows-31j")));
        int firstCr = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\r');

        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "check", "--round-trip", conforming.path().toString()),
                "differences from the canonical form are warnings, below the default --fail-on error");
        int exit = run(Locale.ENGLISH, "check", "--round-trip", "--fail-on", "warning", conforming.path().toString());

        assertEquals(Careplan.EXIT_PROBLEMS, exit);
        assertTrue(out().contains(conforming.name() + " line 1 byte " + firstCr + " [CSV-ROUND-TRIP] written back, the file would not"
                + " be identical: the first differing byte is this one (byte " + (firstCr + 1) + " of its line)."), out());
        assertTrue(out().contains("[CSV-LINE-END]"), out());
    }

    @Test
    void aSendUnitsCombinationAndParentsAreChecked(@TempDir Path folder) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(21, v3());
        // 第7表 without its 第6表, and a 第1表 in the same unit: neither combination nor parent holds
        GeneratedFile annex = exchange.write(folder, "UPSIKYU", "202503", "1234567890", null, "2345678901", null, "20250225101500");
        exchange.write(folder, "UP1KYO", null, "1234567890", null, "2345678901", null, "20250225101500");

        int exit = run(Locale.ENGLISH, "check", folder.toString());

        assertEquals(Careplan.EXIT_PROBLEMS, exit, out());
        assertTrue(out().contains(annex.name() + " [UNIT-COMBINATION] the send unit holds UP1KYO, UPSIKYU"), out());
        assertTrue(out().contains(annex.name() + " line 1 column 5 (対象年月) [UNIT-PARENT] there is no 第6表（サービス利用票）"), out());
    }

    @Test
    void aDeletionOfAPlanAnEarlierUnitHeldListsItsCascade(@TempDir Path folder) throws Exception {
        SyntheticExchange exchange = new SyntheticExchange(22, v3());
        List<GeneratedFile> month = exchange.writeMonth(folder, YearMonth.of(2025, 3), false);
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UP1KYO")).findFirst().orElseThrow();
        jp.careplan.csv.CareplanResource read = (jp.careplan.csv.CareplanResource) new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl()
                .getResource(org.eclipse.emf.common.util.URI.createFileURI(plan.path().toString()), true);
        jp.careplan.model.careplan.CarePlan1 first = (jp.careplan.model.careplan.CarePlan1) read.document().getRecords().get(0);
        // 第1表_削除 of that plan: CSVバージョン, 保険者番号, 被保険者番号, 居宅サービス計画作成（変更）日
        String deletion = String.join(",", first.getCsvVersion(), first.getInsurerNumber(), first.getInsuredNumber(),
                first.getPlanDate()) + "\r\n";
        Files.writeString(folder.resolve("DLT1KYO_" + plan.senderOffice() + "_" + plan.receiverOffice() + "_20250430120000.CSV"),
                deletion, java.nio.charset.Charset.forName("windows-31j"));

        int exit = run(Locale.ENGLISH, "check", folder.toString());

        assertEquals(Careplan.EXIT_OK, exit, out());
        assertTrue(out().contains("info: DLT1KYO_") && out().contains("[UNIT-CASCADE] a deletion: it also removes 居宅サービス計画1表, 居宅サービス計画2表"),
                out());
    }

    @Test
    void jsonAndJunitReportsCarryEveryProblemForCiSystems(@TempDir Path folder) throws Exception {
        Path name = Files.createFile(folder.resolve("UPPLAN_202513_1234567890_2345678901_20250325101500.CSV"));

        assertEquals(Careplan.EXIT_PROBLEMS, run(Locale.ENGLISH, "check", "--format", "json", name.toString()));
        String json = out().strip();
        assertTrue(json.startsWith("{\"files\":[{\"name\":\"UPPLAN_202513_1234567890_2345678901_20250325101500.CSV\",\"kind\":null,"
                + "\"serial\":null,\"month\":null,\"sender\":null,\"senderServiceType\":null,\"receiver\":null,"
                + "\"receiverServiceType\":null,\"rule\":null,\"problems\":["), "a rejected name: every key, null: " + json);
        assertTrue(json.contains("\"rule\":\"CSV-NAME\",\"severity\":\"error\""), json);
        assertTrue(json.endsWith("\"errors\":1,\"warnings\":0,\"infos\":0,\"failed\":true}}"), json);
        out.reset();

        assertEquals(Careplan.EXIT_PROBLEMS, run(Locale.JAPAN, "check", "--format", "junit", name.toString()));
        String xml = out();
        assertTrue(xml.contains("<testsuite name=\"careplan check\" tests=\"1\" failures=\"1\""), xml);
        assertTrue(xml.contains("<failure type=\"CSV-NAME\""), xml);
        assertTrue(xml.contains("ファイル名が標準仕様の規約に沿っていません"), xml);
    }

    @Test
    void theJunitReportIsWellFormedWhateverAFileIsCalled(@TempDir Path folder) throws Exception {
        // a name no rule allows, with what XML escapes (& < > " '), what an attribute would turn into spaces (a tab, a
        // line break), a character outside the BMP (a surrogate pair) and what XML 1.0 cannot carry at all (U+0001)
        String odd = "bad\u0001name&<>\"'\t\n\uD842\uDFB7.CSV";
        Files.createFile(folder.resolve(odd));

        assertEquals(Careplan.EXIT_PROBLEMS, run(Locale.ENGLISH, "check", "--format", "junit", folder.toString()));

        org.w3c.dom.Document report = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        org.w3c.dom.Element testcase = (org.w3c.dom.Element) report.getElementsByTagName("testcase").item(0);
        assertEquals("bad\uFFFDname&<>\"'\t\n\uD842\uDFB7.CSV", testcase.getAttribute("name"),
                "escaped, and the one character XML cannot carry replaced");
        String failure = testcase.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("[CSV-NAME]"), failure);
        assertEquals("1", ((org.w3c.dom.Element) report.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
    }

    /** A name in two folders given: two test cases, the second named with (2), as a CI system keys results by name. */
    @Test
    void theJunitReportNamesEachTestCaseOnce(@TempDir Path folder) throws Exception {
        Path first = Files.createDirectories(folder.resolve("a"));
        Path second = Files.createDirectories(folder.resolve("b"));
        String name = "UP1KYO_1234567890_2345678901_20250301120000.CSV";
        Files.createFile(first.resolve(name));
        Files.createFile(second.resolve(name));

        run(Locale.ENGLISH, "check", "--format", "junit", first.toString(), second.toString());

        org.w3c.dom.Document report = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        org.w3c.dom.NodeList cases = report.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        assertEquals(name, ((org.w3c.dom.Element) cases.item(0)).getAttribute("name"));
        assertEquals(name + " (2)", ((org.w3c.dom.Element) cases.item(1)).getAttribute("name"));
        assertTrue(cases.item(1).getTextContent().contains("[CSV-NAME-COPY]"), cases.item(1).getTextContent());
    }

    @Test
    void checkTakesHelpAndPathsAfterTwoDashesAndSaysWhatIsMissing(@TempDir Path folder) throws Exception {
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "check", "--help"));
        assertTrue(out().contains("careplan check [--round-trip] PATH..."), out());
        out.reset();

        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "check", "--layout"));
        assertTrue(err().contains("careplan check: --layout needs a draft layout"), err());
        err.reset();

        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "check", empty.toString()));
        assertTrue(err().contains("the paths given hold no file of the standard"), err());
        err.reset();

        // a folder whose name begins with - (given relative to the working folder): an unknown option before --, a
        // path after it
        Path dashed = Files.createTempDirectory(Path.of("").toAbsolutePath(), "-received");
        try {
            List<GeneratedFile> generated = new SyntheticExchange(11, v3()).writeMonth(dashed, YearMonth.of(2025, 6), false);
            String relative = dashed.getFileName().toString();
            assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "check", relative));
            assertTrue(err().contains("unknown option \"" + relative + "\""), err());

            int exit = run(Locale.ENGLISH, "check", "--", relative);

            assertTrue(exit == Careplan.EXIT_OK || exit == Careplan.EXIT_PROBLEMS, err());
            assertTrue(out().contains(generated.size() + " file(s) in "), out());
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(dashed)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void usageAndIoErrorsExitWithTwo(@TempDir Path folder) {
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "check"));
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "check", folder.resolve("missing").toString()));
        assertTrue(err().contains("no such file or folder"), err());
        assertEquals(Careplan.EXIT_USAGE, run(Locale.ENGLISH, "frobnicate"));
        assertTrue(err().contains("unknown command \"frobnicate\""), err());
    }

    @Test
    void helpPrintsUsageWithTheKnownKinds() {
        assertEquals(Careplan.EXIT_OK, run(Locale.ENGLISH, "--help"));
        assertTrue(out().contains("careplan check [--round-trip] PATH..."), out());
        assertTrue(out().contains("UPSIKYU"), out());
        assertFalse(out().isBlank());
        assertNotNull(err());
    }
}
