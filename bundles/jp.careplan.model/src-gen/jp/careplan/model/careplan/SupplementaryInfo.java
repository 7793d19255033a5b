/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supplementary Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 利用者補足情報 (file kind UPHOSOKU): the user's details, certification and the 種類別支給限度管理 slots 1-9. A record tied to a 第1表/第2表 carries its 居宅サービス計画作成（変更）日 (No.4) and 対象年月 000000 (No.63); one tied to a 第6表/第7表 carries its 対象年月 (No.63) and 00000000 in No.4.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserNameKana <em>User Name Kana</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserName <em>User Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserSex <em>User Sex</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserBirthDate <em>User Birth Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserPostalCode <em>User Postal Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserAddress1 <em>User Address1</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserAddress2 <em>User Address2</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUserPhoneNumber <em>User Phone Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getCertificationDate <em>Certification Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getLimitStartDate <em>Limit Start Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getLimitEndDate <em>Limit End Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getCertificationStatus <em>Certification Status</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getCareLevelChangeDate <em>Care Level Change Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getCareLevel <em>Care Level</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getCategoryLimitUnits <em>Category Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1ServiceType <em>Slot1 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1LimitUnits <em>Slot1 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1TotalUnits <em>Slot1 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1ExcessUnits <em>Slot1 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2ServiceType <em>Slot2 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2LimitUnits <em>Slot2 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2TotalUnits <em>Slot2 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2ExcessUnits <em>Slot2 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3ServiceType <em>Slot3 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3LimitUnits <em>Slot3 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3TotalUnits <em>Slot3 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3ExcessUnits <em>Slot3 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4ServiceType <em>Slot4 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4LimitUnits <em>Slot4 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4TotalUnits <em>Slot4 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4ExcessUnits <em>Slot4 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5ServiceType <em>Slot5 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5LimitUnits <em>Slot5 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5TotalUnits <em>Slot5 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5ExcessUnits <em>Slot5 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6ServiceType <em>Slot6 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6LimitUnits <em>Slot6 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6TotalUnits <em>Slot6 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6ExcessUnits <em>Slot6 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7ServiceType <em>Slot7 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7LimitUnits <em>Slot7 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7TotalUnits <em>Slot7 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7ExcessUnits <em>Slot7 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8ServiceType <em>Slot8 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8LimitUnits <em>Slot8 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8TotalUnits <em>Slot8 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8ExcessUnits <em>Slot8 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9ServiceType <em>Slot9 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9LimitUnits <em>Slot9 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9TotalUnits <em>Slot9 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9ExcessUnits <em>Slot9 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getTotalExcessUnits <em>Total Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getStayDaysBeforeMonth <em>Stay Days Before Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getStayDaysCumulative <em>Stay Days Cumulative</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getPreviousCareLevel <em>Previous Care Level</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getConsentReceiverCode <em>Consent Receiver Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getIdentifier <em>Identifier</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupplementaryInfo#getTargetMonth <em>Target Month</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo()
 * @model annotation="http://careplan.jp/labels ja='\u5229\u7528\u8005\u88dc\u8db3\u60c5\u5831'"
 * @generated
 */
public interface SupplementaryInfo extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 居宅サービス計画作成（変更）日 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Date</em>' attribute.
	 * @see #setPlanDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_PlanDate()
	 * @model
	 * @generated
	 */
	String getPlanDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getPlanDate <em>Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Date</em>' attribute.
	 * @see #getPlanDate()
	 * @generated
	 */
	void setPlanDate(String value);

	/**
	 * Returns the value of the '<em><b>User Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者氏名フリガナ (No.5)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Name Kana</em>' attribute.
	 * @see #setUserNameKana(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserNameKana()
	 * @model
	 * @generated
	 */
	String getUserNameKana();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserNameKana <em>User Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Name Kana</em>' attribute.
	 * @see #getUserNameKana()
	 * @generated
	 */
	void setUserNameKana(String value);

	/**
	 * Returns the value of the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者氏名 (No.6)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Name</em>' attribute.
	 * @see #setUserName(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserName()
	 * @model
	 * @generated
	 */
	String getUserName();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserName <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Name</em>' attribute.
	 * @see #getUserName()
	 * @generated
	 */
	void setUserName(String value);

	/**
	 * Returns the value of the '<em><b>User Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者性別 (No.7)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Sex</em>' attribute.
	 * @see #setUserSex(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserSex()
	 * @model
	 * @generated
	 */
	String getUserSex();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserSex <em>User Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Sex</em>' attribute.
	 * @see #getUserSex()
	 * @generated
	 */
	void setUserSex(String value);

	/**
	 * Returns the value of the '<em><b>User Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者生年月日 (No.8)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Birth Date</em>' attribute.
	 * @see #setUserBirthDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserBirthDate()
	 * @model
	 * @generated
	 */
	String getUserBirthDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserBirthDate <em>User Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Birth Date</em>' attribute.
	 * @see #getUserBirthDate()
	 * @generated
	 */
	void setUserBirthDate(String value);

	/**
	 * Returns the value of the '<em><b>User Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者郵便番号 (No.9)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Postal Code</em>' attribute.
	 * @see #setUserPostalCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserPostalCode()
	 * @model
	 * @generated
	 */
	String getUserPostalCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserPostalCode <em>User Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Postal Code</em>' attribute.
	 * @see #getUserPostalCode()
	 * @generated
	 */
	void setUserPostalCode(String value);

	/**
	 * Returns the value of the '<em><b>User Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者住所１ (No.10)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Address1</em>' attribute.
	 * @see #setUserAddress1(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserAddress1()
	 * @model
	 * @generated
	 */
	String getUserAddress1();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserAddress1 <em>User Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Address1</em>' attribute.
	 * @see #getUserAddress1()
	 * @generated
	 */
	void setUserAddress1(String value);

	/**
	 * Returns the value of the '<em><b>User Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者住所２ (No.11)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Address2</em>' attribute.
	 * @see #setUserAddress2(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserAddress2()
	 * @model
	 * @generated
	 */
	String getUserAddress2();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserAddress2 <em>User Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Address2</em>' attribute.
	 * @see #getUserAddress2()
	 * @generated
	 */
	void setUserAddress2(String value);

	/**
	 * Returns the value of the '<em><b>User Phone Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者電話番号 (No.12)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Phone Number</em>' attribute.
	 * @see #setUserPhoneNumber(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UserPhoneNumber()
	 * @model
	 * @generated
	 */
	String getUserPhoneNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserPhoneNumber <em>User Phone Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Phone Number</em>' attribute.
	 * @see #getUserPhoneNumber()
	 * @generated
	 */
	void setUserPhoneNumber(String value);

	/**
	 * Returns the value of the '<em><b>Certification Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 認定日 (No.13)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certification Date</em>' attribute.
	 * @see #setCertificationDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_CertificationDate()
	 * @model
	 * @generated
	 */
	String getCertificationDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getCertificationDate <em>Certification Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Date</em>' attribute.
	 * @see #getCertificationDate()
	 * @generated
	 */
	void setCertificationDate(String value);

	/**
	 * Returns the value of the '<em><b>Limit Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 限度額適用開始年月日 (No.14)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limit Start Date</em>' attribute.
	 * @see #setLimitStartDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_LimitStartDate()
	 * @model
	 * @generated
	 */
	String getLimitStartDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getLimitStartDate <em>Limit Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit Start Date</em>' attribute.
	 * @see #getLimitStartDate()
	 * @generated
	 */
	void setLimitStartDate(String value);

	/**
	 * Returns the value of the '<em><b>Limit End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 限度額適用終了年月日 (No.15)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limit End Date</em>' attribute.
	 * @see #setLimitEndDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_LimitEndDate()
	 * @model
	 * @generated
	 */
	String getLimitEndDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getLimitEndDate <em>Limit End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit End Date</em>' attribute.
	 * @see #getLimitEndDate()
	 * @generated
	 */
	void setLimitEndDate(String value);

	/**
	 * Returns the value of the '<em><b>Certification Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 認定状況区分 (No.16)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certification Status</em>' attribute.
	 * @see #setCertificationStatus(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_CertificationStatus()
	 * @model
	 * @generated
	 */
	String getCertificationStatus();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getCertificationStatus <em>Certification Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Status</em>' attribute.
	 * @see #getCertificationStatus()
	 * @generated
	 */
	void setCertificationStatus(String value);

	/**
	 * Returns the value of the '<em><b>Care Level Change Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 要介護状態変更日 (No.17)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Care Level Change Date</em>' attribute.
	 * @see #setCareLevelChangeDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_CareLevelChangeDate()
	 * @model
	 * @generated
	 */
	String getCareLevelChangeDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getCareLevelChangeDate <em>Care Level Change Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Care Level Change Date</em>' attribute.
	 * @see #getCareLevelChangeDate()
	 * @generated
	 */
	void setCareLevelChangeDate(String value);

	/**
	 * Returns the value of the '<em><b>Care Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 要介護状態区分 (No.18)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Care Level</em>' attribute.
	 * @see #setCareLevel(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_CareLevel()
	 * @model
	 * @generated
	 */
	String getCareLevel();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getCareLevel <em>Care Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Care Level</em>' attribute.
	 * @see #getCareLevel()
	 * @generated
	 */
	void setCareLevel(String value);

	/**
	 * Returns the value of the '<em><b>Category Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 区分支給限度基準額 (No.19)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category Limit Units</em>' attribute.
	 * @see #setCategoryLimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_CategoryLimitUnits()
	 * @model
	 * @generated
	 */
	String getCategoryLimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getCategoryLimitUnits <em>Category Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Limit Units</em>' attribute.
	 * @see #getCategoryLimitUnits()
	 * @generated
	 */
	void setCategoryLimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot1 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * １サービス種類コード (No.20)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot1 Service Type</em>' attribute.
	 * @see #setSlot1ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot1ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot1ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1ServiceType <em>Slot1 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot1 Service Type</em>' attribute.
	 * @see #getSlot1ServiceType()
	 * @generated
	 */
	void setSlot1ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot1 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * １支給限度基準額 (No.21)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot1 Limit Units</em>' attribute.
	 * @see #setSlot1LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot1LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot1LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1LimitUnits <em>Slot1 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot1 Limit Units</em>' attribute.
	 * @see #getSlot1LimitUnits()
	 * @generated
	 */
	void setSlot1LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot1 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * １合計単位数 (No.22)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot1 Total Units</em>' attribute.
	 * @see #setSlot1TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot1TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot1TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1TotalUnits <em>Slot1 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot1 Total Units</em>' attribute.
	 * @see #getSlot1TotalUnits()
	 * @generated
	 */
	void setSlot1TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot1 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * １限度超単位数 (No.23)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot1 Excess Units</em>' attribute.
	 * @see #setSlot1ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot1ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot1ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1ExcessUnits <em>Slot1 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot1 Excess Units</em>' attribute.
	 * @see #getSlot1ExcessUnits()
	 * @generated
	 */
	void setSlot1ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot2 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ２サービス種類コード (No.24)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot2 Service Type</em>' attribute.
	 * @see #setSlot2ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot2ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot2ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2ServiceType <em>Slot2 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot2 Service Type</em>' attribute.
	 * @see #getSlot2ServiceType()
	 * @generated
	 */
	void setSlot2ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot2 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ２支給限度基準額 (No.25)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot2 Limit Units</em>' attribute.
	 * @see #setSlot2LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot2LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot2LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2LimitUnits <em>Slot2 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot2 Limit Units</em>' attribute.
	 * @see #getSlot2LimitUnits()
	 * @generated
	 */
	void setSlot2LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot2 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ２合計単位数 (No.26)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot2 Total Units</em>' attribute.
	 * @see #setSlot2TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot2TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot2TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2TotalUnits <em>Slot2 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot2 Total Units</em>' attribute.
	 * @see #getSlot2TotalUnits()
	 * @generated
	 */
	void setSlot2TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot2 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ２限度超単位数 (No.27)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot2 Excess Units</em>' attribute.
	 * @see #setSlot2ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot2ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot2ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2ExcessUnits <em>Slot2 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot2 Excess Units</em>' attribute.
	 * @see #getSlot2ExcessUnits()
	 * @generated
	 */
	void setSlot2ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot3 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ３サービス種類コード (No.28)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot3 Service Type</em>' attribute.
	 * @see #setSlot3ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot3ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot3ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3ServiceType <em>Slot3 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot3 Service Type</em>' attribute.
	 * @see #getSlot3ServiceType()
	 * @generated
	 */
	void setSlot3ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot3 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ３支給限度基準額 (No.29)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot3 Limit Units</em>' attribute.
	 * @see #setSlot3LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot3LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot3LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3LimitUnits <em>Slot3 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot3 Limit Units</em>' attribute.
	 * @see #getSlot3LimitUnits()
	 * @generated
	 */
	void setSlot3LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot3 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ３合計単位数 (No.30)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot3 Total Units</em>' attribute.
	 * @see #setSlot3TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot3TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot3TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3TotalUnits <em>Slot3 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot3 Total Units</em>' attribute.
	 * @see #getSlot3TotalUnits()
	 * @generated
	 */
	void setSlot3TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot3 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ３限度超単位数 (No.31)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot3 Excess Units</em>' attribute.
	 * @see #setSlot3ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot3ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot3ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3ExcessUnits <em>Slot3 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot3 Excess Units</em>' attribute.
	 * @see #getSlot3ExcessUnits()
	 * @generated
	 */
	void setSlot3ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot4 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ４サービス種類コード (No.32)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot4 Service Type</em>' attribute.
	 * @see #setSlot4ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot4ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot4ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4ServiceType <em>Slot4 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot4 Service Type</em>' attribute.
	 * @see #getSlot4ServiceType()
	 * @generated
	 */
	void setSlot4ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot4 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ４支給限度基準額 (No.33)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot4 Limit Units</em>' attribute.
	 * @see #setSlot4LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot4LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot4LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4LimitUnits <em>Slot4 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot4 Limit Units</em>' attribute.
	 * @see #getSlot4LimitUnits()
	 * @generated
	 */
	void setSlot4LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot4 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ４合計単位数 (No.34)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot4 Total Units</em>' attribute.
	 * @see #setSlot4TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot4TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot4TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4TotalUnits <em>Slot4 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot4 Total Units</em>' attribute.
	 * @see #getSlot4TotalUnits()
	 * @generated
	 */
	void setSlot4TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot4 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ４限度超単位数 (No.35)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot4 Excess Units</em>' attribute.
	 * @see #setSlot4ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot4ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot4ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4ExcessUnits <em>Slot4 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot4 Excess Units</em>' attribute.
	 * @see #getSlot4ExcessUnits()
	 * @generated
	 */
	void setSlot4ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot5 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ５サービス種類コード (No.36)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot5 Service Type</em>' attribute.
	 * @see #setSlot5ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot5ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot5ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5ServiceType <em>Slot5 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot5 Service Type</em>' attribute.
	 * @see #getSlot5ServiceType()
	 * @generated
	 */
	void setSlot5ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot5 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ５支給限度基準額 (No.37)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot5 Limit Units</em>' attribute.
	 * @see #setSlot5LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot5LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot5LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5LimitUnits <em>Slot5 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot5 Limit Units</em>' attribute.
	 * @see #getSlot5LimitUnits()
	 * @generated
	 */
	void setSlot5LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot5 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ５合計単位数 (No.38)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot5 Total Units</em>' attribute.
	 * @see #setSlot5TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot5TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot5TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5TotalUnits <em>Slot5 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot5 Total Units</em>' attribute.
	 * @see #getSlot5TotalUnits()
	 * @generated
	 */
	void setSlot5TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot5 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ５限度超単位数 (No.39)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot5 Excess Units</em>' attribute.
	 * @see #setSlot5ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot5ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot5ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5ExcessUnits <em>Slot5 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot5 Excess Units</em>' attribute.
	 * @see #getSlot5ExcessUnits()
	 * @generated
	 */
	void setSlot5ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot6 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ６サービス種類コード (No.40)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot6 Service Type</em>' attribute.
	 * @see #setSlot6ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot6ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot6ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6ServiceType <em>Slot6 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot6 Service Type</em>' attribute.
	 * @see #getSlot6ServiceType()
	 * @generated
	 */
	void setSlot6ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot6 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ６支給限度基準額 (No.41)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot6 Limit Units</em>' attribute.
	 * @see #setSlot6LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot6LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot6LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6LimitUnits <em>Slot6 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot6 Limit Units</em>' attribute.
	 * @see #getSlot6LimitUnits()
	 * @generated
	 */
	void setSlot6LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot6 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ６合計単位数 (No.42)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot6 Total Units</em>' attribute.
	 * @see #setSlot6TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot6TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot6TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6TotalUnits <em>Slot6 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot6 Total Units</em>' attribute.
	 * @see #getSlot6TotalUnits()
	 * @generated
	 */
	void setSlot6TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot6 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ６限度超単位数 (No.43)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot6 Excess Units</em>' attribute.
	 * @see #setSlot6ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot6ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot6ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6ExcessUnits <em>Slot6 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot6 Excess Units</em>' attribute.
	 * @see #getSlot6ExcessUnits()
	 * @generated
	 */
	void setSlot6ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot7 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ７サービス種類コード (No.44)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot7 Service Type</em>' attribute.
	 * @see #setSlot7ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot7ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot7ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7ServiceType <em>Slot7 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot7 Service Type</em>' attribute.
	 * @see #getSlot7ServiceType()
	 * @generated
	 */
	void setSlot7ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot7 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ７支給限度基準額 (No.45)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot7 Limit Units</em>' attribute.
	 * @see #setSlot7LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot7LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot7LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7LimitUnits <em>Slot7 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot7 Limit Units</em>' attribute.
	 * @see #getSlot7LimitUnits()
	 * @generated
	 */
	void setSlot7LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot7 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ７合計単位数 (No.46)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot7 Total Units</em>' attribute.
	 * @see #setSlot7TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot7TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot7TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7TotalUnits <em>Slot7 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot7 Total Units</em>' attribute.
	 * @see #getSlot7TotalUnits()
	 * @generated
	 */
	void setSlot7TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot7 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ７限度超単位数 (No.47)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot7 Excess Units</em>' attribute.
	 * @see #setSlot7ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot7ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot7ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7ExcessUnits <em>Slot7 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot7 Excess Units</em>' attribute.
	 * @see #getSlot7ExcessUnits()
	 * @generated
	 */
	void setSlot7ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot8 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ８サービス種類コード (No.48)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot8 Service Type</em>' attribute.
	 * @see #setSlot8ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot8ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot8ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8ServiceType <em>Slot8 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot8 Service Type</em>' attribute.
	 * @see #getSlot8ServiceType()
	 * @generated
	 */
	void setSlot8ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot8 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ８支給限度基準額 (No.49)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot8 Limit Units</em>' attribute.
	 * @see #setSlot8LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot8LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot8LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8LimitUnits <em>Slot8 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot8 Limit Units</em>' attribute.
	 * @see #getSlot8LimitUnits()
	 * @generated
	 */
	void setSlot8LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot8 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ８合計単位数 (No.50)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot8 Total Units</em>' attribute.
	 * @see #setSlot8TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot8TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot8TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8TotalUnits <em>Slot8 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot8 Total Units</em>' attribute.
	 * @see #getSlot8TotalUnits()
	 * @generated
	 */
	void setSlot8TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot8 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ８限度超単位数 (No.51)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot8 Excess Units</em>' attribute.
	 * @see #setSlot8ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot8ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot8ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8ExcessUnits <em>Slot8 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot8 Excess Units</em>' attribute.
	 * @see #getSlot8ExcessUnits()
	 * @generated
	 */
	void setSlot8ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot9 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ９サービス種類コード (No.52)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot9 Service Type</em>' attribute.
	 * @see #setSlot9ServiceType(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot9ServiceType()
	 * @model
	 * @generated
	 */
	String getSlot9ServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9ServiceType <em>Slot9 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot9 Service Type</em>' attribute.
	 * @see #getSlot9ServiceType()
	 * @generated
	 */
	void setSlot9ServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Slot9 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ９支給限度基準額 (No.53)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot9 Limit Units</em>' attribute.
	 * @see #setSlot9LimitUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot9LimitUnits()
	 * @model
	 * @generated
	 */
	String getSlot9LimitUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9LimitUnits <em>Slot9 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot9 Limit Units</em>' attribute.
	 * @see #getSlot9LimitUnits()
	 * @generated
	 */
	void setSlot9LimitUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot9 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ９合計単位数 (No.54)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot9 Total Units</em>' attribute.
	 * @see #setSlot9TotalUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot9TotalUnits()
	 * @model
	 * @generated
	 */
	String getSlot9TotalUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9TotalUnits <em>Slot9 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot9 Total Units</em>' attribute.
	 * @see #getSlot9TotalUnits()
	 * @generated
	 */
	void setSlot9TotalUnits(String value);

	/**
	 * Returns the value of the '<em><b>Slot9 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ９限度超単位数 (No.55)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot9 Excess Units</em>' attribute.
	 * @see #setSlot9ExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Slot9ExcessUnits()
	 * @model
	 * @generated
	 */
	String getSlot9ExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9ExcessUnits <em>Slot9 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot9 Excess Units</em>' attribute.
	 * @see #getSlot9ExcessUnits()
	 * @generated
	 */
	void setSlot9ExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Total Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 合計限度超単位数 (No.56)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Excess Units</em>' attribute.
	 * @see #setTotalExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_TotalExcessUnits()
	 * @model
	 * @generated
	 */
	String getTotalExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getTotalExcessUnits <em>Total Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Excess Units</em>' attribute.
	 * @see #getTotalExcessUnits()
	 * @generated
	 */
	void setTotalExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Stay Days Before Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 入所前月迄利用日数 (No.57)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stay Days Before Month</em>' attribute.
	 * @see #setStayDaysBeforeMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_StayDaysBeforeMonth()
	 * @model
	 * @generated
	 */
	String getStayDaysBeforeMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getStayDaysBeforeMonth <em>Stay Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stay Days Before Month</em>' attribute.
	 * @see #getStayDaysBeforeMonth()
	 * @generated
	 */
	void setStayDaysBeforeMonth(String value);

	/**
	 * Returns the value of the '<em><b>Stay Days Cumulative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 入所累積利用日数 (No.58)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stay Days Cumulative</em>' attribute.
	 * @see #setStayDaysCumulative(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_StayDaysCumulative()
	 * @model
	 * @generated
	 */
	String getStayDaysCumulative();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getStayDaysCumulative <em>Stay Days Cumulative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stay Days Cumulative</em>' attribute.
	 * @see #getStayDaysCumulative()
	 * @generated
	 */
	void setStayDaysCumulative(String value);

	/**
	 * Returns the value of the '<em><b>Previous Care Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 前回要介護状態区分 (No.59)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous Care Level</em>' attribute.
	 * @see #setPreviousCareLevel(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_PreviousCareLevel()
	 * @model
	 * @generated
	 */
	String getPreviousCareLevel();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getPreviousCareLevel <em>Previous Care Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Care Level</em>' attribute.
	 * @see #getPreviousCareLevel()
	 * @generated
	 */
	void setPreviousCareLevel(String value);

	/**
	 * Returns the value of the '<em><b>Consent Receiver Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 同意書受付業者 (No.60)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consent Receiver Code</em>' attribute.
	 * @see #setConsentReceiverCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_ConsentReceiverCode()
	 * @model
	 * @generated
	 */
	String getConsentReceiverCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getConsentReceiverCode <em>Consent Receiver Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Receiver Code</em>' attribute.
	 * @see #getConsentReceiverCode()
	 * @generated
	 */
	void setConsentReceiverCode(String value);

	/**
	 * Returns the value of the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 更新業者コード (No.61)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updater Code</em>' attribute.
	 * @see #setUpdaterCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_UpdaterCode()
	 * @model
	 * @generated
	 */
	String getUpdaterCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getUpdaterCode <em>Updater Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updater Code</em>' attribute.
	 * @see #getUpdaterCode()
	 * @generated
	 */
	void setUpdaterCode(String value);

	/**
	 * Returns the value of the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 識別子 (No.62)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifier</em>' attribute.
	 * @see #setIdentifier(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_Identifier()
	 * @model
	 * @generated
	 */
	String getIdentifier();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getIdentifier <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier</em>' attribute.
	 * @see #getIdentifier()
	 * @generated
	 */
	void setIdentifier(String value);

	/**
	 * Returns the value of the '<em><b>Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 対象年月 (No.63)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Month</em>' attribute.
	 * @see #setTargetMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupplementaryInfo_TargetMonth()
	 * @model
	 * @generated
	 */
	String getTargetMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupplementaryInfo#getTargetMonth <em>Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Month</em>' attribute.
	 * @see #getTargetMonth()
	 * @generated
	 */
	void setTargetMonth(String value);

} // SupplementaryInfo
