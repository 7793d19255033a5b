/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linux archive of the product, unpacked into a folder far from the build, started by its script. */
class ProductArchiveTest {

    @TempDir
    static Path root;
    static Path home;
    static Path installed;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("careplan.archive"));
        assertTrue(Files.isRegularFile(archive), "the build made the archive " + archive);
        installed = root.resolve("opt");
        home = root.resolve("home");
        Files.createDirectories(installed);
        Files.createDirectories(home);
        Result tar = run(installed, Map.of(), Duration.ofMinutes(2), "tar", "--warning=no-unknown-keyword", "-xzf", archive.toString());
        assertEquals(0, tar.exit, tar.err);
        installed = installed.resolve("careplan");
        assertTrue(Files.isExecutable(installed.resolve("careplan")), "the archive carries its start script");
    }

    @Test
    void helpPrintsUsageWithoutADisplay() throws Exception {
        Result help = careplan(Map.of("DISPLAY", "", "LANG", "C"), "--help");
        assertEquals(0, help.exit, help.err);
        assertTrue(help.out.contains("careplan check [--round-trip] PATH..."), help.out);
    }

    @Test
    void checkListsTheInstalledSamplesInJapanese() throws Exception {
        Path samples = installed.resolve("samples");
        long csvFiles;
        try (Stream<Path> files = Files.list(samples)) {
            csvFiles = files.filter(path -> path.toString().endsWith(".CSV")).count();
        }
        assertTrue(csvFiles > 0, "the product installs the samples");

        Result check = careplan(Map.of("DISPLAY", "", "LANG", "ja_JP.UTF-8"), "check", "--round-trip", samples.toString());

        assertEquals(0, check.exit, check.out + check.err);
        assertEquals("", check.err, "the checker writes its report and nothing else (no framework's log)");
        // it ran on its own configuration: the installation's bundles without the workbench's
        Path cache = home.resolve(".cache/careplan");
        List<Path> areas;
        try (Stream<Path> found = Files.list(cache)) {
            areas = found.filter(path -> path.getFileName().toString().startsWith("cli-")).toList();
        }
        assertFalse(areas.isEmpty(), "a configuration of the command line's own in " + cache);
        for (Path area : areas) { // one per content of the installation's configuration (other tests change it)
            String bundles = Files.readString(area.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info"));
            assertTrue(bundles.contains("\njp.careplan.cli,") && bundles.contains("\njp.careplan.spec.v3,"), bundles);
            assertFalse(bundles.contains("\norg.eclipse.ui,") || bundles.contains("\norg.eclipse.swt,")
                    || bundles.contains("\njp.careplan.ui,"), bundles);
        }
        assertTrue(check.out.contains("ファイル " + csvFiles + " 件"), check.out);
        assertTrue(check.out.contains("ファイル内の問題 0 件"), check.out);
        assertTrue(check.out.contains("第6表（サービス利用票）予定"), check.out);
    }

    @Test
    void theLanguageChosenInThePreferencesWinsOverTheLocale(@org.junit.jupiter.api.io.TempDir Path workspace) throws Exception {
        Path settings = Files.createDirectories(workspace.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings"));
        Files.writeString(settings.resolve("jp.careplan.ui.prefs"), "eclipse.preferences.version=1\ndisplay.language=en\n");

        Result check = careplan(Map.of("DISPLAY", "", "LANG", "ja_JP.UTF-8", "CAREPLAN_WORKSPACE", workspace.toString()),
                "check", installed.resolve("samples").toString());

        assertTrue(check.out.contains("problem(s) in the files") && !check.out.contains("ファイル内の問題"), "English, as chosen: " + check.out);
    }

    /**
     * A vendor's bundle installed into the product after it was built (here: a draft layout of an invented kind, data only,
     * added to the installation's bundle list) is seen by the next {@code careplan check}: the command
     * line's own configuration follows the installation's.
     */
    @Test
    void aBundleInstalledLaterContributesToTheChecker(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path file = Files.createFile(folder.resolve("UPDRAFT_1234567890_2345678901_20250301120000.CSV"));
        Result before = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", file.toString());
        assertTrue(before.out.contains("1 file name(s) rejected"), "no installed layout knows UPDRAFT yet: " + before.out);
        // a draft revision of 第6表: one item more, under a CSVバージョン no installed layout has yet
        Path revision = Files.createDirectories(folder.resolve("revision"));
        String row = "202704,131001,1234567890,20270325,202704,1234567890,\"担当　花子\",300,,20270401,,0900,1000,1,111111,,"
                + "2345678901,\"架空訪問介護\",,0,1234567890,,\"草案の値\"\r\n";
        Path draftPlan = Files.write(revision.resolve("UPPLAN_202704_1234567890_2345678901_20270325090000.CSV"),
                row.getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Result unknown = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", draftPlan.toString());
        assertEquals(1, unknown.exit, unknown.out);
        assertTrue(unknown.out.contains("CSV-UNKNOWN-VERSION"), unknown.out);

        Path info = installed.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        String original = Files.readString(info, StandardCharsets.UTF_8);
        Path jar = installed.resolve("plugins/jp.example.draft_1.0.0.jar");
        try {
            writeDraftBundle(jar);
            Files.writeString(info, original + "jp.example.draft,1.0.0,plugins/jp.example.draft_1.0.0.jar,4,false\n",
                    StandardCharsets.UTF_8);

            Result after = careplan(Map.of("DISPLAY", "", "LANG", "C", "CAREPLAN_VMARGS", "-Dcareplan.boot.trace=true"), "check",
                    file.toString());

            assertTrue(after.out.contains("0 file name(s) rejected"), "the draft bundle's layout names the file: " + after.out + after.err);
            assertTrue(after.err.startsWith("careplan: starting without OSGi: "), "a bundle of data needs no OSGi: " + after.err);
            assertEquals(1, after.err.lines().count(), after.err);
            Result known = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", "--round-trip", draftPlan.toString());
            assertEquals(0, known.exit, "the draft revision is read, validated and written back byte for byte: " + known.out + known.err);
            assertTrue(known.out.contains("0 problem(s) in the files"), known.out);

            // the same bundle with an activator needs OSGi: the command goes to Equinox, which finds the same layouts
            writeDraftBundle(jar, "Bundle-Activator", "jp.example.draft.Activator");
            Result osgi = careplan(Map.of("DISPLAY", "", "LANG", "C", "CAREPLAN_VMARGS", "-Dcareplan.boot.trace=true"), "check",
                    "--round-trip", draftPlan.toString());
            assertTrue(osgi.err.startsWith("careplan: Equinox starts: jp.example.draft: an activator"), osgi.err);
            assertEquals(0, osgi.exit, osgi.out + osgi.err);
            assertEquals(known.out, osgi.out);
        } finally {
            Files.writeString(info, original, StandardCharsets.UTF_8);
            Files.deleteIfExists(jar);
        }
    }

    /**
     * The 令和6年度 revision is an extension: with jp.careplan.spec.r6 installed the checker reads a 4.1 第6表
     * (4.x file name with サービス種類コード, CSVバージョン 202407, the 福祉用具 items) and finds nothing wrong;
     * with the revision's bundles taken out of the installation the same product simply does not know version 202407.
     */
    @Test
    void the41RevisionIsKnownExactlyWhileItsBundleIsInstalled(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        String line = "202407,131001,1234567890,20250325,202504,1234567890,\"担当　花子\",300,,20250401,,9999,9999,1,171007,"
                + "00001-000010,,\"手すり（据置型）\",1,2345678901,\"架空福祉用具\",,0,1234567890,\r\n";
        Path file = Files.write(folder.resolve("UPPLAN_202504_1234567890_43_2345678901_17_20250325090000.CSV"),
                line.getBytes(java.nio.charset.Charset.forName("windows-31j")));

        Result with = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", "--round-trip", file.toString());
        assertEquals(0, with.exit, with.out + with.err);
        assertTrue(with.out.contains("0 problem(s) in the files") && with.out.contains("1234567890/43"), with.out);

        // the 福祉用具 rules of jp.careplan.tais come with it: a rental row without a product code is a warning
        Path rental = Files.createDirectories(folder.resolve("rental"));
        Files.write(rental.resolve(file.getFileName().toString()), line.replace("00001-000010,", ",")
                .getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Result missing = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", rental.toString());
        assertEquals(0, missing.exit, missing.out);
        assertTrue(missing.out.contains("warning: ") && missing.out.contains("line 1 column 15 (サービスコード) [TAIS-RENTAL]"), missing.out);
        assertEquals(1, careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", "--fail-on", "warning", rental.toString()).exit);

        Path info = installed.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        String original = Files.readString(info, StandardCharsets.UTF_8);
        assertTrue(original.contains("\njp.careplan.spec.r6,"), "the product installs the 4.1 bundle");
        try {
            // the product without the three bundles of the revision
            Files.writeString(info, original.replaceAll("(?m)^jp\\.careplan\\.(spec\\.r6|tais|table3|table3\\.ui),.*\\n", ""),
                    StandardCharsets.UTF_8);

            Result without = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", file.toString());

            assertEquals(1, without.exit, without.out + without.err);
            assertTrue(without.out.contains("CSV-UNKNOWN-VERSION"), without.out);
        } finally {
            Files.writeString(info, original, StandardCharsets.UTF_8);
        }
    }

    /**
     * The 介護予防 files with the product: a 利用者基本情報 and the 家族構成 image its record names check clean as one unit;
     * {@code careplan convert --to 4.1} carries the image byte for byte, and 3.2, which has no such files, is refused.
     */
    @Test
    void preventionFilesAndTheirImageCheckAndTravelUntouched(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        String image = "UPKIHON_IMAGE_1234567890_46_2345678901_11_20250401090000_0001.jpg";
        String[] cells = new String[71];
        java.util.Arrays.fill(cells, "");
        cells[0] = "202407";
        cells[1] = "131001";
        cells[2] = "1234567890";
        cells[3] = "20250401";
        cells[4] = "1";
        cells[13] = "\"ｶｸｳ ﾀﾛｳ\"";
        cells[14] = "\"架空　太郎\"";
        cells[15] = "1";
        cells[16] = "19400101";
        cells[61] = "\"" + image + "\"";
        Files.write(in.resolve("UPKIHON_1234567890_46_2345678901_11_20250401090000.CSV"),
                (String.join(",", cells) + "\r\n").getBytes(java.nio.charset.Charset.forName("windows-31j")));
        byte[] jpeg = new byte[64];
        new java.util.Random(3).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        Files.write(in.resolve(image), jpeg);

        Result check = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", in.toString());

        assertEquals(0, check.exit, check.out + check.err);
        assertTrue(check.out.contains(image), check.out);

        Path out = Files.createDirectories(folder.resolve("out"));
        Result convert = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "4.1", "--out", out.toString(), in.toString());
        assertEquals(0, convert.exit, convert.out + convert.err);
        assertTrue(java.util.Arrays.equals(jpeg, Files.readAllBytes(out.resolve(image))), convert.out);

        Path back = Files.createDirectories(folder.resolve("back"));
        Result refused = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "3.2", "--names", "v3", "--out",
                back.toString(), in.toString());
        assertEquals(1, refused.exit, refused.out);
        assertTrue(refused.out.contains("version 3.2 has no layout for UPKIHON_IMAGE"), refused.out);
        try (Stream<Path> written = Files.list(back)) {
            assertEquals(0, written.count());
        }
    }

    /**
     * A spec author's round with the command line: {@code layout export} gives 4.1 as a plain table; the draft made
     * from it (an item renamed, a length changed, an item added) differs from 4.1 in exactly those three, as Markdown
     * for a change history; {@code check --layout} reads a file of the draft with no bundle.
     */
    @Test
    void aDraftIsExportedDiffedAndCheckedWithoutABundle(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path exported = folder.resolve("r6.csv");
        Result export = careplan(Map.of("DISPLAY", "", "LANG", "C"), "layout", "export", "4.1", "--out", exported.toString());
        assertEquals(0, export.exit, export.out + export.err);
        String text = Files.readString(exported, StandardCharsets.UTF_8)
                .replace("CSVバージョン,202407\r\n適用開始年月,202504", "CSVバージョン,202604\r\n適用開始年月,202604")
                .replace("UPPLAN,7,プラン担当者名,", "UPPLAN,7,担当介護支援専門員名,").replace("UPPLAN,8,単位数,,整数,6,", "UPPLAN,8,単位数,,整数,7,")
                + "UPPLAN,26,草案追加項目,,フリーテキスト,,,\r\n";
        Path draft = Files.writeString(folder.resolve("draft.csv"), text, StandardCharsets.UTF_8);

        Result diff = careplan(Map.of("DISPLAY", "", "LANG", "C"), "layout", "diff", "4.1", draft.toString(), "--markdown");

        assertEquals(1, diff.exit, diff.out + diff.err);
        assertTrue(diff.out.contains("| 7 | 担当介護支援専門員名 | No.7 プラン担当者名: renamed to 担当介護支援専門員名 (No.7) |"), diff.out);
        assertTrue(diff.out.contains("| 8 | 単位数 | No.8 単位数: 桁数 6 -> 7 |"), diff.out);
        assertTrue(diff.out.contains("| 26 | 草案追加項目 | No.26 草案追加項目: item added |"), diff.out);
        assertTrue(diff.out.contains("CSVバージョン / first month: 202407 / 202504 -> 202604 / 202604"), diff.out);
        assertEquals(4, diff.out.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| No.")).count(), diff.out);

        String row = "202604,131001,1234567890,20260325,202604,1234567890,\"担当　花子\",300,,20260401,,0900,1000,1,111111,,,,"
                + ",2345678901,\"架空訪問介護\",,0,1234567890,,\"草案の値\"\r\n";
        Path file = Files.write(Files.createDirectories(folder.resolve("files")).resolve(
                "UPPLAN_202604_1234567890_43_2345678901_11_20260325090000.CSV"), row.getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Result check = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", "--layout", draft.toString(), "--round-trip", file.toString());
        assertEquals(0, check.exit, check.out + check.err);
        Result without = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", file.toString());
        assertTrue(without.out.contains("CSV-UNKNOWN-VERSION"), without.out);

        // the impact of the draft on a file of the version in force: with its item added, a 25-item line stops being valid
        String line41 = "202407,131001,1234567890,20250325,202504,1234567890,\"担当　花子\",300,,20250401,,0900,1000,1,111111,,,,"
                + ",2345678901,\"架空訪問介護\",,0,1234567890,\r\n";
        Path current = Files.write(folder.resolve("files").resolve("UPPLAN_202504_1234567890_43_2345678901_11_20250325090000.CSV"),
                line41.getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Result impact = careplan(Map.of("DISPLAY", "", "LANG", "C"), "layout", "impact", draft.toString(), "--against", "4.1",
                current.toString());
        assertEquals(1, impact.exit, impact.out + impact.err);
        assertTrue(impact.out.contains(current.getFileName() + ": stops being valid under the draft"), impact.out);
        assertTrue(impact.out.contains("1 file(s) checked: 1 stop being valid, 0 become valid."), impact.out);
    }

    /**
     * A provider's 実績 begun from the 4.1 予定 it received, with the installed 4.1 layouts: its own row copied (not the
     * other provider's), named for the way back with the サービス種類コード turned round, and it checks clean; and
     * {@code careplan month} then finds the pair agreeing.
     */
    @Test
    void actualBeginsAProvidersActualFromThe41PlanItReceived(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Path out = Files.createDirectories(folder.resolve("out"));
        String ours = "202407,131001,1234567890,20250325,202504,1234567890,\"担当　花子\",300,,20250401,,0900,1000,1,111111,,,,,"
                + "2345678901,\"架空訪問介護\",,0,1234567890,\r\n";
        String theirs = ours.replace("2345678901,\"架空訪問介護\"", "3456789012,\"架空訪問看護\"").replace(",111111,", ",131111,");
        Files.write(in.resolve("UPPLAN_202504_1234567890_43_2345678901_11_20250325090000.CSV"),
                (ours + theirs).getBytes(java.nio.charset.Charset.forName("windows-31j")));

        Result actual = careplan(Map.of("DISPLAY", "", "LANG", "C"), "actual", "--out", out.toString(), in.toString());

        assertEquals(0, actual.exit, actual.out + actual.err);
        List<Path> made;
        try (Stream<Path> files = Files.list(out)) {
            made = files.toList();
        }
        assertEquals(1, made.size(), actual.out);
        String name = made.get(0).getFileName().toString();
        assertTrue(name.matches("UPJSK_202504_2345678901_11_1234567890_43_\\d{14}\\.CSV"), name);
        String text = new String(Files.readAllBytes(made.get(0)), java.nio.charset.Charset.forName("windows-31j"));
        // 作成年月日 is the day of the serial it is named with (a run across midnight takes that day too)
        String day = name.substring(name.length() - 18, name.length() - 10);
        assertEquals(ours.replace(",20250325,", "," + day + ",").replace(",0,1234567890,", ",0,2345678901,"), text,
                "the provider's row, 作成年月日 the day it was made and 更新業者コード the provider's");
        Result check = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", out.toString());
        assertEquals(0, check.exit, check.out);

        // 月の状況 of the two: the provider's 実績 agrees with its part of the 予定; the other provider's row is not its
        Result month = careplan(Map.of("DISPLAY", "", "LANG", "C"), "month", in.toString(), out.toString());
        assertEquals(0, month.exit, month.out + month.err);
        assertTrue(month.out.contains("  agrees: 1234567890 → 2345678901/11 架空訪問介護  予定 20250325090000, 実績 "), month.out);
        assertTrue(month.out.contains("    1 planned row(s) of other providers or kinds not compared"), month.out);
    }

    /**
     * {@code careplan convert}: a 3.2 第6表 for April 2025 becomes a 4.1 file under a 4.x name that checks clean;
     * converting back to 3.2 is refused while a TAISコード would be lost, and an existing file is never replaced.
     */
    @Test
    void convertTakesA32FileTo41AndRefusesToLoseItemsOnTheWayBack(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Path out = Files.createDirectories(folder.resolve("out"));
        String old = "202208,131001,1234567890,20250325,202504,1234567890,\"担当　花子\",300,,20250401,,0900,1000,1,111111,,"
                + "2345678901,\"架空訪問介護\",,0,1234567890,\r\n";
        Files.write(in.resolve("UPPLAN_202504_1234567890_2345678901_20250325090000.CSV"),
                old.getBytes(java.nio.charset.Charset.forName("windows-31j")));

        Result convert = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "4.1", "--out", out.toString(),
                "--sender-type", "43", "--receiver-type", "11", in.toString());

        assertEquals(0, convert.exit, convert.out + convert.err);
        Path converted = out.resolve("UPPLAN_202504_1234567890_43_2345678901_11_20250325090000.CSV");
        assertTrue(Files.isRegularFile(converted), convert.out);
        String text = new String(Files.readAllBytes(converted), java.nio.charset.Charset.forName("windows-31j"));
        assertEquals(old.replace("202208,", "202407,").replace(",111111,,", ",111111,,,,,"), text);
        Result check = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", converted.toString());
        assertEquals(0, check.exit, check.out);
        assertFalse(convert.out.contains("is named by the"), convert.out);

        // without the サービス種類コード, which the old name does not have: a 4.1 file under a 3.2-style name, said
        // at once and reported by the check as a warning
        Path unnamed = Files.createDirectories(folder.resolve("unnamed"));
        Result untyped = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "4.1", "--out", unnamed.toString(), in.toString());
        assertEquals(0, untyped.exit, untyped.out + untyped.err);
        assertTrue(untyped.out.contains("UPPLAN_202504_1234567890_2345678901_20250325090000.CSV is named by the 3.2 rule, while the files "
                + "of 4.1 are named by the 4.x rule"), untyped.out);
        Result warned = careplan(Map.of("DISPLAY", "", "LANG", "C"), "check", unnamed.toString());
        assertEquals(0, warned.exit, warned.out);
        assertTrue(warned.out.contains("warning: ") && warned.out.contains("[CSV-NAME-RULE]"), warned.out);
        // the conversion is in the evidence ledger of the folder written to, as the workbench records its own
        Result ledger = careplan(Map.of("DISPLAY", "", "LANG", "C"), "ledger", out.toString(), "--filter", "convert");
        assertEquals(0, ledger.exit, ledger.out + ledger.err);
        assertTrue(ledger.out.contains(converted.getFileName().toString()) && ledger.out.contains("1 entr(ies)"), ledger.out);
        assertEquals(0, careplan(Map.of("DISPLAY", "", "LANG", "C"), "ledger", "verify", out.toString()).exit);
        // and its month's report for an inspector, from the installed command line (PDFBox and a Japanese font)
        Path report = folder.resolve("report.pdf");
        Result reported = careplan(Map.of("DISPLAY", "", "LANG", "C"), "ledger", "report", out.toString(), "--month",
                java.time.YearMonth.now().toString().replace("-", ""), "--out", report.toString());
        assertEquals(0, reported.exit, reported.out + reported.err);
        assertTrue(reported.out.contains("1 page(s)"), reported.out);
        assertEquals("%PDF-", new String(Files.readAllBytes(report), 0, 5, StandardCharsets.US_ASCII));
        // and the converted file's forms, from the installed command line
        Result rendered = careplan(Map.of("DISPLAY", "", "LANG", "C"), "render", "--out", folder.resolve("pdf").toString(),
                converted.toString());
        assertEquals(0, rendered.exit, rendered.out + rendered.err);
        assertTrue(Files.size(folder.resolve("pdf").resolve(converted.getFileName() + ".pdf")) > 1000);

        Result again = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "4.1", "--out", out.toString(),
                "--sender-type", "43", "--receiver-type", "11", in.toString());
        assertEquals(1, again.exit);
        assertTrue(again.out.contains("exists already"), again.out);

        // a file of a month before 4.1 applies is not converted to it
        Path march = Files.createDirectories(folder.resolve("march"));
        Files.write(march.resolve("UPPLAN_202503_1234567890_2345678901_20250225090000.CSV"),
                old.replace(",202504,", ",202503,").replace(",20250401,", ",20250301,").getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Result early = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "4.1", "--out", out.toString(),
                "--sender-type", "43", "--receiver-type", "11", march.toString());
        assertEquals(1, early.exit, early.out);
        assertTrue(early.out.contains("version 4.1 applies from service month 202504, and the file is for 202503"), early.out);

        Path rental = Files.createDirectories(folder.resolve("rental"));
        String line41 = "202407,131001,1234567890,20250325,202504,1234567890,\"担当　花子\",300,,20250401,,9999,9999,1,171007,"
                + "00001-000010,,\"手すり（据置型）\",1,2345678901,\"架空福祉用具\",,0,1234567890,\r\n";
        Files.write(rental.resolve("UPPLAN_202504_1234567890_43_2345678901_17_20250325090000.CSV"),
                line41.getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Path back = Files.createDirectories(folder.resolve("back"));

        Result refused = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "3.2", "--names", "v3", "--out",
                back.toString(), rental.toString());

        assertEquals(1, refused.exit, refused.out);
        assertTrue(refused.out.contains("line 1: TAISコード has a value, and the target version has no such item"), refused.out);
        assertFalse(refused.out.contains("00001-000010") || refused.out.contains("手すり"), "no cell content: " + refused.out);
        try (Stream<Path> written = Files.list(back)) {
            assertEquals(0, written.count(), "nothing written");
        }
        // allowed, for software that reads 3.2 only: written, and said to be of a version April 2025 no longer takes
        Result allowed = careplan(Map.of("DISPLAY", "", "LANG", "C"), "convert", "--to", "3.2", "--names", "v3", "--allow-loss",
                "--out", back.toString(), rental.toString());
        assertEquals(0, allowed.exit, allowed.out);
        assertTrue(allowed.out.contains("UPPLAN_202504_1234567890_2345678901_20250325090000.CSV: version 4.1 applies to service month "
                + "202504, not 3.2: written as asked (for software that reads 3.2 only), but careplan check reports it (VAL-VERSION-MONTH)."),
                allowed.out);
    }

    @Test
    void theConformanceKitIsPublishedBesideTheArchiveAndVerifiesWithTheInstalledProduct(
            @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        unzipKit(folder);
        for (String version : List.of("3.2", "4.1")) {
            Path kit = folder.resolve("careplan-kit-" + version);
            List<String> manifest = Files.readAllLines(kit.resolve("kit.tsv"));
            assertEquals("scenario\tfile\tsha256\tbytes", manifest.get(0));
            for (String line : manifest.subList(1, manifest.size())) {
                String[] parts = line.split("\t");
                byte[] bytes = Files.readAllBytes(kit.resolve(parts[0]).resolve(parts[1]));
                assertEquals(parts[2], java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                        line);
                assertTrue(Files.isRegularFile(kit.resolve(parts[0]).resolve("README.md")), parts[0]);
            }
            // the kit's own files, as if another program had written them back: they verify
            Result verified = careplan(Map.of("LANG", "C.UTF-8"), "kit", "verify", kit.toString(), "--version", version);
            assertEquals(0, verified.exit, verified.out + verified.err);
            assertTrue(verified.out.contains("0 departing from the kit"), verified.out);
        }
        // and a departure is caught: a file of a scenario not written back
        Path scenario = folder.resolve("careplan-kit-4.1/01-several-providers");
        try (Stream<Path> files = Files.list(scenario)) {
            Files.delete(files.filter(path -> path.getFileName().toString().startsWith("UP2KYO_")).findFirst().orElseThrow());
        }
        Result departed = careplan(Map.of("LANG", "C.UTF-8"), "kit", "verify", folder.resolve("careplan-kit-4.1").toString(),
                "--version", "4.1");
        assertEquals(1, departed.exit, departed.out + departed.err);
        assertTrue(departed.out.contains("[KIT-FILE-MISSING]"), departed.out);
        String every41 = String.join("\n", Files.readAllLines(folder.resolve("careplan-kit-4.1/kit.tsv")));
        assertTrue(every41.contains("10-every-kind\tUP3KYO_"), "第3表 from the 4.1 bundles");
        assertTrue(every41.contains("09-prevention-commissioned\tUPKIHON_IMAGE_"), "the 介護予防 image");
    }

    /** The conformance kit the build publishes beside the archive, unpacked into {@code folder}. */
    private static void unzipKit(Path folder) throws IOException {
        Path zip = Path.of(System.getProperty("careplan.archive")).resolveSibling("careplan-conformance-kit.zip");
        assertTrue(Files.isRegularFile(zip), "the build publishes the kit beside the archive: " + zip);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (!entry.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    /**
     * The command line starts without OSGi (issue 4's check benchmark: Equinox's start was half of every check), and
     * says exactly what it says under Equinox: the same output, messages and exit status, for a clean kit, a kit
     * with its deliberate errors, every report format, and the commands that print no file at all.
     */
    @Test
    void withoutOsgiTheCommandLineSaysExactlyWhatItSaysUnderEquinox(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        unzipKit(folder);
        List<String> kit32 = scenarios(folder.resolve("careplan-kit-3.2"));
        List<String> kit41 = scenarios(folder.resolve("careplan-kit-4.1"));
        List<List<String>> commands = List.of(with("check", kit41), with("check", kit32, "--format", "json"),
                with("check", kit41, "--format", "junit", "--fail-on", "warning"), List.of("--version"), List.of("--help"),
                List.of("check", folder.resolve("nothing-here").toString()), List.of("no-such-command"));
        for (List<String> command : commands) {
            for (String lang : List.of("C.UTF-8", "ja_JP.UTF-8")) {
                String[] args = command.toArray(String[]::new);
                Result flat = careplan(Map.of("LANG", lang, "CAREPLAN_VMARGS", "-Dcareplan.boot.trace=true"), args);
                Result equinox = careplan(Map.of("LANG", lang, "CAREPLAN_VMARGS", "-Dcareplan.osgi=true -Dcareplan.boot.trace=true"), args);
                String what = lang + " " + command;
                assertTrue(flat.err.startsWith("careplan: starting without OSGi: "), what + ": " + flat.err);
                assertTrue(equinox.err.startsWith("careplan: Equinox starts: careplan.osgi=true"), what + ": " + equinox.err);
                assertEquals(equinox.exit, flat.exit, what);
                assertEquals(equinox.out, flat.out, what);
                assertEquals(equinox.err.lines().skip(1).toList(), flat.err.lines().skip(1).toList(), what);
            }
        }
        Result kit = careplan(Map.of("LANG", "C.UTF-8"), with("check", kit41).toArray(String[]::new));
        assertEquals(1, kit.exit, "the kit's deliberate errors: " + kit.out);
        assertTrue(kit.out.contains("UP3KYO_"), "第3表, a layout of the 4.1 bundles, read without OSGi: " + kit.out);
        assertEquals("", kit.err, "nothing but the report");
    }

    /**
     * A vendor's contribution the readers cannot use (a priority that is no number, a rule without a class, a rule
     * whose class is not there) is logged in the command line's area, with or without OSGi, and the check goes on
     * with everything else: the same report, nothing on standard error.
     */
    @Test
    void aVendorsUnusableContributionIsLoggedAndTheCheckGoesOn(@org.junit.jupiter.api.io.TempDir Path user) throws Exception {
        Path info = installed.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        String original = Files.readString(info, StandardCharsets.UTF_8);
        Path jar = installed.resolve("plugins/jp.example.broken_1.0.0.jar");
        String samples = installed.resolve("samples").toString();
        Result before = careplan(user, Map.of("LANG", "C.UTF-8"), "check", samples);
        try {
            String pluginXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
                    + "  <extension point=\"jp.careplan.layout.layouts\">\n"
                    + "    <layoutSet id=\"jp.example.broken\" csvVersion=\"202208\" validFrom=\"202301\" priority=\"high\""
                    + " resource=\"layouts/none.layout\"/>\n"
                    + "    <layoutSet id=\"jp.example.padded\" csvVersion=\"202208\" validFrom=\"202301\" priority=\" -7 \""
                    + " resource=\"layouts/none.layout\"/>\n  </extension>\n"
                    + "  <extension point=\"jp.careplan.validation.rules\">\n"
                    + "    <rule id=\"EX-NO-CLASS\" kinds=\"*\"/>\n"
                    + "    <rule id=\"EX-GONE\" class=\"jp.example.broken.Gone\" kinds=\"*\"/>\n"
                    // translated as Equinox does: no translation bundle, so the text after the key; values trimmed
                    + "    <rule id=\"%rule.id EX-DEFAULT\" class=\" jp.example.broken.Gone2 \" kinds=\"*\"/>\n"
                    + "  </extension>\n</plugin>\n";
            writeBundle(jar, "jp.example.broken", Map.of("plugin.xml", pluginXml.getBytes(StandardCharsets.UTF_8)),
                    "Require-Bundle", "jp.careplan.layout,jp.careplan.validation");
            Files.writeString(info, original + "jp.example.broken,1.0.0,plugins/jp.example.broken_1.0.0.jar,4,false\n",
                    StandardCharsets.UTF_8);
            for (String vmargs : List.of("-Dcareplan.boot.trace=true", "-Dcareplan.osgi=true -Dcareplan.boot.trace=true")) {
                Result check = careplan(user, Map.of("LANG", "C.UTF-8", "CAREPLAN_VMARGS", vmargs), "check", samples);
                assertEquals(before.exit, check.exit, vmargs + ": " + check.out + check.err);
                assertEquals(before.out, check.out, vmargs);
                assertEquals(1, check.err.lines().count(), "only the trace: " + check.err);
            }
            String logs = logsOf(user);
            assertTrue(logs.contains("The layout set jp.example.broken of jp.example.broken has a priority that is not a whole number"), logs);
            assertTrue(logs.contains("A validation rule of jp.example.broken lacks its id or class"), logs);
            assertTrue(logs.contains("The validation rule EX-GONE of jp.example.broken could not be created"), logs);
            // once from each start
            assertEquals(2, logs.split("The validation rule EX-DEFAULT of jp.example.broken could not be created", -1).length - 1, logs);
            assertEquals(2, logs.split("The layout set jp.example.padded of jp.example.broken could not be loaded", -1).length - 1, logs);
            assertFalse(logs.contains("jp.example.padded of jp.example.broken has a priority"), "\" -7 \" is trimmed: " + logs);
            assertEquals(2, logs.split("has a priority that is not a whole number", -1).length - 1, logs);
        } finally {
            Files.writeString(info, original, StandardCharsets.UTF_8);
            Files.deleteIfExists(jar);
            awaitNoTraining(user);
        }
    }

    /** The logs in a user's command-line areas, together. */
    private static String logsOf(Path user) throws IOException {
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.walk(user.resolve(".cache/careplan"))) {
            for (Path log : files.filter(path -> path.getFileName().toString().endsWith(".log")).sorted().toList()) {
                logs.append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return logs.toString();
    }

    /**
     * The first check starts, beside itself, a detached run of the checker on the installation's samples that leaves
     * the classes it loaded in the user's command-line area, for this installation and this Java; the next commands
     * map them (-Xshare:on fails the JVM where the archive cannot be used), and say the same. The user's own
     * command never writes it: a failed dump would change its report and status.
     */
    @Test
    void theFirstCheckHasAClassArchiveWrittenThatTheNextCommandsMap(@org.junit.jupiter.api.io.TempDir Path user) throws Exception {
        String javaHome = System.getProperty("java.home");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(Path.of(javaHome, "lib/server/classes.jsa")),
                "a Java runtime with its base class archive (a jlink image has none, and then nothing is shared)");
        String samples = installed.resolve("samples").toString();
        Map<String, String> sharing = Map.of("LANG", "C.UTF-8", "CAREPLAN_CLASS_ARCHIVE", "");
        Result help = careplan(user, sharing, "--help");
        assertEquals(0, help.exit, help.err);
        assertEquals(List.of(), archives(user), "only a check has it written");
        Result off = careplan(user, Map.of("LANG", "C.UTF-8", "CAREPLAN_CLASS_ARCHIVE", "off"), "check", samples);
        assertEquals(0, off.exit, off.err);
        // a training run takes its lock before the script starts the command: none now means none started
        assertFalse(inCache(user, ".training"), "CAREPLAN_CLASS_ARCHIVE=off: no training run");
        assertEquals(List.of(), archives(user), "CAREPLAN_CLASS_ARCHIVE=off: nothing shared, nothing written");

        Result first = careplan(user, sharing, "check", samples);

        assertEquals(0, first.exit, first.out + first.err);
        assertEquals("", first.err, "the training run prints nothing");
        List<Path> archives = awaitArchive(user);
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().matches("classes-[0-9]+\\.jsa"), archives.toString());
        Path area = archives.get(0).getParent();
        try (Stream<Path> left = Files.list(area)) {
            assertEquals(List.of(), left.filter(path -> path.getFileName().toString().startsWith(".")).toList(),
                    "no temporary archive, no training lock");
        }
        Result mapped = careplan(user, Map.of("LANG", "C.UTF-8", "CAREPLAN_CLASS_ARCHIVE", "", "CAREPLAN_VMARGS", "-Xshare:on"), "check",
                samples);
        assertEquals(0, mapped.exit, "the archive maps: " + mapped.out + mapped.err);
        assertEquals(first.out, mapped.out);
        assertEquals(archives, archives(user), "written once");

        // the installation changes (here: a line of its bundle list): a new area; the old one, with its archive, goes
        // once unused for an hour, and its log moves to the new one
        Path info = installed.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        String original = Files.readString(info, StandardCharsets.UTF_8);
        Files.writeString(area.resolve("1700000000000.log"), "!SESSION an earlier run\n", StandardCharsets.UTF_8);
        java.nio.file.attribute.FileTime earlier = java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        try (Stream<Path> files = Files.walk(area)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, earlier);
            }
        }
        try {
            Files.writeString(info, original + "#changed\n", StandardCharsets.UTF_8);
            Result changed = careplan(user, sharing, "check", samples);
            assertEquals(first.out, changed.out);
            assertFalse(Files.exists(area), "the installation's earlier area is removed");
            List<Path> now = awaitArchive(user);
            assertEquals(1, now.size(), now.toString());
            assertTrue(Files.isRegularFile(now.get(0).resolveSibling("1700000000000.log")), "the earlier log kept");
        } finally {
            Files.writeString(info, original, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aUserWhoseHomeHasAColonChecksWithoutAClassArchiveOfTheirOwn(@org.junit.jupiter.api.io.TempDir Path parent) throws Exception {
        // the JVM would read the ':' in -XX:SharedArchiveFile as the end of a base archive's name and share nothing at all
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib/server/classes.jsa")),
                "a Java runtime with its base class archive (a jlink image has none, and then nothing is shared)");
        Path user = Files.createDirectories(parent.resolve("home:x"));
        String samples = installed.resolve("samples").toString();

        Result first = careplan(user, Map.of("LANG", "C.UTF-8", "CAREPLAN_CLASS_ARCHIVE", ""), "check", samples);

        assertEquals(0, first.exit, first.out + first.err);
        assertTrue(Files.isDirectory(user.resolve(".cache/careplan")), "the user's command-line area is made as usual");
        // a training run takes its lock before the script starts the command: none now means none started
        assertFalse(inCache(user, ".training"), "no training run for an area whose path has a ':'");
        assertEquals(List.of(), archives(user));
        Result shared = careplan(user, Map.of("LANG", "C.UTF-8", "CAREPLAN_CLASS_ARCHIVE", "", "CAREPLAN_VMARGS", "-Xshare:on"),
                "check", samples);
        assertEquals(0, shared.exit, "the runtime's own base archive still maps: " + shared.err);
        assertEquals(first.out, shared.out);
    }

    @Test
    void anInstallationWhosePathHasAColonIsRefusedInOneLine(@org.junit.jupiter.api.io.TempDir Path parent) throws Exception {
        // Java splits a class path at ':': neither the launcher nor the command line could start from there
        Path linked = Files.createSymbolicLink(parent.resolve("care:plan"), installed);
        for (List<String> arguments : List.of(List.of("check", "."), List.of("--help"), List.<String>of())) {
            List<String> command = new ArrayList<>(List.of(linked.resolve("careplan").toString()));
            command.addAll(arguments);
            Result refused = run(root, Map.of("HOME", home.toString(), "LANG", "C.UTF-8", "CAREPLAN_VMARGS", ""), Duration.ofMinutes(1),
                    command.toArray(String[]::new));
            assertEquals(2, refused.exit, arguments + ": " + refused.out + refused.err);
            assertEquals("", refused.out);
            assertEquals("careplan: インストール先のパスに「:」があるため起動できません（Java がクラスパスをそこで区切ります）。「:」のないフォルダに移して"
                    + "ください: " + linked + " / careplan cannot start from a folder whose path contains ':' (Java splits its class "
                    + "path there): move it to a folder without one: " + linked + "\n", refused.err);
        }
    }

    /** Waits (at most two minutes) until no detached training run of the user's is writing, so the test's folders can go. */
    private static void awaitNoTraining(Path user) throws Exception {
        await("the training run of " + user + " ends", () -> !inCache(user, ".training"));
    }

    @org.junit.jupiter.api.AfterAll
    static void trainingRunsEnded() throws Exception {
        awaitNoTraining(home);
    }

    /** The user's class archives, once the training run has written one (at most two minutes). */
    private static List<Path> awaitArchive(Path user) throws Exception {
        await("a class archive is written in " + user, () -> !archives(user).isEmpty() && !inCache(user, ".training"));
        return archives(user);
    }

    /**
     * Whether a file of that name is in one of the user's command-line areas; also while one was going as the areas
     * were read (something is still changing).
     */
    private static boolean inCache(Path user, String name) {
        Path cache = user.resolve(".cache/careplan");
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(cache, 2)) {
            return files.anyMatch(path -> path.getFileName().toString().equals(name));
        } catch (IOException | java.io.UncheckedIOException changing) {
            return true;
        }
    }

    /** Waits until the named condition holds, at most two minutes. */
    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within two minutes: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** The scenario folders of an unpacked kit, in their order. */
    private static List<String> scenarios(Path kit) throws IOException {
        try (Stream<Path> folders = Files.list(kit)) {
            return folders.filter(Files::isDirectory).map(Path::toString).sorted().toList();
        }
    }

    private static List<String> with(String command, List<String> paths, String... options) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(options));
        args.addAll(paths);
        return args;
    }

    private static List<Path> archives(Path user) {
        Path cache = user.resolve(".cache/careplan");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(path -> path.getFileName().toString().matches("classes-[0-9]+\\.jsa")).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException changing) {
            return List.of(); // a temporary file went while the folder was read: not written yet
        }
    }

    /** Issue 8: what the product writes — files it is asked for, its caches and configuration — is the user's alone. */
    @Test
    void everythingTheProductWritesIsOwnerOnly(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path kit = folder.resolve("kit");
        Result generated = careplan(Map.of("LANG", "C.UTF-8"), "kit", "generate", kit.toString(), "--version", "3.2");
        assertEquals(0, generated.exit, generated.out + generated.err);
        List<Path> written = new ArrayList<>();
        // the folders the product makes: the kit asked for, its command line's cache, its workspace (when the
        // workbench ran); the test's own folders around them are not the product's
        for (Path root : List.of(kit, home.resolve(".cache/careplan"), home.resolve(".careplan"))) {
            if (Files.exists(root)) {
                try (java.util.stream.Stream<Path> files = Files.walk(root)) {
                    files.forEach(written::add);
                }
            }
        }
        assertTrue(written.stream().anyMatch(path -> path.toString().endsWith(".CSV")), "the kit's files");
        assertTrue(written.stream().anyMatch(path -> path.startsWith(home.resolve(".cache"))), "the command line's cache: " + written);
        for (Path path : written) {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(path,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            String text = java.nio.file.attribute.PosixFilePermissions.toString(permissions);
            assertEquals("------", text.substring(3), path + " is " + text);
        }
    }

    /** A bundle of data only, as a vendor or spec author would install it: the UI tests' draft layout, as UPDRAFT. */
    private static void writeDraftBundle(Path jar, String... headers) throws IOException {
        Path drafts = Path.of("..", "jp.careplan.ui.tests");
        String pluginXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
                + "  <extension point=\"jp.careplan.layout.layouts\">\n"
                + "    <layoutSet id=\"jp.careplan.ui.tests.draft\" csvVersion=\"202208\" validFrom=\"202301\" priority=\"0\"\n"
                + "        resource=\"layouts/draft.layout\"/>\n"
                + "    <layoutSet id=\"jp.careplan.ui.tests.draftRevision\" csvVersion=\"202704\" validFrom=\"202704\" priority=\"0\"\n"
                + "        resource=\"layouts/draft-revision.layout\"/>\n  </extension>\n</plugin>\n";
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("plugin.xml", pluginXml.getBytes(StandardCharsets.UTF_8));
        // the UI tests' draft, under a kind no bundle of the product has (第3表 itself is a bundle of it now)
        entries.put("layouts/draft.layout", Files.readString(drafts.resolve("layouts/draft.layout"), StandardCharsets.UTF_8)
                .replace("kind=\"UP3DRAFT\"", "kind=\"UPDRAFT\"").getBytes(StandardCharsets.UTF_8));
        entries.put("layouts/draft-revision.layout", Files.readAllBytes(drafts.resolve("layouts/draft-revision.layout")));
        entries.put("model/draft.ecore", Files.readAllBytes(drafts.resolve("model/draft.ecore")));
        List<String> all = new ArrayList<>(List.of("Require-Bundle", "jp.careplan.layout"));
        all.addAll(List.of(headers));
        writeBundle(jar, "jp.example.draft", entries, all.toArray(String[]::new));
    }

    /** A vendor's bundle jar, version 1.0.0: its manifest headers (name, value, …) and its entries. */
    private static void writeBundle(Path jar, String name, Map<String, byte[]> entries, String... headers) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name + ";singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        for (int i = 0; i < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new java.util.jar.JarEntry(entry.getKey()));
                out.write(entry.getValue());
            }
        }
    }

    @Test
    void aJavaOlderThan17IsRefusedFromItsReleaseFile(@org.junit.jupiter.api.io.TempDir Path jdk) throws Exception {
        // a runtime that would fail if it were started: the script must tell its version from the release file
        Path bin = Files.createDirectories(jdk.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nexit 99\n");
        java.toFile().setExecutable(true);
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Synthetic\"\nJAVA_VERSION=\"11.0.2\"\n");

        Result check = careplan(Map.of("DISPLAY", "", "LANG", "C", "JAVA_HOME", jdk.toString()), "check", ".");

        assertEquals(2, check.exit, check.err);
        assertTrue(check.err.contains("Java 11 is too old"), check.err);
    }

    @Test
    void theWorkbenchRefusesInOneLineWithoutADisplay() throws Exception {
        Result workbench = careplan(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""));
        assertEquals(2, workbench.exit);
        assertEquals(1, workbench.err.lines().count(), workbench.err);
        assertTrue(workbench.err.contains("no display"), workbench.err);
    }

    @Test
    void theWorkbenchOpensItsWindowOnTheDisplay() throws Exception {
        opensItsWindow();
    }

    /** The product without the 令和6年度 revision's bundles is the product of 3.2: its workbench starts all the same. */
    @Test
    void theWorkbenchOpensWithoutTheRevisionsBundles() throws Exception {
        Path info = installed.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        String original = Files.readString(info, StandardCharsets.UTF_8);
        try {
            String without = original.replaceAll("(?m)^jp\\.careplan\\.(spec\\.r6|tais|table3|table3\\.ui),.*\\n", "");
            assertEquals(4, original.split("\n").length - without.split("\n").length, "the four bundles of the revision");
            Files.writeString(info, without, StandardCharsets.UTF_8);
            opensItsWindow();
        } finally {
            Files.writeString(info, original, StandardCharsets.UTF_8);
        }
    }

    /**
     * Issue 8: what a killed workbench left in the journal (the bytes its editor would have saved, and the file's path)
     * is offered at the next start of the installed product, in a dialog of its own; killed again before an answer, the
     * journal is still there.
     */
    @Test
    void theJournalAKilledWorkbenchLeftIsOfferedAtTheNextStart(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path sample;
        try (Stream<Path> samples = Files.walk(installed.resolve("samples"))) {
            sample = samples.filter(path -> path.getFileName().toString().startsWith("UP1KYO_")).findFirst().orElseThrow();
        }
        Path file = Files.copy(sample, folder.resolve(sample.getFileName()));
        // where the workbench keeps it: the workspace's state of the ui bundle (made owner-only, as the product makes it)
        Path journal = home.resolve(".careplan/workspace/.metadata/.plugins/jp.careplan.ui/journal");
        java.nio.file.attribute.FileAttribute<?> ownerOnly = java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path made = home;
        for (String part : List.of(".careplan", "workspace", ".metadata", ".plugins", "jp.careplan.ui", "journal")) {
            made = made.resolve(part);
            if (!Files.exists(made)) {
                Files.createDirectory(made, ownerOnly);
            }
        }
        Files.write(journal.resolve("0123456789abcdef0123456789abcdef.bytes"), Files.readAllBytes(file));
        Files.writeString(journal.resolve("0123456789abcdef0123456789abcdef.path"), file.toString());
        for (String entry : List.of("0123456789abcdef0123456789abcdef.bytes", "0123456789abcdef0123456789abcdef.path")) {
            Files.setPosixFilePermissions(journal.resolve(entry), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        Process workbench = startWorkbench(root.resolve("workbench-recovery.out"));
        try {
            assertTrue(windowAppears(workbench, "Unsaved edits"), "the dialog \"Unsaved edits\" appeared; the workbench printed:\n"
                    + Files.readString(root.resolve("workbench-recovery.out")));
        } finally {
            workbench.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(journal.resolve("0123456789abcdef0123456789abcdef.bytes")), "killed before an answer: nothing lost");
        try (Stream<Path> entries = Files.list(journal)) {
            for (Path entry : entries.toList()) {
                Files.delete(entry);
            }
        }
    }

    private void opensItsWindow() throws Exception {
        String display = System.getenv("DISPLAY");
        assertTrue(display != null && !display.isBlank(), "this test opens the workbench: run it under a display (Xvfb)");
        Process workbench = startWorkbench(root.resolve("workbench.out"));
        try {
            boolean shown = windowAppears(workbench, "careplan workbench");
            assertTrue(shown, "the window \"careplan workbench\" appeared; the workbench printed:\n"
                    + Files.readString(root.resolve("workbench.out")));
            assertFalse(Files.readString(root.resolve("workbench.out")).contains("Registered provider"),
                    "SPI Fly, started by the workbench, logs warnings only");
            assertTrue(Files.isDirectory(home.resolve(".careplan/workspace/.metadata")),
                    "the workspace is created in the user's home");
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
                workbench.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** The installed product's workbench, started as a user starts it (in English), its output to a file. */
    /**
     * An installation the user cannot write (installed for every user of a PC): the workbench still starts, with a
     * configuration area of the user's own that reads the installation's as its shared parent. Run as another user
     * (nobody) when the tests run as root, who may write anywhere.
     */
    @Test
    void aReadOnlyInstallationStartsTheWorkbenchForAUserWhoCannotWriteIt() throws Exception {
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        java.nio.file.attribute.FileAttribute<?> open = java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path shared = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "careplan-shared", open);
        Path userHome = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "careplan-user", open);
        Process workbench = null;
        try {
            Path archive = Path.of(System.getProperty("careplan.archive"));
            assertEquals(0, run(shared, Map.of(), Duration.ofMinutes(2), "tar", "--warning=no-unknown-keyword", "-xzf",
                    archive.toString()).exit);
            assertEquals(0, run(shared, Map.of(), Duration.ofMinutes(1), "chmod", "-R", "a-w,a+rX", shared.toString()).exit);
            if (asRoot) {
                assertEquals(0, run(root, Map.of(), Duration.ofMinutes(1), "chown", "nobody", userHome.toString()).exit);
            }
            List<String> command = new ArrayList<>();
            if (asRoot) {
                command.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            command.addAll(List.of("env", "HOME=" + userHome, "LANG=en_US.UTF-8", "DISPLAY=" + System.getenv("DISPLAY"),
                    shared.resolve("careplan/careplan").toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(root.resolve("read-only-workbench.txt").toFile());
            for (String variable : List.of("XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "CAREPLAN_VMARGS")) {
                builder.environment().remove(variable);
            }
            workbench = builder.start();
            assertTrue(windowAppears(workbench, "careplan workbench"),
                    "the workbench's window: " + Files.readString(root.resolve("read-only-workbench.txt")));
            try (Stream<Path> areas = Files.list(userHome.resolve(".cache/careplan"))) {
                assertTrue(areas.anyMatch(area -> area.getFileName().toString().startsWith("workbench-")),
                        "a configuration area of the user's own");
            }
        } finally {
            if (workbench != null) {
                workbench.descendants().forEach(ProcessHandle::destroyForcibly);
                workbench.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
            run(root, Map.of(), Duration.ofMinutes(1), "chmod", "-R", "u+w", shared.toString());
            run(root, Map.of(), Duration.ofMinutes(1), "rm", "-rf", shared.toString(), userHome.toString());
        }
    }

    private static Process startWorkbench(Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(installed.resolve("careplan").toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.redirectErrorStream(true);
        builder.redirectOutput(output.toFile());
        return builder.start();
    }

    /** Whether a window whose title begins so appears on the display within a minute, while the process lives. */
    private static boolean windowAppears(Process process, String title) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            Result windows = run(root, Map.of(), Duration.ofSeconds(10), "xwininfo", "-root", "-tree");
            if (windows.out.contains("\"" + title)) {
                return true;
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        return false;
    }

    private static Result careplan(Map<String, String> env, String... args) throws Exception {
        return careplan(home, env, args);
    }

    /** The installed product's script for a user whose home is {@code home}. */
    private static Result careplan(Path home, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(installed.resolve("careplan").toString());
        command.addAll(List.of(args));
        Map<String, String> withHome = new HashMap<>(env);
        withHome.put("HOME", home.toString());
        // what the machine running the tests may have set must not change what is checked here
        for (String variable : List.of("XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "CAREPLAN_VMARGS")) {
            withHome.putIfAbsent(variable, "");
        }
        // no detached training runs racing with the tests' folders, but in the test of the class archive itself
        withHome.putIfAbsent("CAREPLAN_CLASS_ARCHIVE", "off");
        return run(root, withHome, Duration.ofMinutes(2), command.toArray(String[]::new));
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path directory, Map<String, String> env, Duration timeout, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        env.forEach((key, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + timeout);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
