/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Use Annex Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of 第7表（サービス利用票別表） (file kind UPSIKYU): a detail row, a 種類別小計 row (サービス種類コード + AAAA, EEEE or ZZZZ) or the 全合計 row (999999).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTargetMonth <em>Target Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getSatelliteBranch <em>Satellite Branch</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceCode <em>Service Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUnits <em>Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountRate <em>Discount Rate</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountedUnits <em>Discounted Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCountOrDays <em>Count Or Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceUnitsAmount <em>Service Units Amount</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitManagedUnits <em>Benefit Managed Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitExcessUnits <em>Type Limit Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitWithinUnits <em>Type Limit Within Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitExcessUnits <em>Category Limit Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitWithinUnits <em>Category Limit Within Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTotalCost <em>Total Cost</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitRate <em>Benefit Rate</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getInsuranceClaimAmount <em>Insurance Claim Amount</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getFixedCopayUnitPrice <em>Fixed Copay Unit Price</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayInsured <em>User Copay Insured</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayFull <em>User Copay Full</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDaysBeforeMonth <em>Days Before Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getPlannedDaysThisMonth <em>Planned Days This Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCumulativeDays <em>Cumulative Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getOver30Days <em>Over30 Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getOfficeCode <em>Office Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getInputterCode <em>Inputter Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getIdentifier <em>Identifier</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getRowType <em>Row Type</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow()
 * @model annotation="http://careplan.jp/labels ja='\u7b2c7\u8868\uff08\u30b5\u30fc\u30d3\u30b9\u5229\u7528\u7968\u5225\u8868\uff09'"
 * @generated
 */
public interface ServiceUseAnnexRow extends jp.careplan.model.careplan.Record {
	/**
	 * Returns the value of the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作成年月日 (No.4)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Creation Date</em>' attribute.
	 * @see #setCreationDate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_CreationDate()
	 * @model
	 * @generated
	 */
	String getCreationDate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCreationDate <em>Creation Date</em>}' attribute.
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
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_TargetMonth()
	 * @model
	 * @generated
	 */
	String getTargetMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTargetMonth <em>Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Month</em>' attribute.
	 * @see #getTargetMonth()
	 * @generated
	 */
	void setTargetMonth(String value);

	/**
	 * Returns the value of the '<em><b>Provider Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス事業所名 (No.6)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Name</em>' attribute.
	 * @see #setProviderName(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_ProviderName()
	 * @model
	 * @generated
	 */
	String getProviderName();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderName <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Name</em>' attribute.
	 * @see #getProviderName()
	 * @generated
	 */
	void setProviderName(String value);

	/**
	 * Returns the value of the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス事業所コード (No.7)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Code</em>' attribute.
	 * @see #setProviderCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_ProviderCode()
	 * @model
	 * @generated
	 */
	String getProviderCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderCode <em>Provider Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Code</em>' attribute.
	 * @see #getProviderCode()
	 * @generated
	 */
	void setProviderCode(String value);

	/**
	 * Returns the value of the '<em><b>Satellite Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サテライト枝番 (No.8)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satellite Branch</em>' attribute.
	 * @see #setSatelliteBranch(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_SatelliteBranch()
	 * @model
	 * @generated
	 */
	String getSatelliteBranch();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getSatelliteBranch <em>Satellite Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satellite Branch</em>' attribute.
	 * @see #getSatelliteBranch()
	 * @generated
	 */
	void setSatelliteBranch(String value);

	/**
	 * Returns the value of the '<em><b>Service Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービスコード (No.9)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Code</em>' attribute.
	 * @see #setServiceCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_ServiceCode()
	 * @model
	 * @generated
	 */
	String getServiceCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceCode <em>Service Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Code</em>' attribute.
	 * @see #getServiceCode()
	 * @generated
	 */
	void setServiceCode(String value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 単位数 (No.10)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see #setUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_Units()
	 * @model
	 * @generated
	 */
	String getUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(String value);

	/**
	 * Returns the value of the '<em><b>Discount Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 割引後率 (No.11)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount Rate</em>' attribute.
	 * @see #setDiscountRate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_DiscountRate()
	 * @model
	 * @generated
	 */
	String getDiscountRate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountRate <em>Discount Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount Rate</em>' attribute.
	 * @see #getDiscountRate()
	 * @generated
	 */
	void setDiscountRate(String value);

	/**
	 * Returns the value of the '<em><b>Discounted Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 割引後単位数 (No.12)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discounted Units</em>' attribute.
	 * @see #setDiscountedUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_DiscountedUnits()
	 * @model
	 * @generated
	 */
	String getDiscountedUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountedUnits <em>Discounted Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discounted Units</em>' attribute.
	 * @see #getDiscountedUnits()
	 * @generated
	 */
	void setDiscountedUnits(String value);

	/**
	 * Returns the value of the '<em><b>Count Or Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 回数／日数 (No.13)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count Or Days</em>' attribute.
	 * @see #setCountOrDays(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_CountOrDays()
	 * @model
	 * @generated
	 */
	String getCountOrDays();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCountOrDays <em>Count Or Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count Or Days</em>' attribute.
	 * @see #getCountOrDays()
	 * @generated
	 */
	void setCountOrDays(String value);

	/**
	 * Returns the value of the '<em><b>Service Units Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * サービス単位金額 (No.14)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Units Amount</em>' attribute.
	 * @see #setServiceUnitsAmount(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_ServiceUnitsAmount()
	 * @model
	 * @generated
	 */
	String getServiceUnitsAmount();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceUnitsAmount <em>Service Units Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Units Amount</em>' attribute.
	 * @see #getServiceUnitsAmount()
	 * @generated
	 */
	void setServiceUnitsAmount(String value);

	/**
	 * Returns the value of the '<em><b>Benefit Managed Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 給付管理単位数 (No.15)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Benefit Managed Units</em>' attribute.
	 * @see #setBenefitManagedUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_BenefitManagedUnits()
	 * @model
	 * @generated
	 */
	String getBenefitManagedUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitManagedUnits <em>Benefit Managed Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefit Managed Units</em>' attribute.
	 * @see #getBenefitManagedUnits()
	 * @generated
	 */
	void setBenefitManagedUnits(String value);

	/**
	 * Returns the value of the '<em><b>Type Limit Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 種類支給限度基準超単位数 (No.16)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type Limit Excess Units</em>' attribute.
	 * @see #setTypeLimitExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_TypeLimitExcessUnits()
	 * @model
	 * @generated
	 */
	String getTypeLimitExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitExcessUnits <em>Type Limit Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Limit Excess Units</em>' attribute.
	 * @see #getTypeLimitExcessUnits()
	 * @generated
	 */
	void setTypeLimitExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Type Limit Within Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 種類支給限度基準内単位数 (No.17)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type Limit Within Units</em>' attribute.
	 * @see #setTypeLimitWithinUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_TypeLimitWithinUnits()
	 * @model
	 * @generated
	 */
	String getTypeLimitWithinUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitWithinUnits <em>Type Limit Within Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Limit Within Units</em>' attribute.
	 * @see #getTypeLimitWithinUnits()
	 * @generated
	 */
	void setTypeLimitWithinUnits(String value);

	/**
	 * Returns the value of the '<em><b>Category Limit Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 区分支給限度基準超単位数 (No.18)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category Limit Excess Units</em>' attribute.
	 * @see #setCategoryLimitExcessUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_CategoryLimitExcessUnits()
	 * @model
	 * @generated
	 */
	String getCategoryLimitExcessUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitExcessUnits <em>Category Limit Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Limit Excess Units</em>' attribute.
	 * @see #getCategoryLimitExcessUnits()
	 * @generated
	 */
	void setCategoryLimitExcessUnits(String value);

	/**
	 * Returns the value of the '<em><b>Category Limit Within Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 区分支給限度基準内単位数 (No.19)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category Limit Within Units</em>' attribute.
	 * @see #setCategoryLimitWithinUnits(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_CategoryLimitWithinUnits()
	 * @model
	 * @generated
	 */
	String getCategoryLimitWithinUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitWithinUnits <em>Category Limit Within Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Limit Within Units</em>' attribute.
	 * @see #getCategoryLimitWithinUnits()
	 * @generated
	 */
	void setCategoryLimitWithinUnits(String value);

	/**
	 * Returns the value of the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 単位数単価 (No.20)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Price</em>' attribute.
	 * @see #setUnitPrice(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_UnitPrice()
	 * @model
	 * @generated
	 */
	String getUnitPrice();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUnitPrice <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Price</em>' attribute.
	 * @see #getUnitPrice()
	 * @generated
	 */
	void setUnitPrice(String value);

	/**
	 * Returns the value of the '<em><b>Total Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 費用総額保険／事業対象分 (No.21)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Cost</em>' attribute.
	 * @see #setTotalCost(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_TotalCost()
	 * @model
	 * @generated
	 */
	String getTotalCost();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTotalCost <em>Total Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Cost</em>' attribute.
	 * @see #getTotalCost()
	 * @generated
	 */
	void setTotalCost(String value);

	/**
	 * Returns the value of the '<em><b>Benefit Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 給付率 (No.22)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Benefit Rate</em>' attribute.
	 * @see #setBenefitRate(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_BenefitRate()
	 * @model
	 * @generated
	 */
	String getBenefitRate();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitRate <em>Benefit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefit Rate</em>' attribute.
	 * @see #getBenefitRate()
	 * @generated
	 */
	void setBenefitRate(String value);

	/**
	 * Returns the value of the '<em><b>Insurance Claim Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 保険／事業費請求額 (No.23)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insurance Claim Amount</em>' attribute.
	 * @see #setInsuranceClaimAmount(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_InsuranceClaimAmount()
	 * @model
	 * @generated
	 */
	String getInsuranceClaimAmount();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getInsuranceClaimAmount <em>Insurance Claim Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insurance Claim Amount</em>' attribute.
	 * @see #getInsuranceClaimAmount()
	 * @generated
	 */
	void setInsuranceClaimAmount(String value);

	/**
	 * Returns the value of the '<em><b>Fixed Copay Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 定額利用者負担単価金額 (No.24)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed Copay Unit Price</em>' attribute.
	 * @see #setFixedCopayUnitPrice(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_FixedCopayUnitPrice()
	 * @model
	 * @generated
	 */
	String getFixedCopayUnitPrice();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getFixedCopayUnitPrice <em>Fixed Copay Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Copay Unit Price</em>' attribute.
	 * @see #getFixedCopayUnitPrice()
	 * @generated
	 */
	void setFixedCopayUnitPrice(String value);

	/**
	 * Returns the value of the '<em><b>User Copay Insured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者負担保険／事業対象分 (No.25)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Copay Insured</em>' attribute.
	 * @see #setUserCopayInsured(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_UserCopayInsured()
	 * @model
	 * @generated
	 */
	String getUserCopayInsured();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayInsured <em>User Copay Insured</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Copay Insured</em>' attribute.
	 * @see #getUserCopayInsured()
	 * @generated
	 */
	void setUserCopayInsured(String value);

	/**
	 * Returns the value of the '<em><b>User Copay Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 利用者負担（全額負担分） (No.26)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Copay Full</em>' attribute.
	 * @see #setUserCopayFull(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_UserCopayFull()
	 * @model
	 * @generated
	 */
	String getUserCopayFull();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayFull <em>User Copay Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Copay Full</em>' attribute.
	 * @see #getUserCopayFull()
	 * @generated
	 */
	void setUserCopayFull(String value);

	/**
	 * Returns the value of the '<em><b>Days Before Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 前月までの利用日数 (No.27)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days Before Month</em>' attribute.
	 * @see #setDaysBeforeMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_DaysBeforeMonth()
	 * @model
	 * @generated
	 */
	String getDaysBeforeMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDaysBeforeMonth <em>Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days Before Month</em>' attribute.
	 * @see #getDaysBeforeMonth()
	 * @generated
	 */
	void setDaysBeforeMonth(String value);

	/**
	 * Returns the value of the '<em><b>Planned Days This Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 当月の計画利用日数 (No.28)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Days This Month</em>' attribute.
	 * @see #setPlannedDaysThisMonth(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_PlannedDaysThisMonth()
	 * @model
	 * @generated
	 */
	String getPlannedDaysThisMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getPlannedDaysThisMonth <em>Planned Days This Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Days This Month</em>' attribute.
	 * @see #getPlannedDaysThisMonth()
	 * @generated
	 */
	void setPlannedDaysThisMonth(String value);

	/**
	 * Returns the value of the '<em><b>Cumulative Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 累積利用日数 (No.29)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cumulative Days</em>' attribute.
	 * @see #setCumulativeDays(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_CumulativeDays()
	 * @model
	 * @generated
	 */
	String getCumulativeDays();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCumulativeDays <em>Cumulative Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cumulative Days</em>' attribute.
	 * @see #getCumulativeDays()
	 * @generated
	 */
	void setCumulativeDays(String value);

	/**
	 * Returns the value of the '<em><b>Over30 Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ３０日超区分 (No.30)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Over30 Days</em>' attribute.
	 * @see #setOver30Days(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_Over30Days()
	 * @model
	 * @generated
	 */
	String getOver30Days();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getOver30Days <em>Over30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Over30 Days</em>' attribute.
	 * @see #getOver30Days()
	 * @generated
	 */
	void setOver30Days(String value);

	/**
	 * Returns the value of the '<em><b>Office Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 事業所コード (No.31)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office Code</em>' attribute.
	 * @see #setOfficeCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_OfficeCode()
	 * @model
	 * @generated
	 */
	String getOfficeCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getOfficeCode <em>Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office Code</em>' attribute.
	 * @see #getOfficeCode()
	 * @generated
	 */
	void setOfficeCode(String value);

	/**
	 * Returns the value of the '<em><b>Inputter Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 入力者コード (No.32)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputter Code</em>' attribute.
	 * @see #setInputterCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_InputterCode()
	 * @model
	 * @generated
	 */
	String getInputterCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getInputterCode <em>Inputter Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputter Code</em>' attribute.
	 * @see #getInputterCode()
	 * @generated
	 */
	void setInputterCode(String value);

	/**
	 * Returns the value of the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 更新業者コード (No.33)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updater Code</em>' attribute.
	 * @see #setUpdaterCode(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_UpdaterCode()
	 * @model
	 * @generated
	 */
	String getUpdaterCode();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUpdaterCode <em>Updater Code</em>}' attribute.
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
	 * 識別子 (No.34)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifier</em>' attribute.
	 * @see #setIdentifier(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_Identifier()
	 * @model
	 * @generated
	 */
	String getIdentifier();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getIdentifier <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier</em>' attribute.
	 * @see #getIdentifier()
	 * @generated
	 */
	void setIdentifier(String value);

	/**
	 * Returns the value of the '<em><b>Row Type</b></em>' attribute.
	 * The literals are from the enumeration {@link jp.careplan.model.careplan.AnnexRowType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of row, told by サービスコード (No.9): サービス種類コード + AAAA 区分支給対象種類別小計, + EEEE 区分支給対象外種類別小計, + ZZZZ 30日超過分種類別小計, 999999 (ALL9) 全合計; any other code (or none) is a detail row (明細).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Type</em>' attribute.
	 * @see jp.careplan.model.careplan.AnnexRowType
	 * @see jp.careplan.model.careplan.CareplanPackage#getServiceUseAnnexRow_RowType()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://careplan.jp/labels ja='\u884c\u306e\u7a2e\u985e'"
	 * @generated
	 */
	AnnexRowType getRowType();

} // ServiceUseAnnexRow
