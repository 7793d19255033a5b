/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.careplan.csv.FileKind;
import jp.careplan.layout.MonthSegment;
import jp.careplan.csv.FileKinds;
import jp.careplan.csv.FileNameException;
import jp.careplan.csv.FileNames;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.NamingRule;

/** File names of both naming rules (v3.2 digest §2, v4.1 digest §2), without OSGi. */
class FileNamesTest {

    private final FileNames names = FileNames.of(Layouts.registry());
    private final FileKinds kinds = FileKinds.of(Layouts.registry());

    @Test
    void aThreePointTwoNameGivesItsParts() throws FileNameException {
        FileName name = names.parse("UPPLAN_201912_0300000100_0300000005_20191025200201.CSV");
        assertEquals("UPPLAN", name.getKind());
        assertEquals("201912", name.getMonth());
        assertEquals("0300000100", name.getSenderOffice());
        assertNull(name.getSenderServiceType());
        assertEquals("0300000005", name.getReceiverOffice());
        assertNull(name.getReceiverServiceType());
        assertEquals("20191025200201", name.getSerial());
        assertEquals(NamingRule.V3, name.getRule());
    }

    @Test
    void aFourPointXNameGivesTheServiceTypesToo() throws FileNameException {
        FileName name = names.parse("UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV");
        assertEquals("UPHOSOKU", name.getKind());
        assertEquals("000000", name.getMonth(), "000000: 利用者補足情報 tied to 第1表/第2表");
        assertEquals("43", name.getSenderServiceType());
        assertEquals("11", name.getReceiverServiceType());
        assertEquals(NamingRule.V4, name.getRule());
    }

    @Test
    void aServiceTypeCodeWithLettersIsAServiceTypeCode() throws FileNameException {
        // 「(2 桁)」 in the rule, but 2A, 2B and the 総合事業's A1 to A8 are サービス種類コード too
        FileName name = names.parse("UPJSK_202504_0300000100_A5_0300000005_2A_20250501090000.CSV");
        assertEquals("A5", name.getSenderServiceType());
        assertEquals("2A", name.getReceiverServiceType());
        assertEquals(NamingRule.V4, name.getRule());
        assertEquals("UPJSK_202504_0300000100_A5_0300000005_2A_20250501090000.CSV", names.format(name));
        FileNameException lower = assertThrows(FileNameException.class,
                () -> names.parse("UPJSK_202504_0300000100_a5_0300000005_2A_20250501090000.CSV"));
        assertTrue(lower.getMessage(Locale.ENGLISH).endsWith(
                "送信元のサービス種類コード must be 2 digits or capital letters (a サービス種類コード such as 43, 2A or A5)."),
                lower.getMessage(Locale.ENGLISH));
        assertTrue(lower.getMessage(Locale.JAPANESE).endsWith("送信元のサービス種類コードは数字2桁（英大文字も可。43、2A、A5 などのサービス種類コード）である必要があります。"),
                lower.getMessage(Locale.JAPANESE));
        FileNameException office = assertThrows(FileNameException.class,
                () -> names.parse("UPJSK_202504_030000010A_A5_0300000005_2A_20250501090000.CSV"));
        assertTrue(office.getMessage(Locale.ENGLISH).endsWith("送信元の事業所番号 must be 10 digits."), office.getMessage(Locale.ENGLISH));
    }

    @Test
    void namesWithoutMonthHaveNone() throws FileNameException {
        FileName name = names.parse("DLT1KYO_0300000100_0300000005_20191025200201.CSV");
        assertNull(name.getMonth());
        assertEquals("DLT1KYO", name.getKind());
    }

    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            UP1KYO_123456789_2468135790_20191110102233.CSV               | FN-SEGMENT | 8  | 送信元の事業所番号
            UP1KYO_0300000100_246813579X_20191110102233.CSV              | FN-SEGMENT | 19 | 送信先の事業所番号
            UPPLAN_201912_0300000100_0300000005_201911110102233.CSV      | FN-SEGMENT | 37 | ファイル連番
            UPPLAN_201913_0300000100_0300000005_20191025200201.CSV       | FN-MONTH   | 8  | 対象年月
            UPPLAN_000000_0300000100_0300000005_20191025200201.CSV       | FN-MONTH   | 8  | 対象年月
            UPHOSOKU_201900_0300000100_0300000005_20191025200201.CSV     | FN-MONTH   | 10 | 提供年月
            UPJSK_201912_0300000100_0300000005_20191325200201.CSV        | FN-SERIAL  | 36 | ファイル連番
            UPJSK_201912_0300000100_0300000005_20191025246001.CSV        | FN-SERIAL  | 36 | ファイル連番
            UPPLAN_0300000100_0300000005_20191025200201.CSV              | FN-SHAPE   | 7  |
            UP1KYO_201912_0300000100_0300000005_20191025200201.CSV       | FN-SHAPE   | 7  |
            UPPLAN_201912_0300000100_43_0300000005_20191025200201.CSV    | FN-SHAPE   | 7  |
            UPPLAN_201912_0300000100_4_0300000005_11_20191025200201.CSV  | FN-SEGMENT | 26 | 送信元のサービス種類コード
            UPPLAN_201912_0300000100_a5_0300000005_11_20191025200201.CSV | FN-SEGMENT | 26 | 送信元のサービス種類コード
            UPPLAN_201912_0300000100_43_0300000005_1-_20191025200201.CSV | FN-SEGMENT | 40 | 送信先のサービス種類コード
            UP3KYO_0300000100_43_0300000005_11_20191025200201.CSV        | FN-KIND    | 1  |
            README.txt                                                   | FN-EXT     | 7  |
            UPPLAN_201912_0300000100_0300000005_20191025200201           | FN-EXT     | 51 |
            upplan_201912_0300000100_0300000005_20191025200201.CSV       | FN-KIND    | 1  |
            """)
    void aBrokenNameIsRejectedWithRuleIdPositionAndItemName(String fileName, String ruleId, int position,
            String itemName) {
        FileNameException problem = assertThrows(FileNameException.class, () -> names.parse(fileName));
        assertEquals(ruleId, problem.ruleId(), problem.getMessage());
        assertEquals(position, problem.position(), problem.getMessage());
        assertEquals(itemName, problem.itemName(), problem.getMessage());
        assertTrue(problem.getMessage(Locale.ENGLISH).startsWith(fileName + " [" + ruleId + ", character " + position + "]"),
                problem.getMessage(Locale.ENGLISH));
        assertTrue(problem.getMessage(Locale.JAPANESE).startsWith(fileName + " [" + ruleId + "、" + position + "文字目]"),
                problem.getMessage(Locale.JAPANESE));
    }

    @Test
    void theShapeMessageShowsBothRulesOfTheKind() {
        FileNameException problem = assertThrows(FileNameException.class,
                () -> names.parse("UPPLAN_0300000100_0300000005_20191025200201.CSV"));
        String message = problem.getMessage(Locale.ENGLISH);
        assertTrue(message.contains("UPPLAN_対象年月(YYYYMM)_送信元の事業所番号(10桁)_送信先の事業所番号(10桁)_ファイル連番(YYYYMMDDHHMMSS).CSV (rule 3.2)"), message);
        assertTrue(message.contains("UPPLAN_対象年月(YYYYMM)_送信元の事業所番号(10桁)_送信元のサービス種類コード(2桁)_送信先の事業所番号(10桁)_送信先のサービス種類コード(2桁)_ファイル連番(YYYYMMDDHHMMSS).CSV (rule 4.x)"), message);
    }

    @Test
    void aLowerCaseExtensionIsReadAndKeptAsWritten() throws FileNameException {
        String written = "UPSIKYU_202504_0300000100_0300000005_20250325101500.csv";
        FileName name = names.parse(written);
        assertEquals("csv", name.getExtension());
        assertEquals(written, names.format(name));
    }

    @Test
    void formattingGivesEveryParsedNameBackCharacterForCharacter() throws FileNameException {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            FileKind kind = kinds.all().get(random.nextInt(kinds.all().size()));
            StringBuilder text = new StringBuilder(kind.prefix());
            if (kind.monthSegment() != MonthSegment.NONE) {
                text.append('_').append(kind.monthSegment() == MonthSegment.PROVISION_MONTH && random.nextBoolean()
                        ? "000000" : String.format("%04d%02d", 2019 + random.nextInt(10), 1 + random.nextInt(12)));
            }
            boolean v4 = random.nextBoolean();
            text.append('_').append(digits(random, 10));
            if (v4) {
                text.append('_').append(digits(random, 2));
            }
            text.append('_').append(digits(random, 10));
            if (v4) {
                text.append('_').append(digits(random, 2));
            }
            text.append('_').append(String.format("%04d%02d%02d%02d%02d%02d", 2019 + random.nextInt(10),
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                    random.nextInt(60)));
            text.append(".CSV");
            String written = text.toString();
            FileName parsed = names.parse(written);
            assertEquals(written, names.format(parsed));
            assertEquals(v4 ? NamingRule.V4 : NamingRule.V3, parsed.getRule());
        }
    }

    @Test
    void anExtensionsKindsAreRecognisedOnceAdded() throws FileNameException {
        FileKind table3 = new FileKind("UP3KYO", MonthSegment.NONE, "居宅サービス計画３表", "Care plan, table 3");
        FileKind sub1 = new FileKind("UPKIHON_SUB1", MonthSegment.NONE, "利用者基本情報（別表1）", "Basic user information, annex 1");
        FileKind basic = new FileKind("UPKIHON", MonthSegment.NONE, "利用者基本情報", "Basic user information");
        FileNames extended = new FileNames(kinds.with(List.of(table3, basic, sub1)));

        assertEquals("UP3KYO", extended.parse("UP3KYO_0300000100_43_0300000005_11_20191025200201.CSV").getKind());
        assertEquals("UPKIHON_SUB1",
                extended.parse("UPKIHON_SUB1_0300000100_43_0300000005_11_20191025200201.CSV").getKind(),
                "the longest prefix wins");
        assertEquals("UPKIHON", extended.parse("UPKIHON_0300000100_43_0300000005_11_20191025200201.CSV").getKind());
    }

    @Test
    void twoDifferentDefinitionsOfOneKindAreRefused() {
        FileKind other = new FileKind("UPPLAN", MonthSegment.NONE, "別物", "something else");
        assertThrows(IllegalArgumentException.class, () -> kinds.with(List.of(other)));
    }

    private static String digits(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }
    /**
     * A 予定 and its 実績 go between the same offices the two ways, and under 4.x names between the same サービス種類
     * too where both names carry one: a 実績 of 福祉用具貸与 (17) is not the 実績 of the 予定 sent to 訪問介護 (11) of the same
     * office, nor are those two 予定 versions of each other, while a 3.2 name, which carries none, pairs with either; a
     * name that follows no rule is none.
     */
    @Test
    void aPlanAndItsActualAreOfOneMonthOfficesAndKinds() throws Exception {
        FileName plan = names.parse("UPPLAN_202504_1234567890_43_2345678901_11_20250325090000.CSV");
        FileName revised = names.parse("UPPLAN_202504_1234567890_43_2345678901_11_20250410090000.CSV");
        FileName toRental = names.parse("UPPLAN_202504_1234567890_43_2345678901_17_20250325090000.CSV");
        FileName actual = names.parse("UPJSK_202504_2345678901_11_1234567890_43_20250502090000.CSV");
        FileName rentalActual = names.parse("UPJSK_202504_2345678901_17_1234567890_43_20250502090000.CSV");
        FileName v3Actual = names.parse("UPJSK_202504_2345678901_1234567890_20250502090000.CSV");

        assertTrue(FileNames.sameMonthAndOffices(plan, revised, false));
        assertFalse(FileNames.sameMonthAndOffices(plan, toRental, false));
        assertTrue(FileNames.sameMonthAndOffices(actual, plan, true));
        assertFalse(FileNames.sameMonthAndOffices(rentalActual, plan, true));
        assertTrue(FileNames.sameMonthAndOffices(rentalActual, toRental, true));
        assertTrue(FileNames.sameMonthAndOffices(v3Actual, plan, true), "a 3.2 name speaks of every kind of its office");
        assertTrue(FileNames.sameMonthAndOffices(v3Actual, toRental, true));
        assertFalse(FileNames.sameMonthAndOffices(actual, plan, false));
        assertNull(names.parseOrNull("UPPLAN_2025_1234567890.CSV"));
    }
}
