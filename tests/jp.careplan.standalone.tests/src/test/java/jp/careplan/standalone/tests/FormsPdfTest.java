/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.careplan.csv.CareplanResource;
import jp.careplan.kit.GeneratedFile;
import jp.careplan.kit.SyntheticExchange;
import jp.careplan.kit.SyntheticRecords;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.schedule.ServiceCalendar;
import jp.careplan.pdf.FormsPdf;

/**
 * Issue 9's forms: every kind rendered from generated data — 第1表, 第2表, 第3表 (with the 4.1 bundles), 第6表 予定 and 実績,
 * 第7表 — read back as text (the item names as the layouts write them, a user's values from the file and from the
 * 利用者補足情報, the 第6表 and 第7表 totals), a 31-day month with many services over several pages with the header on
 * each, and every page turned into an image by pdftoppm (Debian's poppler-utils), as a person would see it.
 * {@code -Dcareplan.forms.images=DIR} writes one page per kind there (the images in docs/).
 */
class FormsPdfTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @TempDir
    Path dir;
    private LayoutRegistry registry;
    private Path folder;
    private List<GeneratedFile> month;

    @BeforeEach
    void writeAMonth() throws Exception {
        registry = SpecR6Test.registry();
        registry.register(Table3Test.table3());
        folder = Files.createDirectories(dir.resolve("exchange"));
        month = new SyntheticExchange(91, Layouts.v3()).writeMonth(folder, MARCH, false);
    }

    private GeneratedFile file(String kind) {
        return month.stream().filter(file -> file.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    private String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    private static String value(Record record, String feature) {
        Object value = record.eGet(record.eClass().getEStructuralFeature(feature));
        return value == null ? "" : value.toString();
    }

    @Test
    void everyKindOfTheMonthIsItsForm() throws Exception {
        List<Path> files = new ArrayList<>(month.stream().map(GeneratedFile::path).toList());
        FormsPdf.Rendered rendered = new FormsPdf(registry, Locale.JAPANESE).render(files);
        assertEquals(files, rendered.rendered(), "every file of the standard rendered");
        String all = text(rendered.pdf());
        for (String title : List.of("第１表居宅サービス計画書（１）", "第２表居宅サービス計画書（２）", "第６表サービス利用票（兼居宅（介護予防）サービス計画）",
                "第６表サービス提供票（実績）", "第７表サービス利用票別表")) {
            assertTrue(all.contains(title), title);
        }
        // 第1表: the standard's item names, the plan's values, the user's name from the 利用者補足情報 of the unit
        Record plan1 = CareplanResource.read(file("UP1KYO").path(), registry).document().getRecords().get(0);
        for (String name : List.of("総合的な援助の方針", "介護認定審査会の意見及びサービスの種類の指定", "居宅サービス計画作成者氏名", "要介護状態区分")) {
            assertTrue(all.contains(name), name);
        }
        assertTrue(all.contains(squeezed(value(plan1, "plannerName"))), "the planner's name");
        assertTrue(all.contains(squeezed(value(plan1, "overallPolicy"))), "総合的な援助の方針 in full");
        Optional<Record> user = CareplanResource.read(file("UPHOSOKU").path(), registry).document().getRecords().stream()
                .filter(r -> value(r, "insuredNumber").equals(value(plan1, "insuredNumber"))).findFirst();
        user.ifPresent(u -> assertTrue(all.contains(squeezed(value(u, "userName"))), "the user's name from the 利用者補足情報"));
        // 第2表: its columns as the standard names them, and a 課題
        Record plan2 = CareplanResource.read(file("UP2KYO").path(), registry).document().getRecords().get(0);
        for (String name : List.of("長期目標", "短期目標", "サービス内容", "頻度")) {
            assertTrue(all.contains(name), name);
        }
        assertTrue(all.contains(squeezed(value(plan2, "issue"))), "the 課題");
        // 第6表: the calendar's total; 第7表: the total row's amount
        CareplanResource schedule = CareplanResource.read(file("UPPLAN").path(), registry);
        ServiceCalendar calendar = ServiceCalendar.of(schedule.document().getRecords(), Optional.of(MARCH));
        assertTrue(all.contains("提供時間帯") && all.contains("合計回数") && all.contains("日ごとの合計"));
        assertTrue(all.contains(calendar.lines().get(0).providerName().replaceAll("\\s+", "")), "a provider's name");
        CareplanResource annex = CareplanResource.read(file("UPSIKYU").path(), registry);
        Record total = annex.document().getRecords().stream().filter(r -> r instanceof ServiceUseAnnexRow row
                && row.getRowType() == AnnexRowType.GRAND_TOTAL).findFirst().orElseThrow();
        assertTrue(all.contains("合計" + value(total, "providerCode")) || all.contains(value(total, "serviceUnitsAmount")),
                "the 第7表 total row");
        assertTrue(all.contains("区分支給限度基準内単位数") && all.contains("利用者負担（全額負担分）"), "the 第7表 columns as named");
        pagesAsImages(rendered.pdf(), rendered.pages(), "month", false);
        // one page per kind, as the README shows them
        if (System.getProperty("careplan.forms.images") != null) {
            for (String kind : List.of("UP1KYO", "UP2KYO", "UPJSK", "UPSIKYU")) {
                FormsPdf.Rendered one = new FormsPdf(registry, Locale.JAPANESE).render(List.of(file(kind).path(), file("UPHOSOKU").path()));
                pagesAsImages(one.pdf(), one.pages(), kind, true);
            }
        }
    }

    /**
     * 第1表's texts of every length: wherever a box lands on the page (also a short one in the last few points), the
     * form is drawn, and a text longer than a page goes on over the next pages whole.
     */
    @Test
    void textsOfAnyLengthLandAnywhereAndAreNeverCut() throws Exception {
        CareplanResource resource = CareplanResource.read(file("UP1KYO").path(), registry);
        Record plan = resource.document().getRecords().get(0);
        resource.document().getRecords().retainAll(List.of(plan));
        FormsPdf forms = new FormsPdf(registry, Locale.JAPANESE);
        for (int n = 0; n <= 120; n += 3) {
            plan.eSet(plan.eClass().getEStructuralFeature("needsAnalysis"), "課題分析".repeat(n * 8) + "終");
            plan.eSet(plan.eClass().getEStructuralFeature("otherReason"), n % 2 == 0 ? "" : "理由");
            FormsPdf.Rendered rendered = forms.renderResources(List.of(resource), List.of());
            String text = text(rendered.pdf());
            // over pages, the text is interrupted by a footer and the next page's heading: count its pieces
            int pieces = (text.length() - text.replace("課題分析", "").length()) / "課題分析".length();
            assertEquals(n * 8, pieces - occurrences(text, "課題分析の結果"), "the whole text at " + n); // the label holds one too
            assertTrue(text.contains("終"), "its end at " + n);
            assertTrue(text.contains("その他理由"), "the last box at " + n);
        }
    }

    private static int occurrences(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    /** A 31-day month with many services for one user: several pages, the calendar's header on each. */
    @Test
    void aLongMonthRunsOverPagesWithItsHeaderOnEach() throws Exception {
        FileLayout layout = Layouts.layout("UPPLAN");
        GeneratedFile base = file("UPPLAN");
        CareplanResource template = CareplanResource.read(base.path(), registry);
        Record first = template.document().getRecords().get(0);
        byte[] bytes = new SyntheticRecords(17).file(layout, MARCH, 120, Map.of(2, value(first, "insurerNumber"), 3,
                value(first, "insuredNumber")));
        Path many = Files.write(folder.resolve(base.name().replace("_2025", "_2025").replaceFirst("\\d{14}\\.CSV$", "20250228235959.CSV")),
                bytes);
        FormsPdf.Rendered rendered = new FormsPdf(registry, Locale.JAPANESE).render(List.of(many));
        assertEquals(List.of(many), rendered.rendered());
        CareplanResource resource = CareplanResource.read(many, registry);
        ServiceCalendar calendar = ServiceCalendar.of(resource.document().getRecords(), Optional.of(MARCH));
        assertTrue(calendar.lines().size() > 40, "lines: " + calendar.lines().size());
        assertTrue(rendered.pages() >= 2, "pages: " + rendered.pages());
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            for (int page = 1; page <= rendered.pages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeezed(stripper.getText(document));
                assertTrue(text.contains("提供時間帯") && text.contains("合計回数"), "the header on page " + page);
                assertTrue(text.contains("31") && text.contains("月") && text.contains("日"), "days and weekdays on page " + page);
                assertTrue(text.contains(page + "/" + rendered.pages()), "page " + page + " of " + rendered.pages());
            }
            String last = squeezed(new PDFTextStripper().getText(document));
            assertTrue(last.contains("日ごとの合計"), "the day totals after the last line");
            for (PDPage page : document.getPages()) {
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "A4 landscape");
            }
        }
        assertTrue(text(rendered.pdf()).contains(Integer.toString(calendar.total())), "the month's total count");
        pagesAsImages(rendered.pdf(), rendered.pages(), "UPPLAN", true); // 第6表 in the README: a full month
    }

    /** 第3表 comes with the 4.1 bundle jp.careplan.table3: its weekly grid, by the names of its layout. */
    @Test
    void theWeeklyPlanOfThe41Bundles() throws Exception {
        FileLayout weekly = Table3Test.table3().getFileLayouts().get(0);
        byte[] bytes = new SyntheticRecords(23).file(weekly, YearMonth.of(2025, 4), 8);
        Path file = Files.write(folder.resolve("UP3KYO_1234567890_43_2345678901_17_20250401090000.CSV"), bytes);
        CareplanResource resource = CareplanResource.read(file, registry);
        assertTrue(resource.isComplete(), "a 第3表 file the 4.1 layouts read");
        FormsPdf.Rendered rendered = new FormsPdf(registry, Locale.JAPANESE).render(List.of(file));
        String text = text(rendered.pdf());
        assertTrue(text.contains("第３表週間サービス計画表"), text);
        assertTrue(text.contains("週単位以外のサービス") && text.contains("主な日常生活上の活動"), "the items as the layout names them");
        assertTrue(text.contains("月") && text.contains("日") && text.contains("12:00"), "weekdays and hours");
        Record first = resource.document().getRecords().get(0);
        String nonWeekly = squeezed(value(first, "nonWeeklyService"));
        assertTrue(nonWeekly.isEmpty() || text.contains(nonWeekly.substring(0, Math.min(6, nonWeekly.length()))), "週単位以外のサービス");
        pagesAsImages(rendered.pdf(), rendered.pages(), "UP3KYO", true);
    }

    @Test
    void inEnglishTheTitlesAreEnglishAndTheItemNamesTheStandards() throws Exception {
        FormsPdf.Rendered rendered = new FormsPdf(registry, Locale.ENGLISH).render(List.of(file("UPSIKYU").path()));
        String text = text(rendered.pdf());
        assertTrue(text.contains("Serviceuseslipannex"), text);
        assertTrue(text.contains("サービス単位金額"), "item names as the standard writes them");
    }

    @Test
    void aFileTheReaderRefusesIsLeftOutNotHalfPrinted() throws Exception {
        Path broken = Files.writeString(folder.resolve("UPPLAN_202503_1370000009_1370000008_20250301130000.CSV"), "202208,\"open\r\n");
        FormsPdf.Rendered rendered = new FormsPdf(registry, Locale.JAPANESE).render(List.of(broken, file("UP2KYO").path()));
        assertEquals(List.of(broken), rendered.skipped());
        assertEquals(List.of(file("UP2KYO").path()), rendered.rendered());
    }

    /** pdftoppm turns every page into an image with ink on it; with the property set, the first page is kept. */
    private void pagesAsImages(byte[] pdf, int pages, String name, boolean shown) throws Exception {
        Path source = Files.write(dir.resolve(name + ".pdf"), pdf);
        Path images = Files.createDirectories(dir.resolve(name + "-images"));
        Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-png", source.toString(), images.resolve("page").toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, new String(process.getInputStream().readAllBytes()));
        List<Path> pngs;
        try (Stream<Path> listed = Files.list(images)) {
            pngs = listed.sorted().toList();
        }
        assertEquals(pages, pngs.size(), "one image per page");
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    if ((image.getRGB(x, y) & 0xff) < 100) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 200, png + " has ink: " + dark);
        }
        String keep = System.getProperty("careplan.forms.images");
        if (shown && keep != null && !keep.isBlank()) {
            Process big = new ProcessBuilder("pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", source.toString(),
                    Path.of(keep).resolve("forms-" + name).toString()).redirectErrorStream(true).start();
            assertTrue(big.waitFor(120, TimeUnit.SECONDS) && big.exitValue() == 0);
        }
    }

    private List<CareplanResource> read(Path... files) throws Exception {
        List<CareplanResource> resources = new ArrayList<>();
        for (Path file : files) {
            resources.add(CareplanResource.read(file, registry));
        }
        return resources;
    }

    /**
     * A copy of the month's 利用者補足情報 (対象年月 {@code targetMonth}) under a later ファイル連番, every user named {@code name}:
     * another send unit's, of the same month or another.
     */
    private Path supplementCopy(String targetMonth, String serial, String name) throws Exception {
        GeneratedFile own = month.stream().filter(file -> file.kind().equals("UPHOSOKU") && "202503".equals(file.month())).findFirst()
                .orElseThrow();
        CareplanResource copy = CareplanResource.read(own.path(), registry);
        for (Record record : copy.document().getRecords()) {
            record.eSet(record.eClass().getEStructuralFeature("targetMonth"), targetMonth);
            record.eSet(record.eClass().getEStructuralFeature("userName"), name);
        }
        String ownName = own.path().getFileName().toString();
        String copyName = ownName.replace("_202503_", "_" + targetMonth + "_").substring(0, ownName.length() - "YYYYMMDDHHMMSS.CSV".length())
                + serial + ".CSV";
        return Files.write(own.path().resolveSibling(copyName), copy.toBytes(Map.of(CareplanResource.OPTION_LAYOUTS, registry)));
    }

    /**
     * A form shows the 利用者補足情報 of its own send unit, else the newest sent for its month, never one of another month
     * (before, the last one read of the user, from any unit, named the user on every form).
     */
    @Test
    void eachFormShowsTheSupplementOfItsOwnUnitOrMonth() throws Exception {
        GeneratedFile plan = month.stream().filter(file -> file.kind().equals("UPPLAN") && "202503".equals(file.month())).findFirst()
                .orElseThrow();
        GeneratedFile own = month.stream().filter(file -> file.kind().equals("UPHOSOKU") && "202503".equals(file.month())
                && file.serial().equals(plan.serial())).findFirst().orElseThrow();
        String insured = value(CareplanResource.read(plan.path(), registry).document().getRecords().get(0), "insuredNumber");
        String ownName = squeezed(CareplanResource.read(own.path(), registry).document().getRecords().stream()
                .filter(r -> value(r, "insuredNumber").equals(insured)).map(r -> value(r, "userName")).findFirst().orElseThrow());
        Path other = supplementCopy("202502", "20250330090000", "別月　太郎");
        Path later = supplementCopy("202503", "20250328090000", "後便　花子");
        FormsPdf forms = new FormsPdf(registry, Locale.JAPANESE);
        List<CareplanResource> shown = List.of(CareplanResource.read(plan.path(), registry));

        String withOwn = text(forms.renderResources(shown, read(own.path(), later, other)).pdf());
        String withLater = text(forms.renderResources(shown, read(other, later)).pdf());
        String withOther = text(forms.renderResources(shown, read(other)).pdf());

        String calendarOf = "被保険者番号:" + insured + "利用者名:";
        assertTrue(withOwn.contains(calendarOf + ownName), "its own unit's, though a later one of the month was given");
        assertTrue(withLater.contains(calendarOf + "後便花子"), "without its unit's, the newest of its month");
        assertTrue(withOther.contains("被保険者番号:" + insured) && !withOther.contains(calendarOf),
                "never another month's: the 被保険者番号 only");
    }
}
