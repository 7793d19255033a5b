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
 * A representation of the model object '<em><b>Care Plan2</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 居宅サービス計画書（２）of one plan as the paper form has it: 課題 → 援助目標 (長期目標・短期目標) → 援助内容. Built from the file's records (CarePlan2Forms), which stay the content of the file: every CSV row maps back to itself.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2#getInsurerNumber <em>Insurer Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2#getInsuredNumber <em>Insured Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2#getNeeds <em>Needs</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2()
 * @model annotation="http://careplan.jp/labels ja='\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b\u66f8\uff08\uff12\uff09'"
 * @generated
 */
public interface CarePlan2 extends EObject {
	/**
	 * Returns the value of the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 保険者番号
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insurer Number</em>' attribute.
	 * @see #setInsurerNumber(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2_InsurerNumber()
	 * @model
	 * @generated
	 */
	String getInsurerNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2#getInsurerNumber <em>Insurer Number</em>}' attribute.
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
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2_InsuredNumber()
	 * @model
	 * @generated
	 */
	String getInsuredNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2#getInsuredNumber <em>Insured Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insured Number</em>' attribute.
	 * @see #getInsuredNumber()
	 * @generated
	 */
	void setInsuredNumber(String value);

	/**
	 * Returns the value of the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 居宅サービス計画作成（変更）日
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Date</em>' attribute.
	 * @see #setPlanDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2_PlanDate()
	 * @model
	 * @generated
	 */
	String getPlanDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2#getPlanDate <em>Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Date</em>' attribute.
	 * @see #getPlanDate()
	 * @generated
	 */
	void setPlanDate(String value);

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' containment reference list.
	 * The list contents are of type {@link jp.careplan.model.careplan.Need}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' containment reference list.
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2_Needs()
	 * @model containment="true"
	 *        annotation="http://careplan.jp/labels ja='\u8ab2\u984c'"
	 * @generated
	 */
	EList<Need> getNeeds();

} // CarePlan2
