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
 * A representation of the model object '<em><b>Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 課題 (生活全般の解決すべき課題（ニーズ）) with its 課題ＮＯ; the text of its first row that has one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.Need#getNumber <em>Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.Need#getText <em>Text</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.Need#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getNeed()
 * @model annotation="http://careplan.jp/labels ja='\u8ab2\u984c'"
 * @generated
 */
public interface Need extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 課題ＮＯ
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getNeed_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.Need#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 課題
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getNeed_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.Need#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link jp.careplan.model.careplan.SupportGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see jp.careplan.model.careplan.CareplanPackage#getNeed_Goals()
	 * @model containment="true"
	 *        annotation="http://careplan.jp/labels ja='\u63f4\u52a9\u76ee\u6a19'"
	 * @generated
	 */
	EList<SupportGoal> getGoals();

} // Need
