/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Annex Row Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of row of a 第7表（サービス利用票別表） file, told by the サービスコード.
 * <!-- end-model-doc -->
 * @see jp.careplan.model.careplan.CareplanPackage#getAnnexRowType()
 * @model
 * @generated
 */
public enum AnnexRowType implements Enumerator {
	/**
	 * The '<em><b>DETAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETAIL_VALUE
	 * @generated
	 * @ordered
	 */
	DETAIL(0, "DETAIL", "\u660e\u7d30"),

	/**
	 * The '<em><b>TYPE SUBTOTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE_SUBTOTAL_VALUE
	 * @generated
	 * @ordered
	 */
	TYPE_SUBTOTAL(1, "TYPE_SUBTOTAL", "\u533a\u5206\u652f\u7d66\u5bfe\u8c61\u7a2e\u985e\u5225\u5c0f\u8a08 AAAA"),

	/**
	 * The '<em><b>TYPE SUBTOTAL OUTSIDE LIMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE_SUBTOTAL_OUTSIDE_LIMIT_VALUE
	 * @generated
	 * @ordered
	 */
	TYPE_SUBTOTAL_OUTSIDE_LIMIT(2, "TYPE_SUBTOTAL_OUTSIDE_LIMIT", "\u533a\u5206\u652f\u7d66\u5bfe\u8c61\u5916\u7a2e\u985e\u5225\u5c0f\u8a08 EEEE"),

	/**
	 * The '<em><b>TYPE SUBTOTAL OVER 30 DAYS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE_SUBTOTAL_OVER_30_DAYS_VALUE
	 * @generated
	 * @ordered
	 */
	TYPE_SUBTOTAL_OVER_30_DAYS(3, "TYPE_SUBTOTAL_OVER_30_DAYS", "30\u65e5\u8d85\u904e\u5206\u7a2e\u985e\u5225\u5c0f\u8a08 ZZZZ"),

	/**
	 * The '<em><b>GRAND TOTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRAND_TOTAL_VALUE
	 * @generated
	 * @ordered
	 */
	GRAND_TOTAL(4, "GRAND_TOTAL", "\u5168\u5408\u8a08 ALL9");

	/**
	 * The '<em><b>DETAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETAIL
	 * @model literal="\u660e\u7d30"
	 * @generated
	 * @ordered
	 */
	public static final int DETAIL_VALUE = 0;

	/**
	 * The '<em><b>TYPE SUBTOTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE_SUBTOTAL
	 * @model literal="\u533a\u5206\u652f\u7d66\u5bfe\u8c61\u7a2e\u985e\u5225\u5c0f\u8a08 AAAA"
	 * @generated
	 * @ordered
	 */
	public static final int TYPE_SUBTOTAL_VALUE = 1;

	/**
	 * The '<em><b>TYPE SUBTOTAL OUTSIDE LIMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE_SUBTOTAL_OUTSIDE_LIMIT
	 * @model literal="\u533a\u5206\u652f\u7d66\u5bfe\u8c61\u5916\u7a2e\u985e\u5225\u5c0f\u8a08 EEEE"
	 * @generated
	 * @ordered
	 */
	public static final int TYPE_SUBTOTAL_OUTSIDE_LIMIT_VALUE = 2;

	/**
	 * The '<em><b>TYPE SUBTOTAL OVER 30 DAYS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TYPE_SUBTOTAL_OVER_30_DAYS
	 * @model literal="30\u65e5\u8d85\u904e\u5206\u7a2e\u985e\u5225\u5c0f\u8a08 ZZZZ"
	 * @generated
	 * @ordered
	 */
	public static final int TYPE_SUBTOTAL_OVER_30_DAYS_VALUE = 3;

	/**
	 * The '<em><b>GRAND TOTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRAND_TOTAL
	 * @model literal="\u5168\u5408\u8a08 ALL9"
	 * @generated
	 * @ordered
	 */
	public static final int GRAND_TOTAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Annex Row Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnnexRowType[] VALUES_ARRAY =
		new AnnexRowType[] {
			DETAIL,
			TYPE_SUBTOTAL,
			TYPE_SUBTOTAL_OUTSIDE_LIMIT,
			TYPE_SUBTOTAL_OVER_30_DAYS,
			GRAND_TOTAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Annex Row Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnnexRowType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Annex Row Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnnexRowType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnnexRowType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Annex Row Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnnexRowType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnnexRowType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Annex Row Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnnexRowType get(int value) {
		switch (value) {
			case DETAIL_VALUE: return DETAIL;
			case TYPE_SUBTOTAL_VALUE: return TYPE_SUBTOTAL;
			case TYPE_SUBTOTAL_OUTSIDE_LIMIT_VALUE: return TYPE_SUBTOTAL_OUTSIDE_LIMIT;
			case TYPE_SUBTOTAL_OVER_30_DAYS_VALUE: return TYPE_SUBTOTAL_OVER_30_DAYS;
			case GRAND_TOTAL_VALUE: return GRAND_TOTAL;
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
	private AnnexRowType(int value, String name, String literal) {
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
	
} //AnnexRowType
