/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of file of the standard, told by the prefix of its name (UPPLAN, UP1KYO, …), with the
 * month segment its name carries and the name the standard gives it.
 * <p>
 * Kinds are data: the standard's own are in {@link FileKinds#standard()}, and an extension adds
 * its kinds (第3表, 介護予防 files, …) by building a {@link FileKinds} with them.
 */
public final class FileKind {

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*");

    /** Which month, if any, the file name of a kind carries between the prefix and the 事業所番号. */
    public enum MonthSegment {
        /** No month segment (第1表, 第2表 and their deletion). */
        NONE(null),
        /** 対象年月 (YYYYMM): 第6表, 第7表 and their deletions. */
        TARGET_MONTH("対象年月"),
        /** 提供年月 (YYYYMM, or 000000 when tied to 第1表/第2表): 利用者補足情報. */
        PROVISION_MONTH("提供年月");

        private final String itemName;

        MonthSegment(String itemName) {
            this.itemName = itemName;
        }

        /** The segment's name as the standard writes it, or {@code null} for {@link #NONE}. */
        public String itemName() {
            return itemName;
        }
    }

    private final String prefix;
    private final MonthSegment monthSegment;
    private final String nameJa;
    private final String nameEn;

    /**
     * @param prefix       the prefix as the standard writes it (upper case, may contain {@code _})
     * @param monthSegment the month segment of the kind's file names
     * @param nameJa       the standard's name of the file (名称), e.g. 第6表（サービス利用票）予定
     * @param nameEn       an English name for the same file
     */
    public FileKind(String prefix, MonthSegment monthSegment, String nameJa, String nameEn) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A file kind prefix is upper-case letters and digits joined by _: " + prefix);
        }
        this.monthSegment = Objects.requireNonNull(monthSegment, "monthSegment");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
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

    /** The name to show: Japanese for a Japanese locale, English otherwise. */
    public String displayName(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileKind kind && kind.prefix.equals(prefix) && kind.monthSegment == monthSegment
                && kind.nameJa.equals(nameJa) && kind.nameEn.equals(nameEn);
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
