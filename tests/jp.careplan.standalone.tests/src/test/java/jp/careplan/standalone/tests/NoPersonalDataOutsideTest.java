/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.CsvProblem;
import jp.careplan.csv.ExchangeImport;
import jp.careplan.csv.FileConversion;
import jp.careplan.csv.FileNames;
import jp.careplan.csv.Ledger;
import jp.careplan.csv.SpreadsheetCopy;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.validation.ExchangeCheck;
import jp.careplan.validation.UnitExport;

/**
 * Issue 8's marker test: every free-text item of a generated month carries a marker of its own; the files are
 * imported, validated, edited and saved, exported as a send unit, converted to 4.1, copied for a spreadsheet, a broken
 * file is read (a forced error), and every action is put in the ledger, whose month is rendered as the inspector's PDF
 * report. Then everything the product produced outside
 * the user's own files — every message in both languages, everything printed, the report's text, the ledger and its head, any file it
 * left in the temporary folder — is searched for the markers: none is found. The markers are in the user's files, as
 * they must be (the search would find them).
 */
class NoPersonalDataOutsideTest {

    private static final Charset MS932 = Charset.forName("windows-31j");

    @Test
    void noMarkerLeavesTheUsersFiles(@TempDir Path dir) throws Exception {
        Instant started = Instant.now();
        LayoutRegistry registry = SpecR6Test.registry();
        Path received = Files.createDirectories(dir.resolve("received"));
        List<GeneratedFile> month = new SyntheticExchange(404, Layouts.v3()).writeMonth(received, YearMonth.of(2025, 3), false);
        List<String> markers = new ArrayList<>();
        for (GeneratedFile file : month) {
            jp.careplan.fixtures.Markers.seed(file.path(), registry, markers);
        }
        assertTrue(markers.size() > 30, "markers: " + markers.size());

        List<String> produced = new ArrayList<>(); // every text the product produced for people to read
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        Path exchange = Files.createDirectories(dir.resolve("exchange"));
        Ledger ledger = Ledger.at(dir.resolve("exchange.careplan-ledger.tsv"), dir.resolve("home/.careplan/ledger-heads/exchange.head"));
        try {
            // import
            ExchangeImport importer = new ExchangeImport(FileNames.of(registry));
            for (Path imported : importer.run(importer.plan(month.stream().map(GeneratedFile::path).toList(), exchange), exchange, () -> false)) {
                ledger.append(Ledger.Action.IMPORT, imported, Ledger.keysOf(CareplanResource.read(imported, registry)));
            }
            // validation
            List<Path> files;
            try (Stream<Path> listed = Files.list(exchange)) {
                files = listed.sorted().toList();
            }
            collect(new ExchangeCheck(registry, ConformanceKitTest.rules()).check(files).problems(), produced);
            // editing and saving
            Path plan = files.stream().filter(path -> path.getFileName().toString().startsWith("UP2KYO_")).findFirst().orElseThrow();
            CareplanResource edited = CareplanResource.read(plan, registry);
            Record record = edited.document().getRecords().get(0);
            String marker = "ZQXEDIT" + markers.size();
            markers.add(marker);
            record.eSet(record.eClass().getEStructuralFeature("issue"), marker);
            edited.save(Map.of(CareplanResource.OPTION_LAYOUTS, registry));
            ledger.append(Ledger.Action.SAVE, plan, Ledger.keysOf(edited));
            // export of a send unit
            String serial = month.stream().filter(f -> f.kind().equals("UPPLAN")).findFirst().orElseThrow().serial();
            List<Path> unit = files.stream().filter(path -> path.getFileName().toString().contains("_" + serial)).toList();
            UnitExport export = new UnitExport(registry, ConformanceKitTest.rules());
            UnitExport.Prepared prepared = export.prepare(unit, new UnitExport.Addressing("1370000009", null, "1370000008", null,
                    "20250301120000"));
            collect(prepared.problems(), produced);
            for (Path sent : export.write(prepared, Files.createDirectories(dir.resolve("outbox")), true)) {
                ledger.append(Ledger.Action.EXPORT, sent, List.of());
            }
            // conversion to 4.1
            FileConversion conversion = new FileConversion(registry);
            for (Path file : files) {
                FileConversion.Outcome outcome = conversion.convert(file, new FileConversion.Options("4.1", true, "43", "11", false),
                        Files.createDirectories(dir.resolve("converted")));
                produced.add(outcome.toString());
                collect(outcome.preflight(), produced);
                if (outcome.done()) {
                    ledger.append(Ledger.Action.CONVERT, dir.resolve("converted").resolve(outcome.written()), List.of());
                }
            }
            // the copy for a spreadsheet (the user's own file)
            SpreadsheetCopy.write(plan, Files.createDirectories(dir.resolve("sheets")), registry);
            // a forced error: a file broken where a marker is (an unclosed quote, a marker in a number, a byte MS932 lacks)
            FileLayout layout = registry.resolve("UPPLAN", "202208", "202503").layout();
            String broken = "202208,131016,1234567890,20250301,202503,1234567890,\"ZQXBROKEN1,ZQXBROKEN2,";
            markers.add("ZQXBROKEN1");
            markers.add("ZQXBROKEN2");
            markers.add("ZQXNUMBER");
            Path bad = Files.createDirectories(dir.resolve("bad")).resolve("UPPLAN_202503_1370000009_1370000008_20250301130000.CSV");
            Files.write(bad, (broken + "\r\n202208,131016,1234567890,20250301,202503,1234567890,\"x\",ZQXNUMBER,,,,,,,,,,,,,,\r\n")
                    .getBytes(MS932));
            collect(CareplanResource.read(bad, registry).problems(), produced);
            collect(new ExchangeCheck(registry, ConformanceKitTest.rules()).check(List.of(bad)).problems(), produced);
            assertTrue(layout.getColumns().size() > 8);
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        produced.add(printed.toString(StandardCharsets.UTF_8));
        // the inspector's report of the month, as PDF: its text is one more thing the product wrote for people to read
        byte[] report = new jp.careplan.pdf.LedgerReport(ledger, "202503", java.util.Locale.JAPANESE).render();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(report)) {
            String reportText = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(reportText.contains("UPPLAN_") && reportText.contains("UPJSK_"), "the report lists the month's files");
            produced.add(reportText);
        }

        // what the product wrote outside the user's own files: the ledger and its head, anything left in the temp folder
        List<Path> outside = new ArrayList<>(List.of(ledger.file()));
        try (Stream<Path> home = Files.walk(dir.resolve("home"))) {
            home.filter(Files::isRegularFile).forEach(outside::add);
        }
        try (Stream<Path> temp = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 3)) {
            temp.filter(path -> !path.startsWith(dir)).filter(Files::isRegularFile).filter(Files::isReadable)
                    .filter(path -> newer(path, started)).forEach(outside::add);
        }
        List<String> found = new ArrayList<>();
        for (String text : produced) {
            markers.stream().filter(text::contains).forEach(m -> found.add(m + " in a message"));
        }
        for (Path path : outside) {
            byte[] bytes = Files.readAllBytes(path);
            String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
            String asMs932 = new String(bytes, MS932);
            markers.stream().filter(m -> asUtf8.contains(m) || asMs932.contains(m)).forEach(m -> found.add(m + " in " + path));
        }
        assertEquals(List.of(), found);
        assertTrue(produced.size() > 10, "messages were produced: " + produced.size());
        // the same search finds the markers where they belong: in the user's files
        long inUsersFiles = 0;
        try (Stream<Path> users = Files.list(dir.resolve("exchange"))) {
            for (Path path : users.toList()) {
                String text = new String(Files.readAllBytes(path), MS932);
                inUsersFiles += markers.stream().filter(text::contains).count();
            }
        }
        // all but the three of the broken file (elsewhere) and the one the edit replaced
        assertEquals(markers.size() - 4, inUsersFiles, "markers in the user's files: " + inUsersFiles + " of " + markers.size());
        assertTrue(new String(Files.readAllBytes(plan(dir.resolve("exchange"))), MS932).contains("ZQXEDIT"), "the edit is saved");
    }

    private static void collect(List<CsvProblem> problems, List<String> produced) {
        for (CsvProblem problem : problems) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                produced.add(problem.getMessage(locale));
            }
            produced.add(problem.toString());
        }
    }

    private static boolean newer(Path path, Instant since) {
        try {
            return Files.getLastModifiedTime(path).compareTo(FileTime.from(since)) >= 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Path plan(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith("UP2KYO_")).findFirst().orElseThrow();
        }
    }
}
