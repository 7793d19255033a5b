/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.MonthSegment;
import jp.careplan.csv.FileNameException.Reason;
import jp.careplan.model.exchange.ExchangeFactory;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.NamingRule;

/**
 * Parses and formats the names of the standard's files under both naming rules:
 * <ul>
 * <li>3.2: {@code PREFIX[_年月]_送信元の事業所番号_送信先の事業所番号_YYYYMMDDHHMMSS.CSV}</li>
 * <li>4.x: {@code PREFIX[_年月]_送信元の事業所番号_送信元のサービス種類コード_送信先の事業所番号_送信先のサービス種類コード_YYYYMMDDHHMMSS.CSV}</li>
 * </ul>
 * A kind's layout may give another extension and a trailing 枝番 (the 家族構成 image of 4.x:
 * {@code UPKIHON_IMAGE_…_YYYYMMDDHHMMSS_0001.jpg}).
 * Parsing is strict where the rules speak (digits and their number, real months and times) and
 * tolerant only of the case of the extension, which the standard does not address; the parsed
 * {@link FileName} keeps every part exactly as written, so {@link #format(FileName)} gives the name
 * back character for character.
 */
public final class FileNames {

    /** Item names of the segments, as the standard's file-name rules write them. */
    public static final String SENDER_OFFICE = "送信元の事業所番号";
    public static final String SENDER_SERVICE_TYPE = "送信元のサービス種類コード";
    public static final String RECEIVER_OFFICE = "送信先の事業所番号";
    public static final String RECEIVER_SERVICE_TYPE = "送信先のサービス種類コード";
    public static final String SERIAL = "ファイル連番";
    /** The item name of the segment after the ファイル連番 in the names of attachments (UPKIHON_IMAGE). */
    public static final String BRANCH = "枝番";

    private static final String EXTENSION = "CSV";
    private static final String ZERO_MONTH = "000000";
    private static final Pattern LEADING_PREFIX = Pattern.compile("^([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_");
    private static final DateTimeFormatter SERIAL_FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("uuuuMM")
            .withResolverStyle(ResolverStyle.STRICT);

    private final FileKinds kinds;

    /** File names of the kinds the installed layouts describe. */
    public static FileNames of(LayoutRegistry layouts) {
        return new FileNames(FileKinds.of(layouts));
    }

    /** File names of the given kinds. */
    public FileNames(FileKinds kinds) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    public FileKinds kinds() {
        return kinds;
    }

    /**
     * Reads the parts of a file name (the last path segment only, without folders).
     *
     * @throws FileNameException when the name follows neither rule, saying where and why
     */
    public FileName parse(String name) throws FileNameException {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String base = dot < 0 ? name : name.substring(0, dot);
        FileKind kind = kinds.kindOfName(base).orElse(null);
        if (kind == null) {
            if (kinds.all().stream().noneMatch(known -> known.extension().equalsIgnoreCase(extension))) {
                throw new FileNameException(name, Reason.EXTENSION, dot < 0 ? name.length() + 1 : dot + 1, null, extension,
                        EXTENSION);
            }
            throw unknownKind(name, base);
        }
        if (!kind.extension().equalsIgnoreCase(extension)) {
            throw new FileNameException(name, Reason.EXTENSION, dot < 0 ? name.length() + 1 : dot + 1, null, extension,
                    kind.extension());
        }

        List<Segment> segments = expectedSegments(kind);
        String[] values = base.substring(kind.prefix().length() + 1).split("_", -1);
        boolean v4;
        if (values.length == segments.size()) {
            v4 = false;
        } else if (values.length == segments.size() + 2) {
            v4 = true;
            segments = withServiceTypes(segments);
        } else {
            throw new FileNameException(name, Reason.SHAPE, kind.prefix().length() + 1, null, kind.prefix(),
                    pattern(kind, false), pattern(kind, true), Integer.valueOf(values.length));
        }

        FileName fileName = ExchangeFactory.eINSTANCE.createFileName();
        fileName.setKind(kind.prefix());
        fileName.setExtension(extension);
        int position = kind.prefix().length() + 2;
        for (int i = 0; i < values.length; i++) {
            Segment segment = segments.get(i);
            String value = values[i];
            if (value.length() != segment.digits || !(segment.alphanumeric ? jp.careplan.csv.internal.FieldRules.alphanumeric(value) : isDigits(value))) {
                throw new FileNameException(name, Reason.SEGMENT, position, segment.itemName,
                        Integer.valueOf(segment.digits), segment.alphanumeric ? new MessageSource.Text("fileName.SEGMENT.alphanumeric") : "");
            }
            segment.check(name, value, position, kind);
            segment.store(fileName, value);
            position += value.length() + 1;
        }
        assert fileName.getRule() == (v4 ? NamingRule.V4 : NamingRule.V3);
        return fileName;
    }

    /** The parts of a file name, or {@code null} for a name that follows no rule (where why does not matter). */
    public FileName parseOrNull(String name) {
        try {
            return parse(name);
        } catch (FileNameException e) {
            return null;
        }
    }

    /**
     * Whether two names speak of the same service month between the same offices, each with the same
     * サービス種類コード where both names carry one (a 3.2 name speaks of every kind of its office) — {@code b} going the
     * way {@code a} went, or the way back when {@code reversed}: versions of one month's 第6表 to one office and kind
     * (月途中変更), or a 予定 and its 実績.
     */
    public static boolean sameMonthAndOffices(FileName a, FileName b, boolean reversed) {
        return Objects.equals(a.getMonth(), b.getMonth())
                && Objects.equals(a.getSenderOffice(), reversed ? b.getReceiverOffice() : b.getSenderOffice())
                && sameKind(a.getSenderServiceType(), reversed ? b.getReceiverServiceType() : b.getSenderServiceType())
                && Objects.equals(a.getReceiverOffice(), reversed ? b.getSenderOffice() : b.getReceiverOffice())
                && sameKind(a.getReceiverServiceType(), reversed ? b.getSenderServiceType() : b.getReceiverServiceType());
    }

    private static boolean sameKind(String one, String other) {
        return one == null || other == null || one.equals(other);
    }

    /** The standard file name of the given parts, under the rule they follow. */
    public String format(FileName name) {
        StringBuilder text = new StringBuilder(name.getKind());
        if (name.getMonth() != null) {
            text.append('_').append(name.getMonth());
        }
        text.append('_').append(name.getSenderOffice());
        if (name.getRule() == NamingRule.V4) {
            text.append('_').append(name.getSenderServiceType());
        }
        text.append('_').append(name.getReceiverOffice());
        if (name.getRule() == NamingRule.V4) {
            text.append('_').append(name.getReceiverServiceType());
        }
        text.append('_').append(name.getSerial());
        if (name.getBranch() != null) {
            text.append('_').append(name.getBranch());
        }
        String extension = name.getExtension() != null ? name.getExtension()
                : kinds.find(name.getKind()).map(FileKind::extension).orElse(EXTENSION);
        return text.append('.').append(extension).toString();
    }

    /** The rule of a kind's names, written as the standard writes it, for messages and help. */
    public static String pattern(FileKind kind, boolean v4) {
        StringBuilder text = new StringBuilder(kind.prefix());
        for (Segment segment : v4 ? withServiceTypes(expectedSegments(kind)) : expectedSegments(kind)) {
            text.append('_').append(segment.itemName).append('(');
            text.append(segment.itemName.equals(SERIAL) ? "YYYYMMDDHHMMSS"
                    : segment.monthSegment ? "YYYYMM" : segment.digits + "桁");
            text.append(')');
        }
        return text.append('.').append(kind.extension()).toString();
    }

    private FileNameException unknownKind(String name, String base) {
        Matcher matcher = LEADING_PREFIX.matcher(base);
        String prefix = matcher.find() ? matcher.group(1) : base;
        String known = kinds.all().stream().map(FileKind::prefix).collect(Collectors.joining(", "));
        return new FileNameException(name, Reason.UNKNOWN_KIND, 1, null, prefix, known);
    }

    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<Segment> expectedSegments(FileKind kind) {
        List<Segment> segments = new ArrayList<>(4);
        if (kind.monthSegment() != MonthSegment.NONE) {
            segments.add(Segment.month(kind.monthSegment()));
        }
        segments.add(new Segment(SENDER_OFFICE, 10, FileName::setSenderOffice));
        segments.add(new Segment(RECEIVER_OFFICE, 10, FileName::setReceiverOffice));
        segments.add(new Segment(SERIAL, 14, FileName::setSerial));
        if (kind.branchDigits() > 0) {
            segments.add(new Segment(BRANCH, kind.branchDigits(), FileName::setBranch));
        }
        return segments;
    }

    private static List<Segment> withServiceTypes(List<Segment> v3) {
        List<Segment> v4 = new ArrayList<>(v3.size() + 2);
        for (Segment segment : v3) {
            v4.add(segment);
            if (segment.itemName.equals(SENDER_OFFICE)) {
                v4.add(Segment.serviceType(SENDER_SERVICE_TYPE, FileName::setSenderServiceType));
            } else if (segment.itemName.equals(RECEIVER_OFFICE)) {
                v4.add(Segment.serviceType(RECEIVER_SERVICE_TYPE, FileName::setReceiverServiceType));
            }
        }
        return v4;
    }

    /**
     * The naming rule a layout set's files follow at the least ({@link jp.careplan.layout.LayoutSet#getFileNameRule()}),
     * when the name follows an earlier one — it then lacks what the version's names carry (CSV-NAME-RULE) — else
     * {@code null}: for a later rule's name, and for a set that names no rule.
     */
    public static NamingRule ruleAhead(FileName name, jp.careplan.layout.LayoutSet set) {
        NamingRule rule = NamingRule.get(String.valueOf(set.getFileNameRule()));
        return rule != null && name.getRule().getValue() < rule.getValue() ? rule : null;
    }

    /**
     * One {@code _}-separated segment after the prefix: its item name, length (the standard's 桁), whether capital
     * letters may stand beside the digits, and where it goes.
     */
    private static final class Segment {
        final String itemName;
        final int digits;
        final boolean alphanumeric;
        final boolean monthSegment;
        final boolean zeroMonthAllowed;
        final BiConsumer<FileName, String> setter;

        Segment(String itemName, int digits, BiConsumer<FileName, String> setter) {
            this(itemName, digits, false, false, false, setter);
        }

        private Segment(String itemName, int digits, boolean alphanumeric, boolean monthSegment, boolean zeroMonthAllowed,
                BiConsumer<FileName, String> setter) {
            this.itemName = itemName;
            this.digits = digits;
            this.alphanumeric = alphanumeric;
            this.monthSegment = monthSegment;
            this.zeroMonthAllowed = zeroMonthAllowed;
            this.setter = setter;
        }

        /**
         * A サービス種類コード of the 4.x rule: 「(2 桁)」, but the codes themselves are not all digits (2A, 2B, A1 to A8
         * of the 総合事業), as the items of that type are not; read so, a sender of such a kind is not refused.
         */
        static Segment serviceType(String itemName, BiConsumer<FileName, String> setter) {
            return new Segment(itemName, 2, true, false, false, setter);
        }

        static Segment month(MonthSegment kind) {
            return new Segment(kind.getLiteral(), 6, false, true, kind == MonthSegment.PROVISION_MONTH, FileName::setMonth);
        }

        void check(String name, String value, int position, FileKind kind) throws FileNameException {
            if (monthSegment) {
                if (zeroMonthAllowed && ZERO_MONTH.equals(value)) {
                    return;
                }
                try {
                    YearMonth.parse(value, MONTH_FORMAT);
                } catch (DateTimeParseException e) {
                    throw new FileNameException(name, Reason.MONTH, position, itemName,
                            zeroMonthAllowed ? new MessageSource.Text("fileName.MONTH.zero") : "");
                }
            } else if (itemName.equals(SERIAL)) {
                try {
                    LocalDateTime.parse(value, SERIAL_FORMAT);
                } catch (DateTimeParseException e) {
                    throw new FileNameException(name, Reason.SERIAL, position, itemName);
                }
            }
        }

        void store(FileName fileName, String value) {
            setter.accept(fileName, value);
        }
    }
}
