/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Care Plan1</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 居宅サービス計画1表 (file kind UP1KYO): one care plan (第1表). Key: 保険者番号, 被保険者番号, 居宅サービス計画作成（変更）日 (No.14).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getUserPostalCode <em>User Postal Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getUserAddress1 <em>User Address1</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getUserAddress2 <em>User Address2</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getPlannerName <em>Planner Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeName <em>Support Office Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficePostalCode <em>Support Office Postal Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress1 <em>Support Office Address1</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress2 <em>Support Office Address2</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeCode <em>Support Office Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getFirstPlanDate <em>First Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getPlanCategory <em>Plan Category</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getCertificationStatus <em>Certification Status</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getCertificationDate <em>Certification Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getCertificationValidFrom <em>Certification Valid From</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getCertificationValidTo <em>Certification Valid To</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getCareLevel <em>Care Level</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getNeedsAnalysis <em>Needs Analysis</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getCertificationBoardOpinion <em>Certification Board Opinion</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getOverallPolicy <em>Overall Policy</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getDailyLifeSupportReason <em>Daily Life Support Reason</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getOtherReason <em>Other Reason</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan1#getIdentifier <em>Identifier</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1()
 * @model annotation="http://careplan.jp/labels ja='\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b1\u8868'"
 * @generated
 */
public interface CarePlan1 extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作成年月日 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Creation Date</em>' attribute.
	 * @see #setCreationDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_CreationDate()
	 * @model
	 * @generated
	 */
	String getCreationDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getCreationDate <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creation Date</em>' attribute.
	 * @see #getCreationDate()
	 * @generated
	 */
	void setCreationDate(String value);

	/**
	 * Returns the value of the '<em><b>User Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者郵便番号 (No.5)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Postal Code</em>' attribute.
	 * @see #setUserPostalCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_UserPostalCode()
	 * @model
	 * @generated
	 */
	String getUserPostalCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getUserPostalCode <em>User Postal Code</em>}' attribute.
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
	 * 利用者住所１ (No.6)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Address1</em>' attribute.
	 * @see #setUserAddress1(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_UserAddress1()
	 * @model
	 * @generated
	 */
	String getUserAddress1();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getUserAddress1 <em>User Address1</em>}' attribute.
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
	 * 利用者住所２ (No.7)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Address2</em>' attribute.
	 * @see #setUserAddress2(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_UserAddress2()
	 * @model
	 * @generated
	 */
	String getUserAddress2();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getUserAddress2 <em>User Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Address2</em>' attribute.
	 * @see #getUserAddress2()
	 * @generated
	 */
	void setUserAddress2(String value);

	/**
	 * Returns the value of the '<em><b>Planner Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 居宅サービス計画作成者氏名 (No.8)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planner Name</em>' attribute.
	 * @see #setPlannerName(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_PlannerName()
	 * @model
	 * @generated
	 */
	String getPlannerName();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getPlannerName <em>Planner Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planner Name</em>' attribute.
	 * @see #getPlannerName()
	 * @generated
	 */
	void setPlannerName(String value);

	/**
	 * Returns the value of the '<em><b>Support Office Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 介護支援事業者名 (No.9)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Office Name</em>' attribute.
	 * @see #setSupportOfficeName(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_SupportOfficeName()
	 * @model
	 * @generated
	 */
	String getSupportOfficeName();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeName <em>Support Office Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Office Name</em>' attribute.
	 * @see #getSupportOfficeName()
	 * @generated
	 */
	void setSupportOfficeName(String value);

	/**
	 * Returns the value of the '<em><b>Support Office Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 介護支援事業者郵便番号 (No.10)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Office Postal Code</em>' attribute.
	 * @see #setSupportOfficePostalCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_SupportOfficePostalCode()
	 * @model
	 * @generated
	 */
	String getSupportOfficePostalCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficePostalCode <em>Support Office Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Office Postal Code</em>' attribute.
	 * @see #getSupportOfficePostalCode()
	 * @generated
	 */
	void setSupportOfficePostalCode(String value);

	/**
	 * Returns the value of the '<em><b>Support Office Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 介護支援事業者住所１ (No.11)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Office Address1</em>' attribute.
	 * @see #setSupportOfficeAddress1(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_SupportOfficeAddress1()
	 * @model
	 * @generated
	 */
	String getSupportOfficeAddress1();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress1 <em>Support Office Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Office Address1</em>' attribute.
	 * @see #getSupportOfficeAddress1()
	 * @generated
	 */
	void setSupportOfficeAddress1(String value);

	/**
	 * Returns the value of the '<em><b>Support Office Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 介護支援事業者住所２ (No.12)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Office Address2</em>' attribute.
	 * @see #setSupportOfficeAddress2(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_SupportOfficeAddress2()
	 * @model
	 * @generated
	 */
	String getSupportOfficeAddress2();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress2 <em>Support Office Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Office Address2</em>' attribute.
	 * @see #getSupportOfficeAddress2()
	 * @generated
	 */
	void setSupportOfficeAddress2(String value);

	/**
	 * Returns the value of the '<em><b>Support Office Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 介護支援事業者コード (No.13)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Office Code</em>' attribute.
	 * @see #setSupportOfficeCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_SupportOfficeCode()
	 * @model
	 * @generated
	 */
	String getSupportOfficeCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeCode <em>Support Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Office Code</em>' attribute.
	 * @see #getSupportOfficeCode()
	 * @generated
	 */
	void setSupportOfficeCode(String value);

	/**
	 * Returns the value of the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 居宅サービス計画作成（変更）日 (No.14)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Date</em>' attribute.
	 * @see #setPlanDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_PlanDate()
	 * @model
	 * @generated
	 */
	String getPlanDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getPlanDate <em>Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Date</em>' attribute.
	 * @see #getPlanDate()
	 * @generated
	 */
	void setPlanDate(String value);

	/**
	 * Returns the value of the '<em><b>First Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 初回居宅サービス計画作成日 (No.15)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Plan Date</em>' attribute.
	 * @see #setFirstPlanDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_FirstPlanDate()
	 * @model
	 * @generated
	 */
	String getFirstPlanDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getFirstPlanDate <em>First Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Plan Date</em>' attribute.
	 * @see #getFirstPlanDate()
	 * @generated
	 */
	void setFirstPlanDate(String value);

	/**
	 * Returns the value of the '<em><b>Plan Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 計画書区分 (No.16)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Category</em>' attribute.
	 * @see #setPlanCategory(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_PlanCategory()
	 * @model
	 * @generated
	 */
	String getPlanCategory();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getPlanCategory <em>Plan Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Category</em>' attribute.
	 * @see #getPlanCategory()
	 * @generated
	 */
	void setPlanCategory(String value);

	/**
	 * Returns the value of the '<em><b>Certification Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 認定状況区分 (No.17)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certification Status</em>' attribute.
	 * @see #setCertificationStatus(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_CertificationStatus()
	 * @model
	 * @generated
	 */
	String getCertificationStatus();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getCertificationStatus <em>Certification Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Status</em>' attribute.
	 * @see #getCertificationStatus()
	 * @generated
	 */
	void setCertificationStatus(String value);

	/**
	 * Returns the value of the '<em><b>Certification Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 認定日 (No.18)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certification Date</em>' attribute.
	 * @see #setCertificationDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_CertificationDate()
	 * @model
	 * @generated
	 */
	String getCertificationDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getCertificationDate <em>Certification Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Date</em>' attribute.
	 * @see #getCertificationDate()
	 * @generated
	 */
	void setCertificationDate(String value);

	/**
	 * Returns the value of the '<em><b>Certification Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 認定有効期間開始日 (No.19)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certification Valid From</em>' attribute.
	 * @see #setCertificationValidFrom(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_CertificationValidFrom()
	 * @model
	 * @generated
	 */
	String getCertificationValidFrom();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getCertificationValidFrom <em>Certification Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Valid From</em>' attribute.
	 * @see #getCertificationValidFrom()
	 * @generated
	 */
	void setCertificationValidFrom(String value);

	/**
	 * Returns the value of the '<em><b>Certification Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 認定有効期間終了日 (No.20)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certification Valid To</em>' attribute.
	 * @see #setCertificationValidTo(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_CertificationValidTo()
	 * @model
	 * @generated
	 */
	String getCertificationValidTo();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getCertificationValidTo <em>Certification Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Valid To</em>' attribute.
	 * @see #getCertificationValidTo()
	 * @generated
	 */
	void setCertificationValidTo(String value);

	/**
	 * Returns the value of the '<em><b>Care Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 要介護状態区分 (No.21)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Care Level</em>' attribute.
	 * @see #setCareLevel(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_CareLevel()
	 * @model
	 * @generated
	 */
	String getCareLevel();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getCareLevel <em>Care Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Care Level</em>' attribute.
	 * @see #getCareLevel()
	 * @generated
	 */
	void setCareLevel(String value);

	/**
	 * Returns the value of the '<em><b>Needs Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者及び家族の生活に対する意向を踏まえた課題分析の結果 (No.22)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needs Analysis</em>' attribute.
	 * @see #setNeedsAnalysis(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_NeedsAnalysis()
	 * @model
	 * @generated
	 */
	String getNeedsAnalysis();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getNeedsAnalysis <em>Needs Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needs Analysis</em>' attribute.
	 * @see #getNeedsAnalysis()
	 * @generated
	 */
	void setNeedsAnalysis(String value);

	/**
	 * Returns the value of the '<em><b>Certification Board Opinion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 介護認定審査会の意見及びサービスの種類の指定 (No.23)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certification Board Opinion</em>' attribute.
	 * @see #setCertificationBoardOpinion(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_CertificationBoardOpinion()
	 * @model
	 * @generated
	 */
	String getCertificationBoardOpinion();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getCertificationBoardOpinion <em>Certification Board Opinion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certification Board Opinion</em>' attribute.
	 * @see #getCertificationBoardOpinion()
	 * @generated
	 */
	void setCertificationBoardOpinion(String value);

	/**
	 * Returns the value of the '<em><b>Overall Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 総合的な援助の方針 (No.24)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overall Policy</em>' attribute.
	 * @see #setOverallPolicy(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_OverallPolicy()
	 * @model
	 * @generated
	 */
	String getOverallPolicy();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getOverallPolicy <em>Overall Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overall Policy</em>' attribute.
	 * @see #getOverallPolicy()
	 * @generated
	 */
	void setOverallPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Daily Life Support Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 生活援助中心型の算定理由 (No.25)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Daily Life Support Reason</em>' attribute.
	 * @see #setDailyLifeSupportReason(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_DailyLifeSupportReason()
	 * @model
	 * @generated
	 */
	String getDailyLifeSupportReason();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getDailyLifeSupportReason <em>Daily Life Support Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daily Life Support Reason</em>' attribute.
	 * @see #getDailyLifeSupportReason()
	 * @generated
	 */
	void setDailyLifeSupportReason(String value);

	/**
	 * Returns the value of the '<em><b>Other Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * その他理由 (No.26)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Reason</em>' attribute.
	 * @see #setOtherReason(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_OtherReason()
	 * @model
	 * @generated
	 */
	String getOtherReason();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getOtherReason <em>Other Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Reason</em>' attribute.
	 * @see #getOtherReason()
	 * @generated
	 */
	void setOtherReason(String value);

	/**
	 * Returns the value of the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 更新業者コード (No.27)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updater Code</em>' attribute.
	 * @see #setUpdaterCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_UpdaterCode()
	 * @model
	 * @generated
	 */
	String getUpdaterCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getUpdaterCode <em>Updater Code</em>}' attribute.
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
	 * 識別子 (No.28)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifier</em>' attribute.
	 * @see #setIdentifier(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan1_Identifier()
	 * @model
	 * @generated
	 */
	String getIdentifier();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan1#getIdentifier <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier</em>' attribute.
	 * @see #getIdentifier()
	 * @generated
	 */
	void setIdentifier(String value);

} // CarePlan1
