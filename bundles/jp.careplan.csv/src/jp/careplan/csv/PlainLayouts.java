/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;

import jp.careplan.csv.internal.PlainText;
import jp.careplan.layout.CodeList;
import jp.careplan.layout.CodeListRegistry.FormatException;
import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutFactory;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.MonthSegment;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.exchange.NamingRule;

/**
 * Layouts as a plain table a spec author writes in a spreadsheet, so that a draft revision needs no bundle and no
 * build: a few lines {@code 項目,値} (版, CSVバージョン, 適用開始年月, and optionally 命名規約 and ID), then the header
 * {@code ファイル種類,No.,項目名,必須,属性,桁数,書式,コード} and one line per item. 必須 is ○ or empty; 属性 one of the
 * layout model's types as the standard writes them (数字, フリーテキスト, YYYYMMDD, …); 桁数 a number or empty; コード
 * the codes as {@code 1:男性、2:女性}. A kind the installed layouts know keeps its name, file-name rule, send units
 * and record class, and each item of a name it has keeps its feature and its note (and the uncertainty the digests mark
 * while the draft leaves the item as it was); an item it has not (a draft's new item)
 * becomes an attribute of a dynamic subclass of the record class, so the draft needs no code. The file may be UTF-8
 * or MS932. Problems name the line and the item, never a value.
 */
public final class PlainLayouts {

    /** The header of the item lines. */
    public static final List<String> HEADER = List.of("ファイル種類", "No.", "項目名", "必須", "属性", "桁数", "書式", "コード");
    public static final String VERSION = "版";
    public static final String CSV_VERSION = "CSVバージョン";
    public static final String VALID_FROM = "適用開始年月";
    /**
     * The naming rule the version's file names follow at the least: 3.2 or 4.x, as {@link NamingRule} writes them
     * ({@link LayoutSet#getFileNameRule()}). Optional: a draft without it keeps the rule of the installed version it
     * revises — the latest that applies from its 適用開始年月 or before — as a known kind keeps its file-name rule.
     */
    public static final String NAMING_RULE = "命名規約";
    public static final String ID = "ID";

    private PlainLayouts() {
    }

    /**
     * Reads a draft.
     *
     * @param base the installed layouts, which give a known kind its name, file-name rule, send units, record class
     *             and features
     * @throws FormatException when a line is not what the format says (the line number and what was expected)
     */
    public static LayoutSet read(Path file, LayoutRegistry base) throws IOException {
        return read(file.getFileName().toString(), Files.readAllBytes(file), base);
    }

    /**
     * The lines of a draft as a spec author keeps them, for an editor: the lines {@code 項目,値} before the header, and
     * each line after it as its cells, in their order — at least as many as the header has (empty ones filled in), any
     * further cells (a 備考 column of the spreadsheet) kept, and a blank line as no cells. Written back by
     * {@link #bytes(Table)} in the encoding, byte-order mark and line ends it came with, so that editing loses nothing
     * of what the author keeps beside the items.
     *
     * @param meta   版, CSVバージョン, 適用開始年月, ID and any other line before the header, as written (in their order)
     * @param header the header's cells: {@link #HEADER}, and any the author added (備考)
     * @param items  the lines after the header
     * @param utf8  whether the text was UTF-8 (otherwise MS932)
     * @param bom   whether it began with a byte-order mark
     * @param crlf  whether its lines end in CR LF (otherwise LF)
     */
    public record Table(Map<String, String> meta, List<String> header, List<List<String>> items, boolean utf8, boolean bom,
            boolean crlf) {
    }

    /**
     * Reads the lines of a draft.
     *
     * @throws FormatException when the bytes decode as neither UTF-8 nor MS932, a line's quoting is broken, or no
     *                         header line is there (with the line)
     */
    public static Table table(byte[] content) throws FormatException {
        String text = PlainText.decode(content);
        boolean utf8 = isUtf8(content);
        boolean bom = utf8 && content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        boolean crlf = text.contains("\r\n") || !text.contains("\n");
        String[] lines = PlainText.lines(text);
        Map<String, String> meta = new LinkedHashMap<>();
        List<List<String>> items = new ArrayList<>();
        List<String> header = new ArrayList<>(HEADER);
        boolean inItems = false;
        for (int i = 0; i < lines.length; i++) {
            if (!inItems && lines[i].isBlank()) {
                continue;
            }
            if (inItems && lines[i].isEmpty()) {
                items.add(new ArrayList<>());
                continue;
            }
            List<String> cells = new ArrayList<>(PlainText.cells(lines[i], i + 1));
            if (!inItems) {
                if (cells.size() >= HEADER.size() && cells.subList(0, HEADER.size()).stream().map(String::strip).toList().equals(HEADER)) {
                    inItems = true;
                    header = cells;
                } else {
                    meta.put(cells.get(0).strip(), cells.size() > 1 ? cells.get(1).strip() : "");
                }
                continue;
            }
            while (cells.size() < HEADER.size()) {
                cells.add("");
            }
            items.add(cells);
        }
        if (!inItems) {
            throw new FormatException(lines.length, "no header line " + String.join(",", HEADER));
        }
        // the end of the last line is no blank line of its own
        if ((text.endsWith("\n") || text.endsWith("\r")) && !items.isEmpty() && items.get(items.size() - 1).isEmpty()) {
            items.remove(items.size() - 1);
        }
        return new Table(meta, header, items, utf8, bom, crlf);
    }

    private static boolean isUtf8(byte[] content) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The bytes of a table: its lines {@code 項目,値}, the header and the lines after it, as they came. */
    public static byte[] bytes(Table table) {
        String end = table.crlf() ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(table.bom() ? "\uFEFF" : "");
        table.meta().forEach((key, value) -> text.append(PlainText.quote(key)).append(',').append(PlainText.quote(value)).append(end));
        text.append(String.join(",", table.header().stream().map(PlainText::quote).toList())).append(end);
        for (List<String> item : table.items()) {
            text.append(String.join(",", item.stream().map(PlainText::quote).toList())).append(end);
        }
        return text.toString().getBytes(table.utf8() ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("windows-31j"));
    }

    /**
     * Reads a draft from its bytes (as {@link #read(Path, LayoutRegistry)} does from a file).
     *
     * @param name the file's name, for the draft's id and label
     */
    public static LayoutSet read(String name, byte[] content, LayoutRegistry base) throws IOException {
        String[] lines = PlainText.lines(PlainText.decode(content));
        Map<String, String> meta = new HashMap<>();
        Map<String, Integer> metaLines = new HashMap<>();
        int number = 0;
        int header = -1;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = PlainText.cells(line, number);
            if (cells.size() >= HEADER.size() && cells.subList(0, HEADER.size()).stream().map(String::strip).toList().equals(HEADER)) {
                header = number;
                break;
            }
            meta.put(cells.get(0).strip(), cells.size() > 1 ? cells.get(1).strip() : "");
            metaLines.put(cells.get(0).strip(), number);
        }
        if (header < 0) {
            throw new FormatException(number, "no header line " + String.join(",", HEADER));
        }
        LayoutSet set = LayoutFactory.eINSTANCE.createLayoutSet();
        set.setCsvVersion(yearMonth(meta.get(CSV_VERSION), CSV_VERSION, header));
        set.setValidFrom(yearMonth(meta.get(VALID_FROM), VALID_FROM, header));
        set.setStandardVersion(meta.getOrDefault(VERSION, "draft").isEmpty() ? "draft" : meta.getOrDefault(VERSION, "draft"));
        set.setId(meta.getOrDefault(ID, "draft." + name.replaceAll("[^A-Za-z0-9_.-]", "_")));
        set.setLabel(set.getStandardVersion() + " (" + name + ")");
        set.setPriority(1000);
        set.setFileNameRule(namingRule(meta.get(NAMING_RULE), metaLines.getOrDefault(NAMING_RULE, header), set.getValidFrom(), base));

        Map<String, List<Item>> items = new LinkedHashMap<>();
        for (int i = header; i < lines.length; i++) {
            int lineNumber = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>(PlainText.cells(lines[i], lineNumber));
            while (cells.size() < HEADER.size()) {
                cells.add("");
            }
            items.computeIfAbsent(cells.get(0).strip(), kind -> new ArrayList<>()).add(item(cells, lineNumber));
        }
        EPackage dynamic = EcoreFactory.eINSTANCE.createEPackage();
        dynamic.setName("draft");
        dynamic.setNsPrefix("draft");
        dynamic.setNsURI("http://careplan.jp/draft/" + set.getId());
        for (Map.Entry<String, List<Item>> kind : items.entrySet()) {
            set.getFileLayouts().add(layout(kind.getKey(), kind.getValue(), set, base, dynamic));
        }
        // an attachment (a 家族構成 image) has no items to write: it goes on with the kind whose records name it
        for (LayoutSet installed : base.layoutSets()) {
            for (FileLayout layout : installed.getFileLayouts()) {
                if (layout.isAttachment() && items.containsKey(layout.getParentKind())
                        && set.getFileLayouts().stream().noneMatch(known -> known.getKind().equals(layout.getKind()))) {
                    set.getFileLayouts().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(layout));
                }
            }
        }
        return set;
    }

    /** One item line, as written. */
    private record Item(int line, int number, String name, boolean required, ColumnType type, int length, String format,
            String codes) {
    }

    private static Item item(List<String> cells, int line) throws FormatException {
        String kind = cells.get(0).strip();
        if (!kind.matches("[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*")) {
            throw new FormatException(line, HEADER.get(0) + ": a file-name prefix such as UPPLAN was expected");
        }
        int number;
        try {
            number = Integer.parseInt(cells.get(1).strip());
        } catch (NumberFormatException e) {
            throw new FormatException(line, HEADER.get(1) + ": a number was expected");
        }
        String itemName = cells.get(2).strip();
        if (itemName.isEmpty()) {
            throw new FormatException(line, HEADER.get(2) + ": the item has no name");
        }
        String requiredText = cells.get(3).strip();
        if (!List.of("", "○", "◯", "必須").contains(requiredText)) {
            throw new FormatException(line, HEADER.get(3) + " (" + itemName + "): ○ or empty was expected");
        }
        ColumnType type = ColumnType.get(cells.get(4).strip());
        if (type == null) {
            throw new FormatException(line, HEADER.get(4) + " (" + itemName + "): one of "
                    + ColumnType.VALUES.stream().map(ColumnType::getLiteral).toList() + " was expected");
        }
        String lengthText = cells.get(5).strip();
        int length;
        try {
            length = lengthText.isEmpty() || lengthText.equals("―") || lengthText.equals("-") ? 0
                    : Integer.parseInt(lengthText.replaceAll("[０-９]", "").isEmpty() ? toAscii(lengthText) : lengthText);
        } catch (NumberFormatException e) {
            throw new FormatException(line, HEADER.get(5) + " (" + itemName + "): a number or empty was expected");
        }
        return new Item(line, number, itemName, !requiredText.isEmpty(), type, length, cells.get(6).strip(), cells.get(7).strip());
    }

    private static String toAscii(String digits) {
        StringBuilder text = new StringBuilder();
        for (char c : digits.toCharArray()) {
            text.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return text.toString();
    }

    /** The rule a draft gives (3.2, 4.x), or that of the installed version it revises when it gives none. */
    private static String namingRule(String value, int line, String validFrom, LayoutRegistry base) throws FormatException {
        if (value != null && !value.isEmpty()) {
            if (NamingRule.get(value) == null) {
                throw new FormatException(line, NAMING_RULE + ": one of " + NamingRule.VALUES.stream().map(NamingRule::getLiteral).toList()
                        + " was expected");
            }
            return value;
        }
        String rule = null;
        String from = null;
        for (LayoutSet installed : base.layoutSets()) {
            if (installed.getFileNameRule() != null && installed.getValidFrom() != null && installed.getValidFrom().compareTo(validFrom) <= 0
                    && (from == null || installed.getValidFrom().compareTo(from) > 0)) {
                rule = installed.getFileNameRule();
                from = installed.getValidFrom();
            }
        }
        return rule;
    }

    private static String yearMonth(String value, String item, int line) throws FormatException {
        if (value == null || !value.matches("\\d{4}(0[1-9]|1[0-2])")) {
            throw new FormatException(line, item + ": a line " + item + ",YYYYMM before the header was expected");
        }
        return value;
    }

    private static FileLayout layout(String kind, List<Item> items, LayoutSet set, LayoutRegistry base, EPackage dynamic)
            throws FormatException {
        items.sort(Comparator.comparingInt(Item::number));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).number() != i + 1) {
                throw new FormatException(items.get(i).line(), kind + " " + HEADER.get(1) + ": " + (i + 1)
                        + " was expected (the items are numbered from 1 without gaps or repeats)");
            }
        }
        FileLayout known = installed(kind, base);
        FileLayout layout = LayoutFactory.eINSTANCE.createFileLayout();
        layout.setKind(kind);
        if (known != null) {
            layout.setName(known.getName());
            layout.setNameEn(known.getNameEn());
            layout.setMonthSegment(known.getMonthSegment());
            layout.setSendUnits(known.getSendUnits());
            layout.setExtension(known.getExtension());
            layout.setBranchDigits(known.getBranchDigits());
            layout.setKeyFeature(known.getKeyFeature());
            layout.setParentKind(known.getParentKind());
            layout.setDeletesKind(known.getDeletesKind());
        } else {
            layout.setName(kind);
            layout.setMonthSegment(MonthSegment.NONE);
        }
        EClass recordClass = known == null || known.getRecordClass() == null ? CareplanPackage.Literals.RECORD : known.getRecordClass();
        Set<Column> used = new HashSet<>();
        List<EAttribute> added = new ArrayList<>();
        for (Item item : items) {
            Column column = LayoutFactory.eINSTANCE.createColumn();
            column.setNumber(item.number());
            column.setName(item.name());
            column.setRequired(item.required());
            column.setType(item.type());
            column.setLength(item.length());
            column.setFormat(item.format().isEmpty() ? null : item.format());
            if (!item.codes().isEmpty()) {
                column.setCodeList(codeList(kind, item, set));
            }
            Column same = known == null ? null : known.getColumns().stream()
                    .filter(candidate -> !used.contains(candidate) && candidate.getName().equals(item.name())).findFirst().orElse(null);
            String feature = same != null ? same.getFeature() : coreFeature(item.name());
            if (same != null) {
                used.add(same);
                // the note the table has no column for, but rules read (利用者補足情報's 000000 / 00000000): kept with
                // the item, so that a draft loses nothing of it; the uncertainty of a value the digests mark is kept
                // while the draft leaves the item as it was, and settled by the author once the draft changes it
                column.setNote(same.getNote());
                boolean unchanged = same.isRequired() == column.isRequired() && same.getType() == column.getType()
                        && same.getLength() == column.getLength() && java.util.Objects.equals(same.getFormat(), column.getFormat());
                column.setUncertainty(unchanged ? same.getUncertainty() : null);
                column.setUncertainAbout(unchanged ? same.getUncertainAbout() : null);
            }
            if (feature == null || recordClass.getEStructuralFeature(feature) == null) {
                // a draft's new item: an attribute of a dynamic subclass, no code needed
                EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
                attribute.setName("draftItem" + item.number());
                attribute.setEType(EcorePackage.Literals.ESTRING);
                added.add(attribute);
                feature = attribute.getName();
            }
            column.setFeature(feature);
            layout.getColumns().add(column);
        }
        if (added.isEmpty()) {
            layout.setRecordClass(recordClass);
        } else {
            EClass draft = EcoreFactory.eINSTANCE.createEClass();
            draft.setName(kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT).replace("_", "") + "Draft");
            draft.getESuperTypes().add(recordClass);
            draft.getEStructuralFeatures().addAll(added);
            dynamic.getEClassifiers().add(draft);
            layout.setRecordClass(draft);
        }
        return layout;
    }

    /** The features every record has (CSVバージョン, 保険者番号, 被保険者番号), for a kind no installed layout knows. */
    private static String coreFeature(String itemName) {
        return switch (itemName) {
        case "CSVバージョン" -> "csvVersion";
        case "保険者番号" -> "insurerNumber";
        case "被保険者番号" -> "insuredNumber";
        default -> null;
        };
    }

    private static CodeList codeList(String kind, Item item, LayoutSet set) throws FormatException {
        CodeList list = LayoutFactory.eINSTANCE.createCodeList();
        list.setId(kind + "-" + item.number());
        list.setName(item.name());
        // split before each "code:" (a label may itself hold 、 as 家族等が障害、疾病等 does)
        for (String part : item.codes().split("(?:、|/|／)\\s*(?=[0-9A-Za-z]+\\s*[:：])")) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':') >= 0 ? text.indexOf(':') : text.indexOf('：');
            if (colon <= 0) {
                throw new FormatException(item.line(), HEADER.get(7) + " (" + item.name() + "): codes as 1:男性、2:女性 were expected");
            }
            jp.careplan.layout.Code code = LayoutFactory.eINSTANCE.createCode();
            code.setValue(text.substring(0, colon).strip());
            code.setLabel(text.substring(colon + 1).strip());
            list.getCodes().add(code);
        }
        set.getCodeLists().add(list);
        return list;
    }

    /** The installed layout of a kind in the latest version that has it. */
    private static FileLayout installed(String kind, LayoutRegistry base) {
        FileLayout found = null;
        String from = null;
        for (LayoutSet set : base.layoutSets()) {
            for (FileLayout layout : set.getFileLayouts()) {
                if (layout.getKind().equals(kind) && (from == null || set.getValidFrom().compareTo(from) > 0)) {
                    found = layout;
                    from = set.getValidFrom();
                }
            }
        }
        return found;
    }

    /**
     * Writes layouts in the plain table format (a spec author's starting point for a draft).
     *
     * @param fileNameRule the naming rule of the version's file names (3.2, 4.x), or {@code null} to give none
     */
    public static void write(String standardVersion, String csvVersion, String validFrom, String fileNameRule,
            List<FileLayout> layouts, Writer out) throws IOException {
        out.write(VERSION + "," + PlainText.quote(standardVersion) + "\r\n");
        out.write(CSV_VERSION + "," + csvVersion + "\r\n");
        out.write(VALID_FROM + "," + validFrom + "\r\n");
        if (fileNameRule != null) {
            out.write(NAMING_RULE + "," + PlainText.quote(fileNameRule) + "\r\n");
        }
        out.write(String.join(",", HEADER) + "\r\n");
        for (FileLayout layout : layouts) {
            if (layout.isAttachment()) {
                continue; // an attachment has no items: a draft read back takes it over with its parent kind
            }
            List<Column> columns = new ArrayList<>(layout.getColumns());
            columns.sort(Comparator.comparingInt(Column::getNumber));
            for (Column column : columns) {
                List<String> cells = List.of(layout.getKind(), Integer.toString(column.getNumber()), column.getName(),
                        column.isRequired() ? "○" : "", column.getType().getLiteral(),
                        column.getLength() == 0 ? "" : Integer.toString(column.getLength()),
                        column.getFormat() == null ? "" : column.getFormat(), codes(column.getCodeList()));
                out.write(String.join(",", cells.stream().map(PlainText::quote).toList()) + "\r\n");
            }
        }
    }

    private static String codes(CodeList list) {
        if (list == null) {
            return "";
        }
        List<String> codes = new ArrayList<>();
        for (jp.careplan.layout.Code code : list.getCodes()) {
            codes.add(code.getValue() + ":" + (code.getLabel() == null ? "" : code.getLabel()));
        }
        return String.join("、", codes);
    }
}
