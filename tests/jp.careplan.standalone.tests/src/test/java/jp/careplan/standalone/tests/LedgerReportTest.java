/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.csv.Ledger;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.pdf.JapaneseFonts;
import jp.careplan.pdf.LedgerReport;

/**
 * Issue 8's report for an inspector: a month of a generated ledger rendered as PDF and read back with PDFBox — A4
 * landscape, the Japanese font embedded, the summary and the verification, every entry of the month and none of
 * another, the column header on every page, "page n of m"; a changed ledger's report names the finding; no font, a
 * clear error.
 */
class LedgerReportTest {

    @TempDir
    Path dir;
    private Ledger ledger;
    private List<GeneratedFile> march;
    private List<GeneratedFile> april;

    @BeforeEach
    void writeTwoMonthsOfEvidence() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exchange"));
        march = new SyntheticExchange(81, Layouts.v3()).writeMonth(folder, YearMonth.of(2025, 3), false);
        april = new SyntheticExchange(82, Layouts.v3()).writeMonth(Files.createDirectories(dir.resolve("april")), YearMonth.of(2025, 4),
                false);
        ledger = Ledger.at(dir.resolve("exchange.careplan-ledger.tsv"), dir.resolve("home/head"));
        Ledger.Action[] actions = Ledger.Action.values();
        // enough entries for several pages: each file of March recorded under every action
        for (Ledger.Action action : actions) {
            for (GeneratedFile file : march) {
                ledger.append(action, file.path(), Ledger.keysOf(CareplanResource.read(file.path(), Layouts.registry())));
            }
        }
        for (GeneratedFile file : april) {
            ledger.append(Ledger.Action.IMPORT, file.path(), Ledger.keysOf(CareplanResource.read(file.path(), Layouts.registry())));
        }
    }

    @AfterEach
    void noChosenFont() {
        System.clearProperty(JapaneseFonts.PROPERTY);
    }

    @Test
    void aMonthIsReportedInFullWithItsVerification() throws Exception {
        Path target = dir.resolve("report.pdf");
        new LedgerReport(ledger, "202503", Locale.JAPANESE).write(target);
        if (System.getProperty("careplan.report.copy") != null) {
            Files.copy(target, Path.of(System.getProperty("careplan.report.copy")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            int pages = document.getNumberOfPages();
            // the service month's files (their records' month), not 第1表 and 第2表, which have none
            List<GeneratedFile> ofMarch = march.stream().filter(file -> file.name().contains("_202503_")).toList();
            int entries = ofMarch.size() * Ledger.Action.values().length;
            assertTrue(pages >= 2, "pages: " + pages + " for " + entries + " entries");
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 0.5f, "A4 landscape");
                assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 0.5f, "A4 landscape");
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("証跡台帳 報告書"), all);
            assertTrue(all.contains("対象年月: 2025-03"));
            assertTrue(all.contains("検証: 台帳は完全です"), "the verification is on the first page");
            assertTrue(all.contains("取込 " + ofMarch.size() + " 件・出力 " + ofMarch.size() + " 件"), "counts per action");
            assertTrue(all.contains("変換 " + ofMarch.size() + " 件・作成 " + ofMarch.size() + " 件"), "creations counted too");
            assertTrue(all.contains(ledger.entries().get(ledger.entries().size() - 1).hash()), "the last entry's hash ties it to the ledger");
            for (GeneratedFile file : ofMarch) {
                assertTrue(all.contains(file.name()), file.name());
            }
            assertTrue(ofMarch.size() < march.size() && ofMarch.size() > 4, "March has files with and without a month");
            for (GeneratedFile file : april) {
                assertFalse(all.contains(file.name()), "April's " + file.name() + " is not in March's report");
            }
            Ledger.Entry first = ledger.entries().stream().filter(entry -> entry.file().equals(ofMarch.get(0).name())).findFirst()
                    .orElseThrow();
            assertTrue(all.contains(first.sha256()), "the SHA-256 in full");
            assertTrue(all.contains(first.keys().get(0)), "the records' keys");
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("ファイルの SHA-256") && text.contains("送信単位"), "the column header on page " + page);
                assertTrue(text.contains(page + " / " + pages + " ページ"), "page " + page + " of " + pages);
            }
        }
    }

    /** The month the actions were taken in has them all, 第1表 and 第2表 too (the ledger's times are of this run). */
    @Test
    void theMonthOfTheActionsHasThemAll() throws Exception {
        String now = java.time.YearMonth.now().toString().replace("-", "");
        try (PDDocument document = Loader.loadPDF(new LedgerReport(ledger, now, Locale.JAPANESE).render())) {
            String all = new PDFTextStripper().getText(document);
            for (GeneratedFile file : march) {
                assertTrue(all.contains(file.name()), file.name());
            }
            assertTrue(all.contains("台帳の記録 " + ledger.entries().size() + " 件のうち、この月に関わる記録（日時または記録の対象年月）は "
                    + ledger.entries().size() + " 件です"), all);
        }
    }

    @Test
    void theReportOfAChangedLedgerNamesWhatWasChanged() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(ledger.file(), StandardCharsets.UTF_8));
        lines.set(2, lines.get(2).replace("\tIMPORT\t", "\tEXPORT\t"));
        Files.writeString(ledger.file(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        byte[] pdf = new LedgerReport(ledger, "202503", Locale.ENGLISH).render();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("the ledger was changed after it was written — 1 finding(s)"), text);
            assertTrue(text.contains("line 3: entry 3 was edited"), text);
            assertFalse(text.contains("the ledger is whole"));
        }
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Read where the user's own record of its last entry is not (another user or computer, an inspector's copy), a
     * ledger whose last entries were cut away is not called whole: its end cannot be vouched for, and the report says so.
     * With that record, the same cut is found.
     */
    @Test
    void withoutTheUsersRecordOfItsEndAReportDoesNotVouchForIt() throws Exception {
        List<String> lines = Files.readAllLines(ledger.file(), StandardCharsets.UTF_8);
        Files.writeString(ledger.file(), String.join("\n", lines.subList(0, lines.size() - 3)) + "\n", StandardCharsets.UTF_8);
        Ledger elsewhere = Ledger.at(ledger.file(), dir.resolve("another-user/head"));

        String there = textOf(new LedgerReport(elsewhere, "202503", Locale.ENGLISH).render());
        String here = textOf(new LedgerReport(ledger, "202503", Locale.ENGLISH).render());

        assertFalse(elsewhere.endKnown());
        assertTrue(elsewhere.verify().isEmpty(), "nothing in the ledger itself shows the cut");
        assertFalse(there.contains("the ledger is whole"), there);
        assertTrue(there.replaceAll("\\s+", " ").contains("whether entries were removed from its end cannot be checked"), there);
        assertTrue(ledger.endKnown());
        assertTrue(here.contains("the ledger ends before entry"), "the user's own record finds the cut: " + here);
    }

    @Test
    void aMonthWithoutEntriesSaysSo() throws Exception {
        try (PDDocument document = Loader.loadPDF(new LedgerReport(ledger, "202409", Locale.JAPANESE).render())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("この月に関わる記録はありません"));
        }
    }

    @Test
    void withoutAFontTheErrorSaysWhatToInstall() throws Exception {
        System.setProperty(JapaneseFonts.PROPERTY, dir.resolve("no-such-font.ttf").toString());
        List<Path> candidates = JapaneseFonts.candidates();
        assertEquals(dir.resolve("no-such-font.ttf"), candidates.get(0), "the chosen font is tried first");
        // a file that is no font is passed over, not fatal
        Path notAFont = Files.writeString(dir.resolve("not-a-font.ttf"), "not a font");
        System.setProperty(JapaneseFonts.PROPERTY, notAFont.toString());
        try (PDDocument document = Loader.loadPDF(new LedgerReport(ledger, "202503", Locale.JAPANESE).render())) {
            assertTrue(document.getNumberOfPages() > 0, "the next candidate was used");
        }
        // with only that file to try (no system fonts on this list), the error names the package and the property
        JapaneseFonts.NoFontException none = assertThrows(JapaneseFonts.NoFontException.class,
                () -> JapaneseFonts.loadFrom(new PDDocument(), List.of(notAFont)));
        assertTrue(none.getMessage().contains("fonts-ipafont-gothic") && none.getMessage().contains(JapaneseFonts.PROPERTY),
                none.getMessage());
    }

    @Test
    void aMonthIsYYYYMM() {
        assertThrows(IllegalArgumentException.class, () -> new LedgerReport(ledger, "2025-03", Locale.JAPANESE));
        assertThrows(IllegalArgumentException.class, () -> new LedgerReport(ledger, "202513", Locale.JAPANESE));
    }
}
