/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese font embedded in every PDF the product writes, chosen by a documented fallback list. Only the glyphs
 * used are embedded (a subset), and only from a font whose licence allows embedding: PDFBox refuses a font whose
 * OS/2 {@code fsType} forbids it, and the next candidate is tried.
 * <ol>
 * <li>the file named by the system property {@code careplan.pdf.font} or the environment variable
 * {@code CAREPLAN_PDF_FONT} (a TrueType {@code .ttf}, or a collection {@code .ttc} whose first font is used);</li>
 * <li>Linux, from Debian's packages: IPAex Gothic ({@code fonts-ipaexfont-gothic}), IPA Gothic
 * ({@code fonts-ipafont-gothic}, what the project's CI installs), the {@code fonts-japanese-gothic} alternative,
 * VL Gothic ({@code fonts-vlgothic}), Takao Gothic ({@code fonts-takao-gothic}) — the IPA fonts' licence allows
 * embedding;</li>
 * <li>Windows, the system's: Yu Gothic, MS Gothic, Meiryo (under {@code %WINDIR%\Fonts});</li>
 * <li>macOS, the system's: Arial Unicode, Hiragino Sans (used only when its outlines are TrueType: PDFBox embeds no
 * CFF outlines).</li>
 * </ol>
 */
public final class JapaneseFonts {

    /** The system property naming a font file to use first. */
    public static final String PROPERTY = "careplan.pdf.font";

    private JapaneseFonts() {
    }

    /** No candidate could be loaded; the message says what to install or set (in English and Japanese). */
    public static final class NoFontException extends IOException {
        private static final long serialVersionUID = 1L;

        NoFontException(List<Path> tried) {
            super("no Japanese font that allows embedding was found (tried " + tried.size() + " places); install Debian's "
                    + "fonts-ipafont-gothic or set -D" + PROPERTY + "=FILE.ttf / 埋め込みを許す日本語フォントが見つかりません。"
                    + "Debian の fonts-ipafont-gothic を入れるか、-D" + PROPERTY + "=フォントファイル を指定してください");
        }
    }

    /** A font loaded into a document; close it after the document is saved (a collection's file stays open until then). */
    public record Loaded(PDType0Font font, Path file, Closeable resources) implements Closeable {
        @Override
        public void close() throws IOException {
            if (resources != null) {
                resources.close();
            }
        }
    }

    /** The candidates in the order they are tried, on this system. */
    public static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String chosen = System.getProperty(PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getenv("CAREPLAN_PDF_FONT");
        }
        if (chosen != null && !chosen.isBlank()) {
            candidates.add(Path.of(chosen));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windows = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            for (String name : List.of("YuGothR.ttc", "YuGothM.ttc", "msgothic.ttc", "meiryo.ttc")) {
                candidates.add(Path.of(windows, "Fonts", name));
            }
        } else if (os.contains("mac")) {
            candidates.add(Path.of("/Library/Fonts/Arial Unicode.ttf"));
            candidates.add(Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"));
            candidates.add(Path.of("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc"));
        } else {
            candidates.add(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"));
            candidates.add(Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"));
            candidates.add(Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));
            candidates.add(Path.of("/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf"));
            candidates.add(Path.of("/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf"));
        }
        return candidates;
    }

    /** Loads the first candidate that exists and may be embedded, as a subset, into the document. */
    public static Loaded load(PDDocument document) throws IOException {
        return loadFrom(document, candidates());
    }

    /** Loads the first of the given candidates that exists and may be embedded. */
    public static Loaded loadFrom(PDDocument document, List<Path> tried) throws IOException {
        for (Path candidate : tried) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                return load(document, candidate);
            } catch (IOException | RuntimeException unusable) {
                // outlines PDFBox cannot embed, a licence that forbids it, a damaged file: the next one
            }
        }
        throw new NoFontException(tried);
    }

    private static Loaded load(PDDocument document, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                if (first[0] == null) {
                    throw new IOException("empty collection");
                }
                return new Loaded(PDType0Font.load(document, first[0], true), file, collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        return new Loaded(PDType0Font.load(document, file.toFile()), file, null);
    }
}
