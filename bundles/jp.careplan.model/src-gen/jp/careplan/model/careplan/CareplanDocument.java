/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The records of one file of the standard, in file order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.CareplanDocument#getKind <em>Kind</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CareplanDocument#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getCareplanDocument()
 * @model annotation="http://careplan.jp/labels ja='\u30d5\u30a1\u30a4\u30eb'"
 * @generated
 */
public interface CareplanDocument extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file kind: the prefix of the file name, e.g. UPPLAN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCareplanDocument_Kind()
	 * @model annotation="http://careplan.jp/labels ja='\u30d5\u30a1\u30a4\u30eb\u7a2e\u985e'"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CareplanDocument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Records</b></em>' containment reference list.
	 * The list contents are of type {@link jp.careplan.model.careplan.Record}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Records</em>' containment reference list.
	 * @see jp.careplan.model.careplan.CareplanPackage#getCareplanDocument_Records()
	 * @model containment="true"
	 *        annotation="http://careplan.jp/labels ja='\u30ec\u30b3\u30fc\u30c9'"
	 * @generated
	 */
	EList<jp.careplan.model.careplan.Record> getRecords();

} // CareplanDocument
