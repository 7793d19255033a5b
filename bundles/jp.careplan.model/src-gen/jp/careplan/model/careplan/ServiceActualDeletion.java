/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Actual Deletion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 第6表 実績情報削除 (file kind DLTJSK): deletes the 実績 of a user and month for one サービス事業者コード and サービス種類コード.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.ServiceActualDeletion#getDeletionTargetMonth <em>Deletion Target Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceActualDeletion#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceActualDeletion#getServiceType <em>Service Type</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getServiceActualDeletion()
 * @model annotation="http://careplan.jp/labels ja='\u7b2c6\u8868 \u5b9f\u7e3e\u60c5\u5831\u524a\u9664'"
 * @generated
 */
public interface ServiceActualDeletion extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Deletion Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 削除対象年月 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deletion Target Month</em>' attribute.
	 * @see #setDeletionTargetMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceActualDeletion_DeletionTargetMonth()
	 * @model
	 * @generated
	 */
	String getDeletionTargetMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceActualDeletion#getDeletionTargetMonth <em>Deletion Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deletion Target Month</em>' attribute.
	 * @see #getDeletionTargetMonth()
	 * @generated
	 */
	void setDeletionTargetMonth(String value);

	/**
	 * Returns the value of the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス事業者コード (No.5)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Code</em>' attribute.
	 * @see #setProviderCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceActualDeletion_ProviderCode()
	 * @model
	 * @generated
	 */
	String getProviderCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceActualDeletion#getProviderCode <em>Provider Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Code</em>' attribute.
	 * @see #getProviderCode()
	 * @generated
	 */
	void setProviderCode(String value);

	/**
	 * Returns the value of the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス種類コード (No.6)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Type</em>' attribute.
	 * @see #setServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceActualDeletion_ServiceType()
	 * @model
	 * @generated
	 */
	String getServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceActualDeletion#getServiceType <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Type</em>' attribute.
	 * @see #getServiceType()
	 * @generated
	 */
	void setServiceType(String value);

} // ServiceActualDeletion
