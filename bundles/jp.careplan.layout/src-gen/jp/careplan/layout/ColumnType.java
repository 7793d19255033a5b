/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Column Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a column holds, as its 書式 implies.
 * <!-- end-model-doc -->
 * @see jp.careplan.layout.LayoutPackage#getColumnType()
 * @model
 * @generated
 */
public enum ColumnType implements Enumerator {
	/**
	 * The '<em><b>TEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT_VALUE
	 * @generated
	 * @ordered
	 */
	TEXT(0, "TEXT", "\u30d5\u30ea\u30fc\u30c6\u30ad\u30b9\u30c8"),

	/**
	 * The '<em><b>CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODE_VALUE
	 * @generated
	 * @ordered
	 */
	CODE(1, "CODE", "\u30b3\u30fc\u30c9"),

	/**
	 * The '<em><b>DIGITS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITS_VALUE
	 * @generated
	 * @ordered
	 */
	DIGITS(2, "DIGITS", "\u6570\u5b57"),

	/**
	 * The '<em><b>INTEGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGER_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGER(3, "INTEGER", "\u6574\u6570"),

	/**
	 * The '<em><b>DECIMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECIMAL_VALUE
	 * @generated
	 * @ordered
	 */
	DECIMAL(4, "DECIMAL", "\u5c0f\u6570"),

	/**
	 * The '<em><b>DATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATE_VALUE
	 * @generated
	 * @ordered
	 */
	DATE(5, "DATE", "YYYYMMDD"),

	/**
	 * The '<em><b>YEAR MONTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR_MONTH_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR_MONTH(6, "YEAR_MONTH", "YYYYMM"),

	/**
	 * The '<em><b>TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_VALUE
	 * @generated
	 * @ordered
	 */
	TIME(7, "TIME", "HHMM"),

	/**
	 * The '<em><b>DAY FLAGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_FLAGS_VALUE
	 * @generated
	 * @ordered
	 */
	DAY_FLAGS(8, "DAY_FLAGS", "\u65e5\u5272\u5bfe\u8c61\u65e5"),

	/**
	 * The '<em><b>INSURED NUMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSURED_NUMBER_VALUE
	 * @generated
	 * @ordered
	 */
	INSURED_NUMBER(9, "INSURED_NUMBER", "\u88ab\u4fdd\u967a\u8005\u756a\u53f7"),

	/**
	 * The '<em><b>OFFICE NUMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_NUMBER_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICE_NUMBER(10, "OFFICE_NUMBER", "\u4e8b\u696d\u6240\u756a\u53f7"),

	/**
	 * The '<em><b>POSTAL CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTAL_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	POSTAL_CODE(11, "POSTAL_CODE", "XXX-XXXX"),

	/**
	 * The '<em><b>SERVICE CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_CODE(12, "SERVICE_CODE", "\u30b5\u30fc\u30d3\u30b9\u30b3\u30fc\u30c9"),

	/**
	 * The '<em><b>SERVICE TYPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_TYPE_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_TYPE(13, "SERVICE_TYPE", "\u30b5\u30fc\u30d3\u30b9\u7a2e\u985e\u30b3\u30fc\u30c9"),

	/**
	 * The '<em><b>STRING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRING_VALUE
	 * @generated
	 * @ordered
	 */
	STRING(14, "STRING", "\u6587\u5b57\u5217"),

	/**
	 * The '<em><b>UNUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNUSED_VALUE
	 * @generated
	 * @ordered
	 */
	UNUSED(15, "UNUSED", "\u4f7f\u7528\u3057\u306a\u3044");

	/**
	 * The '<em><b>TEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT
	 * @model literal="\u30d5\u30ea\u30fc\u30c6\u30ad\u30b9\u30c8"
	 * @generated
	 * @ordered
	 */
	public static final int TEXT_VALUE = 0;

	/**
	 * The '<em><b>CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODE
	 * @model literal="\u30b3\u30fc\u30c9"
	 * @generated
	 * @ordered
	 */
	public static final int CODE_VALUE = 1;

	/**
	 * The '<em><b>DIGITS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITS
	 * @model literal="\u6570\u5b57"
	 * @generated
	 * @ordered
	 */
	public static final int DIGITS_VALUE = 2;

	/**
	 * The '<em><b>INTEGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGER
	 * @model literal="\u6574\u6570"
	 * @generated
	 * @ordered
	 */
	public static final int INTEGER_VALUE = 3;

	/**
	 * The '<em><b>DECIMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECIMAL
	 * @model literal="\u5c0f\u6570"
	 * @generated
	 * @ordered
	 */
	public static final int DECIMAL_VALUE = 4;

	/**
	 * The '<em><b>DATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATE
	 * @model literal="YYYYMMDD"
	 * @generated
	 * @ordered
	 */
	public static final int DATE_VALUE = 5;

	/**
	 * The '<em><b>YEAR MONTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR_MONTH
	 * @model literal="YYYYMM"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR_MONTH_VALUE = 6;

	/**
	 * The '<em><b>TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME
	 * @model literal="HHMM"
	 * @generated
	 * @ordered
	 */
	public static final int TIME_VALUE = 7;

	/**
	 * The '<em><b>DAY FLAGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_FLAGS
	 * @model literal="\u65e5\u5272\u5bfe\u8c61\u65e5"
	 * @generated
	 * @ordered
	 */
	public static final int DAY_FLAGS_VALUE = 8;

	/**
	 * The '<em><b>INSURED NUMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSURED_NUMBER
	 * @model literal="\u88ab\u4fdd\u967a\u8005\u756a\u53f7"
	 * @generated
	 * @ordered
	 */
	public static final int INSURED_NUMBER_VALUE = 9;

	/**
	 * The '<em><b>OFFICE NUMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_NUMBER
	 * @model literal="\u4e8b\u696d\u6240\u756a\u53f7"
	 * @generated
	 * @ordered
	 */
	public static final int OFFICE_NUMBER_VALUE = 10;

	/**
	 * The '<em><b>POSTAL CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTAL_CODE
	 * @model literal="XXX-XXXX"
	 * @generated
	 * @ordered
	 */
	public static final int POSTAL_CODE_VALUE = 11;

	/**
	 * The '<em><b>SERVICE CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_CODE
	 * @model literal="\u30b5\u30fc\u30d3\u30b9\u30b3\u30fc\u30c9"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_CODE_VALUE = 12;

	/**
	 * The '<em><b>SERVICE TYPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_TYPE
	 * @model literal="\u30b5\u30fc\u30d3\u30b9\u7a2e\u985e\u30b3\u30fc\u30c9"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_TYPE_VALUE = 13;

	/**
	 * The '<em><b>STRING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRING
	 * @model literal="\u6587\u5b57\u5217"
	 * @generated
	 * @ordered
	 */
	public static final int STRING_VALUE = 14;

	/**
	 * The '<em><b>UNUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNUSED
	 * @model literal="\u4f7f\u7528\u3057\u306a\u3044"
	 * @generated
	 * @ordered
	 */
	public static final int UNUSED_VALUE = 15;

	/**
	 * An array of all the '<em><b>Column Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ColumnType[] VALUES_ARRAY =
		new ColumnType[] {
			TEXT,
			CODE,
			DIGITS,
			INTEGER,
			DECIMAL,
			DATE,
			YEAR_MONTH,
			TIME,
			DAY_FLAGS,
			INSURED_NUMBER,
			OFFICE_NUMBER,
			POSTAL_CODE,
			SERVICE_CODE,
			SERVICE_TYPE,
			STRING,
			UNUSED,
		};

	/**
	 * A public read-only list of all the '<em><b>Column Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ColumnType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Column Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ColumnType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Column Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ColumnType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Column Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnType get(int value) {
		switch (value) {
			case TEXT_VALUE: return TEXT;
			case CODE_VALUE: return CODE;
			case DIGITS_VALUE: return DIGITS;
			case INTEGER_VALUE: return INTEGER;
			case DECIMAL_VALUE: return DECIMAL;
			case DATE_VALUE: return DATE;
			case YEAR_MONTH_VALUE: return YEAR_MONTH;
			case TIME_VALUE: return TIME;
			case DAY_FLAGS_VALUE: return DAY_FLAGS;
			case INSURED_NUMBER_VALUE: return INSURED_NUMBER;
			case OFFICE_NUMBER_VALUE: return OFFICE_NUMBER;
			case POSTAL_CODE_VALUE: return POSTAL_CODE;
			case SERVICE_CODE_VALUE: return SERVICE_CODE;
			case SERVICE_TYPE_VALUE: return SERVICE_TYPE;
			case STRING_VALUE: return STRING;
			case UNUSED_VALUE: return UNUSED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ColumnType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ColumnType
