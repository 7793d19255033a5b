/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record (CSV line) of a file of the standard. Columns 1-3 are the same in every file kind. Not abstract: a kind contributed as a dynamic model (a vendor's table, a draft) extends it, and EMF makes such an object from its nearest generated class.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.Record#getCsvVersion <em>Csv Version</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.Record#getInsurerNumber <em>Insurer Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.Record#getInsuredNumber <em>Insured Number</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getRecord()
 * @model annotation="http://careplan.jp/labels ja='\u30ec\u30b3\u30fc\u30c9'"
 * @generated
 */
public interface Record extends EObject {
	/**
	 * Returns the value of the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CSVバージョン
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Csv Version</em>' attribute.
	 * @see #setCsvVersion(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getRecord_CsvVersion()
	 * @model
	 * @generated
	 */
	String getCsvVersion();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.Record#getCsvVersion <em>Csv Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Csv Version</em>' attribute.
	 * @see #getCsvVersion()
	 * @generated
	 */
	void setCsvVersion(String value);

	/**
	 * Returns the value of the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 保険者番号
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insurer Number</em>' attribute.
	 * @see #setInsurerNumber(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getRecord_InsurerNumber()
	 * @model
	 * @generated
	 */
	String getInsurerNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.Record#getInsurerNumber <em>Insurer Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insurer Number</em>' attribute.
	 * @see #getInsurerNumber()
	 * @generated
	 */
	void setInsurerNumber(String value);

	/**
	 * Returns the value of the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被保険者番号
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insured Number</em>' attribute.
	 * @see #setInsuredNumber(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getRecord_InsuredNumber()
	 * @model
	 * @generated
	 */
	String getInsuredNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.Record#getInsuredNumber <em>Insured Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insured Number</em>' attribute.
	 * @see #getInsuredNumber()
	 * @generated
	 */
	void setInsuredNumber(String value);

} // Record
