/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Use Plan Deletion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 第6表（サービス利用票）予定削除 (file kind DLTPLAN): deletes the 第6表 plan of a user and month, and the dependent 第7表.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.ServiceUsePlanDeletion#getDeletionTargetMonth <em>Deletion Target Month</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUsePlanDeletion()
 * @model annotation="http://careplan.jp/labels ja='\u7b2c6\u8868\uff08\u30b5\u30fc\u30d3\u30b9\u5229\u7528\u7968\uff09\u4e88\u5b9a\u524a\u9664'"
 * @generated
 */
public interface ServiceUsePlanDeletion extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Deletion Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 削除対象年月 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deletion Target Month</em>' attribute.
	 * @see #setDeletionTargetMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUsePlanDeletion_DeletionTargetMonth()
	 * @model
	 * @generated
	 */
	String getDeletionTargetMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUsePlanDeletion#getDeletionTargetMonth <em>Deletion Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deletion Target Month</em>' attribute.
	 * @see #getDeletionTargetMonth()
	 * @generated
	 */
	void setDeletionTargetMonth(String value);

} // ServiceUsePlanDeletion
