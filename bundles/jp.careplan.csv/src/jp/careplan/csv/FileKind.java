/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jp.careplan.layout.FileLayout;
import jp.careplan.layout.MonthSegment;

/**
 * A kind of file of the standard, told by the prefix of its name (UPPLAN, UP1KYO, …), with the
 * month segment its name carries and the name the standard gives it.
 * <p>
 * Kinds are data: each comes from a {@link FileLayout} of the installed layout sets
 * ({@link FileKinds#of(jp.careplan.layout.LayoutRegistry)}), so an extension adds its kinds (第3表,
 * 介護予防 files, …) by contributing layouts.
 */
public final class FileKind {

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*");

    private final String prefix;
    private final MonthSegment monthSegment;
    private final String nameJa;
    private final String nameEn;
    private final String extension;
    private final int branchDigits;
    private final boolean attachment;

    /**
     * @param prefix       the prefix as the standard writes it (upper case, may contain {@code _})
     * @param monthSegment the month segment of the kind's file names
     * @param nameJa       the standard's name of the file (名称), e.g. 第6表（サービス利用票）予定
     * @param nameEn       an English name for the same file
     */
    public FileKind(String prefix, MonthSegment monthSegment, String nameJa, String nameEn) {
        this(prefix, monthSegment, nameJa, nameEn, "CSV", 0, false);
    }

    /**
     * @param extension    the extension of the names without the dot, as the standard writes it (CSV, jpg)
     * @param branchDigits the digits of a 枝番 segment after the ファイル連番, 0 for none
     * @param attachment   whether files of the kind are carried through byte for byte rather than read as records
     */
    public FileKind(String prefix, MonthSegment monthSegment, String nameJa, String nameEn, String extension, int branchDigits,
            boolean attachment) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A file kind prefix is upper-case letters and digits joined by _: " + prefix);
        }
        this.monthSegment = Objects.requireNonNull(monthSegment, "monthSegment");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.extension = Objects.requireNonNull(extension, "extension");
        if (extension.isEmpty() || !extension.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("An extension is letters and digits: " + extension);
        }
        if (branchDigits < 0 || branchDigits > 9) {
            throw new IllegalArgumentException("A 枝番 has 0 to 9 digits: " + branchDigits);
        }
        this.branchDigits = branchDigits;
        this.attachment = attachment;
    }

    /** The kind of a file layout. */
    public static FileKind of(FileLayout layout) {
        String nameEn = layout.getNameEn() == null ? layout.getName() : layout.getNameEn();
        MonthSegment month = layout.getMonthSegment() == null ? MonthSegment.NONE : layout.getMonthSegment();
        String extension = layout.getExtension() == null || layout.getExtension().isBlank() ? "CSV" : layout.getExtension();
        return new FileKind(layout.getKind(), month, layout.getName(), nameEn, extension, layout.getBranchDigits(),
                layout.isAttachment());
    }

    /** The standard's name of the month segment of the kind's file names, or {@code null} when there is none. */
    public String monthItemName() {
        return monthSegment == MonthSegment.NONE ? null : monthSegment.getLiteral();
    }

    public String prefix() {
        return prefix;
    }

    public MonthSegment monthSegment() {
        return monthSegment;
    }

    /** The standard's name of the file kind (名称). */
    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The extension of the kind's names as the standard writes it, without the dot (any case is accepted). */
    public String extension() {
        return extension;
    }

    /** The digits of the 枝番 segment after the ファイル連番; 0 when the names have none. */
    public int branchDigits() {
        return branchDigits;
    }

    /** Whether files of the kind are attachments, carried through byte for byte and never read as records. */
    public boolean isAttachment() {
        return attachment;
    }

    /** The name to show: Japanese for a Japanese locale, English otherwise. */
    public String displayName(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileKind kind && kind.prefix.equals(prefix) && kind.monthSegment == monthSegment
                && kind.nameJa.equals(nameJa) && kind.nameEn.equals(nameEn) && kind.extension.equals(extension)
                && kind.branchDigits == branchDigits && kind.attachment == attachment;
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }

    @Override
    public String toString() {
        return prefix;
    }
}
