/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Care Plan2 Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 居宅サービス計画2表 (file kind UP2KYO): one 援助内容 line of 第2表, ordered by 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getIssueNo <em>Issue No</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getIssue <em>Issue</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getGoalNo <em>Goal No</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getLongTermGoal <em>Long Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getShortTermGoal <em>Short Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getLongTermPeriod <em>Long Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getShortTermPeriod <em>Short Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getSupportNo <em>Support No</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getServiceContent <em>Service Content</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getInsuranceCoverage <em>Insurance Coverage</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getServiceKind <em>Service Kind</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getPeriod <em>Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.CarePlan2Row#getIdentifier <em>Identifier</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row()
 * @model annotation="http://careplan.jp/labels ja='\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b2\u8868\uff08\u63f4\u52a9\u5185\u5bb9\uff09'"
 * @generated
 */
public interface CarePlan2Row extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 居宅計画書作成年月日 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Creation Date</em>' attribute.
	 * @see #setCreationDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_CreationDate()
	 * @model
	 * @generated
	 */
	String getCreationDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getCreationDate <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creation Date</em>' attribute.
	 * @see #getCreationDate()
	 * @generated
	 */
	void setCreationDate(String value);

	/**
	 * Returns the value of the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 居宅サービス計画作成（変更）日 (No.5)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Date</em>' attribute.
	 * @see #setPlanDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_PlanDate()
	 * @model
	 * @generated
	 */
	String getPlanDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getPlanDate <em>Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Date</em>' attribute.
	 * @see #getPlanDate()
	 * @generated
	 */
	void setPlanDate(String value);

	/**
	 * Returns the value of the '<em><b>Issue No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 課題ＮＯ (No.6)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issue No</em>' attribute.
	 * @see #setIssueNo(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_IssueNo()
	 * @model
	 * @generated
	 */
	String getIssueNo();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getIssueNo <em>Issue No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue No</em>' attribute.
	 * @see #getIssueNo()
	 * @generated
	 */
	void setIssueNo(String value);

	/**
	 * Returns the value of the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 課題 (No.7)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issue</em>' attribute.
	 * @see #setIssue(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_Issue()
	 * @model
	 * @generated
	 */
	String getIssue();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getIssue <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue</em>' attribute.
	 * @see #getIssue()
	 * @generated
	 */
	void setIssue(String value);

	/**
	 * Returns the value of the '<em><b>Goal No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 援助目標ＮＯ (No.8)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goal No</em>' attribute.
	 * @see #setGoalNo(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_GoalNo()
	 * @model
	 * @generated
	 */
	String getGoalNo();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getGoalNo <em>Goal No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal No</em>' attribute.
	 * @see #getGoalNo()
	 * @generated
	 */
	void setGoalNo(String value);

	/**
	 * Returns the value of the '<em><b>Long Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 長期目標 (No.9)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Long Term Goal</em>' attribute.
	 * @see #setLongTermGoal(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_LongTermGoal()
	 * @model
	 * @generated
	 */
	String getLongTermGoal();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getLongTermGoal <em>Long Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Long Term Goal</em>' attribute.
	 * @see #getLongTermGoal()
	 * @generated
	 */
	void setLongTermGoal(String value);

	/**
	 * Returns the value of the '<em><b>Short Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 短期目標 (No.10)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Term Goal</em>' attribute.
	 * @see #setShortTermGoal(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_ShortTermGoal()
	 * @model
	 * @generated
	 */
	String getShortTermGoal();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getShortTermGoal <em>Short Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Term Goal</em>' attribute.
	 * @see #getShortTermGoal()
	 * @generated
	 */
	void setShortTermGoal(String value);

	/**
	 * Returns the value of the '<em><b>Long Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 長期期間 (No.11)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Long Term Period</em>' attribute.
	 * @see #setLongTermPeriod(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_LongTermPeriod()
	 * @model
	 * @generated
	 */
	String getLongTermPeriod();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getLongTermPeriod <em>Long Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Long Term Period</em>' attribute.
	 * @see #getLongTermPeriod()
	 * @generated
	 */
	void setLongTermPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Short Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 短期期間 (No.12)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Term Period</em>' attribute.
	 * @see #setShortTermPeriod(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_ShortTermPeriod()
	 * @model
	 * @generated
	 */
	String getShortTermPeriod();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getShortTermPeriod <em>Short Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Term Period</em>' attribute.
	 * @see #getShortTermPeriod()
	 * @generated
	 */
	void setShortTermPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Support No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 援助内容ＮＯ (No.13)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support No</em>' attribute.
	 * @see #setSupportNo(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_SupportNo()
	 * @model
	 * @generated
	 */
	String getSupportNo();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getSupportNo <em>Support No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support No</em>' attribute.
	 * @see #getSupportNo()
	 * @generated
	 */
	void setSupportNo(String value);

	/**
	 * Returns the value of the '<em><b>Service Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス内容 (No.14)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Content</em>' attribute.
	 * @see #setServiceContent(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_ServiceContent()
	 * @model
	 * @generated
	 */
	String getServiceContent();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getServiceContent <em>Service Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Content</em>' attribute.
	 * @see #getServiceContent()
	 * @generated
	 */
	void setServiceContent(String value);

	/**
	 * Returns the value of the '<em><b>Insurance Coverage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 保険対象区分 (No.15)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insurance Coverage</em>' attribute.
	 * @see #setInsuranceCoverage(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_InsuranceCoverage()
	 * @model
	 * @generated
	 */
	String getInsuranceCoverage();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getInsuranceCoverage <em>Insurance Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insurance Coverage</em>' attribute.
	 * @see #getInsuranceCoverage()
	 * @generated
	 */
	void setInsuranceCoverage(String value);

	/**
	 * Returns the value of the '<em><b>Service Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス種別 (No.16)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Kind</em>' attribute.
	 * @see #setServiceKind(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_ServiceKind()
	 * @model
	 * @generated
	 */
	String getServiceKind();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getServiceKind <em>Service Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Kind</em>' attribute.
	 * @see #getServiceKind()
	 * @generated
	 */
	void setServiceKind(String value);

	/**
	 * Returns the value of the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス事業者コード (No.17)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Code</em>' attribute.
	 * @see #setProviderCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_ProviderCode()
	 * @model
	 * @generated
	 */
	String getProviderCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getProviderCode <em>Provider Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Code</em>' attribute.
	 * @see #getProviderCode()
	 * @generated
	 */
	void setProviderCode(String value);

	/**
	 * Returns the value of the '<em><b>Provider Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス事業所名 (No.18)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Name</em>' attribute.
	 * @see #setProviderName(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_ProviderName()
	 * @model
	 * @generated
	 */
	String getProviderName();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getProviderName <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Name</em>' attribute.
	 * @see #getProviderName()
	 * @generated
	 */
	void setProviderName(String value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 頻度 (No.19)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 実施期間 (No.20)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 更新業者コード (No.21)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updater Code</em>' attribute.
	 * @see #setUpdaterCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_UpdaterCode()
	 * @model
	 * @generated
	 */
	String getUpdaterCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getUpdaterCode <em>Updater Code</em>}' attribute.
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
	 * 識別子 (No.22)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifier</em>' attribute.
	 * @see #setIdentifier(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getCarePlan2Row_Identifier()
	 * @model
	 * @generated
	 */
	String getIdentifier();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.CarePlan2Row#getIdentifier <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier</em>' attribute.
	 * @see #getIdentifier()
	 * @generated
	 */
	void setIdentifier(String value);

} // CarePlan2Row
