/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Use Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 第6表（サービス利用票）予定 (file kind UPPLAN) or 第6表 実績情報 (file kind UPJSK), which share one layout: one service line on one サービス利用日.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getTargetMonth <em>Target Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getPlanOfficeCode <em>Plan Office Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getPlannerName <em>Planner Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getUnits <em>Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getShortStayDaysBeforeMonth <em>Short Stay Days Before Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getServiceDate <em>Service Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getProRataDays <em>Pro Rata Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getEndTime <em>End Time</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getServiceCount <em>Service Count</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getServiceCode <em>Service Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getDetailCode <em>Detail Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getSatelliteBranch <em>Satellite Branch</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getOver30Days <em>Over30 Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseRow#getIdentifier <em>Identifier</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow()
 * @model annotation="http://careplan.jp/labels ja='\u7b2c6\u8868\uff08\u30b5\u30fc\u30d3\u30b9\u5229\u7528\u7968\uff09'"
 * @generated
 */
public interface ServiceUseRow extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作成年月日 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Creation Date</em>' attribute.
	 * @see #setCreationDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_CreationDate()
	 * @model
	 * @generated
	 */
	String getCreationDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getCreationDate <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Creation Date</em>' attribute.
	 * @see #getCreationDate()
	 * @generated
	 */
	void setCreationDate(String value);

	/**
	 * Returns the value of the '<em><b>Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 対象年月 (No.5)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Month</em>' attribute.
	 * @see #setTargetMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_TargetMonth()
	 * @model
	 * @generated
	 */
	String getTargetMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getTargetMonth <em>Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Month</em>' attribute.
	 * @see #getTargetMonth()
	 * @generated
	 */
	void setTargetMonth(String value);

	/**
	 * Returns the value of the '<em><b>Plan Office Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * プラン担当業者コード (No.6)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Office Code</em>' attribute.
	 * @see #setPlanOfficeCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_PlanOfficeCode()
	 * @model
	 * @generated
	 */
	String getPlanOfficeCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getPlanOfficeCode <em>Plan Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Office Code</em>' attribute.
	 * @see #getPlanOfficeCode()
	 * @generated
	 */
	void setPlanOfficeCode(String value);

	/**
	 * Returns the value of the '<em><b>Planner Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * プラン担当者名 (No.7)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planner Name</em>' attribute.
	 * @see #setPlannerName(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_PlannerName()
	 * @model
	 * @generated
	 */
	String getPlannerName();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getPlannerName <em>Planner Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planner Name</em>' attribute.
	 * @see #getPlannerName()
	 * @generated
	 */
	void setPlannerName(String value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 単位数 (No.8)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see #setUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_Units()
	 * @model
	 * @generated
	 */
	String getUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(String value);

	/**
	 * Returns the value of the '<em><b>Short Stay Days Before Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 前月までの短期入所利用日数 (No.9)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Stay Days Before Month</em>' attribute.
	 * @see #setShortStayDaysBeforeMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_ShortStayDaysBeforeMonth()
	 * @model
	 * @generated
	 */
	String getShortStayDaysBeforeMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getShortStayDaysBeforeMonth <em>Short Stay Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Stay Days Before Month</em>' attribute.
	 * @see #getShortStayDaysBeforeMonth()
	 * @generated
	 */
	void setShortStayDaysBeforeMonth(String value);

	/**
	 * Returns the value of the '<em><b>Service Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス利用日 (No.10)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Date</em>' attribute.
	 * @see #setServiceDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_ServiceDate()
	 * @model
	 * @generated
	 */
	String getServiceDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getServiceDate <em>Service Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Date</em>' attribute.
	 * @see #getServiceDate()
	 * @generated
	 */
	void setServiceDate(String value);

	/**
	 * Returns the value of the '<em><b>Pro Rata Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 日割対象日 (No.11)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pro Rata Days</em>' attribute.
	 * @see #setProRataDays(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_ProRataDays()
	 * @model
	 * @generated
	 */
	String getProRataDays();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getProRataDays <em>Pro Rata Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pro Rata Days</em>' attribute.
	 * @see #getProRataDays()
	 * @generated
	 */
	void setProRataDays(String value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス開始時刻 (No.12)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_StartTime()
	 * @model
	 * @generated
	 */
	String getStartTime();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(String value);

	/**
	 * Returns the value of the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス終了時刻 (No.13)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Time</em>' attribute.
	 * @see #setEndTime(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_EndTime()
	 * @model
	 * @generated
	 */
	String getEndTime();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(String value);

	/**
	 * Returns the value of the '<em><b>Service Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス回数 (No.14)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Count</em>' attribute.
	 * @see #setServiceCount(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_ServiceCount()
	 * @model
	 * @generated
	 */
	String getServiceCount();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getServiceCount <em>Service Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Count</em>' attribute.
	 * @see #getServiceCount()
	 * @generated
	 */
	void setServiceCount(String value);

	/**
	 * Returns the value of the '<em><b>Service Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービスコード (No.15)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Code</em>' attribute.
	 * @see #setServiceCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_ServiceCode()
	 * @model
	 * @generated
	 */
	String getServiceCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getServiceCode <em>Service Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Code</em>' attribute.
	 * @see #getServiceCode()
	 * @generated
	 */
	void setServiceCode(String value);

	/**
	 * Returns the value of the '<em><b>Detail Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 明細判別コード (No.16)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail Code</em>' attribute.
	 * @see #setDetailCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_DetailCode()
	 * @model
	 * @generated
	 */
	String getDetailCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getDetailCode <em>Detail Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail Code</em>' attribute.
	 * @see #getDetailCode()
	 * @generated
	 */
	void setDetailCode(String value);

	/**
	 * Returns the value of the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス事業者コード (No.17)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Code</em>' attribute.
	 * @see #setProviderCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_ProviderCode()
	 * @model
	 * @generated
	 */
	String getProviderCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getProviderCode <em>Provider Code</em>}' attribute.
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
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_ProviderName()
	 * @model
	 * @generated
	 */
	String getProviderName();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getProviderName <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Name</em>' attribute.
	 * @see #getProviderName()
	 * @generated
	 */
	void setProviderName(String value);

	/**
	 * Returns the value of the '<em><b>Satellite Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サテライト枝番 (No.19)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satellite Branch</em>' attribute.
	 * @see #setSatelliteBranch(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_SatelliteBranch()
	 * @model
	 * @generated
	 */
	String getSatelliteBranch();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getSatelliteBranch <em>Satellite Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satellite Branch</em>' attribute.
	 * @see #getSatelliteBranch()
	 * @generated
	 */
	void setSatelliteBranch(String value);

	/**
	 * Returns the value of the '<em><b>Over30 Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ３０日超区分 (No.20)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Over30 Days</em>' attribute.
	 * @see #setOver30Days(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_Over30Days()
	 * @model
	 * @generated
	 */
	String getOver30Days();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getOver30Days <em>Over30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Over30 Days</em>' attribute.
	 * @see #getOver30Days()
	 * @generated
	 */
	void setOver30Days(String value);

	/**
	 * Returns the value of the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 更新業者コード (No.21)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updater Code</em>' attribute.
	 * @see #setUpdaterCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_UpdaterCode()
	 * @model
	 * @generated
	 */
	String getUpdaterCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getUpdaterCode <em>Updater Code</em>}' attribute.
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
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseRow_Identifier()
	 * @model
	 * @generated
	 */
	String getIdentifier();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseRow#getIdentifier <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier</em>' attribute.
	 * @see #getIdentifier()
	 * @generated
	 */
	void setIdentifier(String value);

} // ServiceUseRow
