/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Care Plan1 Deletion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 居宅サービス計画1表_削除 (file kind DLT1KYO): deletes a 第1表 plan and the 第2表 rows that depend on it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1Deletion#getPlanDate <em>Plan Date</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1Deletion()
 * @model annotation="http://careplan.jp/labels ja='\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b1\u8868_\u524a\u9664'"
 * @generated
 */
public interface CarePlan1Deletion extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 居宅サービス計画作成（変更）日 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Date</em>' attribute.
	 * @see #setPlanDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1Deletion_PlanDate()
	 * @model
	 * @generated
	 */
	String getPlanDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1Deletion#getPlanDate <em>Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Date</em>' attribute.
	 * @see #getPlanDate()
	 * @generated
	 */
	void setPlanDate(String value);

} // CarePlan1Deletion
