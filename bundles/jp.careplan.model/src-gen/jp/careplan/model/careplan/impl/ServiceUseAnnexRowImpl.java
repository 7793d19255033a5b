/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.ServiceUseAnnexRow;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Use Annex Row</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getTargetMonth <em>Target Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getSatelliteBranch <em>Satellite Branch</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getServiceCode <em>Service Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getDiscountRate <em>Discount Rate</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getDiscountedUnits <em>Discounted Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getCountOrDays <em>Count Or Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getServiceUnitsAmount <em>Service Units Amount</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getBenefitManagedUnits <em>Benefit Managed Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getTypeLimitExcessUnits <em>Type Limit Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getTypeLimitWithinUnits <em>Type Limit Within Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getCategoryLimitExcessUnits <em>Category Limit Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getCategoryLimitWithinUnits <em>Category Limit Within Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getTotalCost <em>Total Cost</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getBenefitRate <em>Benefit Rate</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getInsuranceClaimAmount <em>Insurance Claim Amount</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getFixedCopayUnitPrice <em>Fixed Copay Unit Price</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getUserCopayInsured <em>User Copay Insured</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getUserCopayFull <em>User Copay Full</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getDaysBeforeMonth <em>Days Before Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getPlannedDaysThisMonth <em>Planned Days This Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getCumulativeDays <em>Cumulative Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getOver30Days <em>Over30 Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getOfficeCode <em>Office Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getInputterCode <em>Inputter Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getIdentifier <em>Identifier</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl#getRowType <em>Row Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceUseAnnexRowImpl extends RecordImpl implements ServiceUseAnnexRow {
	/**
	 * The default value of the '{@link #getCreationDate() <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationDate()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreationDate() <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationDate()
	 * @generated
	 * @ordered
	 */
	protected String creationDate = CREATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetMonth() <em>Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetMonth() <em>Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMonth()
	 * @generated
	 * @ordered
	 */
	protected String targetMonth = TARGET_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getProviderName() <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderName()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProviderName() <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderName()
	 * @generated
	 * @ordered
	 */
	protected String providerName = PROVIDER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProviderCode() <em>Provider Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderCode()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProviderCode() <em>Provider Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderCode()
	 * @generated
	 * @ordered
	 */
	protected String providerCode = PROVIDER_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatelliteBranch() <em>Satellite Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatelliteBranch()
	 * @generated
	 * @ordered
	 */
	protected static final String SATELLITE_BRANCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSatelliteBranch() <em>Satellite Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatelliteBranch()
	 * @generated
	 * @ordered
	 */
	protected String satelliteBranch = SATELLITE_BRANCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceCode() <em>Service Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceCode() <em>Service Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCode()
	 * @generated
	 * @ordered
	 */
	protected String serviceCode = SERVICE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected String units = UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscountRate() <em>Discount Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountRate()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCOUNT_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscountRate() <em>Discount Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountRate()
	 * @generated
	 * @ordered
	 */
	protected String discountRate = DISCOUNT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscountedUnits() <em>Discounted Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountedUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCOUNTED_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscountedUnits() <em>Discounted Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountedUnits()
	 * @generated
	 * @ordered
	 */
	protected String discountedUnits = DISCOUNTED_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountOrDays() <em>Count Or Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountOrDays()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNT_OR_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountOrDays() <em>Count Or Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountOrDays()
	 * @generated
	 * @ordered
	 */
	protected String countOrDays = COUNT_OR_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceUnitsAmount() <em>Service Units Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceUnitsAmount()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_UNITS_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceUnitsAmount() <em>Service Units Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceUnitsAmount()
	 * @generated
	 * @ordered
	 */
	protected String serviceUnitsAmount = SERVICE_UNITS_AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBenefitManagedUnits() <em>Benefit Managed Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitManagedUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFIT_MANAGED_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBenefitManagedUnits() <em>Benefit Managed Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitManagedUnits()
	 * @generated
	 * @ordered
	 */
	protected String benefitManagedUnits = BENEFIT_MANAGED_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypeLimitExcessUnits() <em>Type Limit Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeLimitExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_LIMIT_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTypeLimitExcessUnits() <em>Type Limit Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeLimitExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String typeLimitExcessUnits = TYPE_LIMIT_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypeLimitWithinUnits() <em>Type Limit Within Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeLimitWithinUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_LIMIT_WITHIN_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTypeLimitWithinUnits() <em>Type Limit Within Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeLimitWithinUnits()
	 * @generated
	 * @ordered
	 */
	protected String typeLimitWithinUnits = TYPE_LIMIT_WITHIN_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategoryLimitExcessUnits() <em>Category Limit Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryLimitExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_LIMIT_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategoryLimitExcessUnits() <em>Category Limit Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryLimitExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String categoryLimitExcessUnits = CATEGORY_LIMIT_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategoryLimitWithinUnits() <em>Category Limit Within Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryLimitWithinUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_LIMIT_WITHIN_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategoryLimitWithinUnits() <em>Category Limit Within Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryLimitWithinUnits()
	 * @generated
	 * @ordered
	 */
	protected String categoryLimitWithinUnits = CATEGORY_LIMIT_WITHIN_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitPrice() <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitPrice() <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected String unitPrice = UNIT_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalCost() <em>Total Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalCost()
	 * @generated
	 * @ordered
	 */
	protected static final String TOTAL_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalCost() <em>Total Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalCost()
	 * @generated
	 * @ordered
	 */
	protected String totalCost = TOTAL_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getBenefitRate() <em>Benefit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitRate()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFIT_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBenefitRate() <em>Benefit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitRate()
	 * @generated
	 * @ordered
	 */
	protected String benefitRate = BENEFIT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInsuranceClaimAmount() <em>Insurance Claim Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuranceClaimAmount()
	 * @generated
	 * @ordered
	 */
	protected static final String INSURANCE_CLAIM_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInsuranceClaimAmount() <em>Insurance Claim Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuranceClaimAmount()
	 * @generated
	 * @ordered
	 */
	protected String insuranceClaimAmount = INSURANCE_CLAIM_AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedCopayUnitPrice() <em>Fixed Copay Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCopayUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected static final String FIXED_COPAY_UNIT_PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFixedCopayUnitPrice() <em>Fixed Copay Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCopayUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected String fixedCopayUnitPrice = FIXED_COPAY_UNIT_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserCopayInsured() <em>User Copay Insured</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserCopayInsured()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_COPAY_INSURED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserCopayInsured() <em>User Copay Insured</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserCopayInsured()
	 * @generated
	 * @ordered
	 */
	protected String userCopayInsured = USER_COPAY_INSURED_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserCopayFull() <em>User Copay Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserCopayFull()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_COPAY_FULL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserCopayFull() <em>User Copay Full</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserCopayFull()
	 * @generated
	 * @ordered
	 */
	protected String userCopayFull = USER_COPAY_FULL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDaysBeforeMonth() <em>Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysBeforeMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String DAYS_BEFORE_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDaysBeforeMonth() <em>Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysBeforeMonth()
	 * @generated
	 * @ordered
	 */
	protected String daysBeforeMonth = DAYS_BEFORE_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedDaysThisMonth() <em>Planned Days This Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDaysThisMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String PLANNED_DAYS_THIS_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedDaysThisMonth() <em>Planned Days This Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDaysThisMonth()
	 * @generated
	 * @ordered
	 */
	protected String plannedDaysThisMonth = PLANNED_DAYS_THIS_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCumulativeDays() <em>Cumulative Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCumulativeDays()
	 * @generated
	 * @ordered
	 */
	protected static final String CUMULATIVE_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCumulativeDays() <em>Cumulative Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCumulativeDays()
	 * @generated
	 * @ordered
	 */
	protected String cumulativeDays = CUMULATIVE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOver30Days() <em>Over30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOver30Days()
	 * @generated
	 * @ordered
	 */
	protected static final String OVER30_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOver30Days() <em>Over30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOver30Days()
	 * @generated
	 * @ordered
	 */
	protected String over30Days = OVER30_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOfficeCode() <em>Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficeCode()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFICE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOfficeCode() <em>Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficeCode()
	 * @generated
	 * @ordered
	 */
	protected String officeCode = OFFICE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputterCode() <em>Inputter Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputterCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUTTER_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputterCode() <em>Inputter Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputterCode()
	 * @generated
	 * @ordered
	 */
	protected String inputterCode = INPUTTER_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdaterCode() <em>Updater Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdaterCode()
	 * @generated
	 * @ordered
	 */
	protected static final String UPDATER_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdaterCode() <em>Updater Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdaterCode()
	 * @generated
	 * @ordered
	 */
	protected String updaterCode = UPDATER_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentifier() <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifier()
	 * @generated
	 * @ordered
	 */
	protected static final String IDENTIFIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentifier() <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifier()
	 * @generated
	 * @ordered
	 */
	protected String identifier = IDENTIFIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowType() <em>Row Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowType()
	 * @generated
	 * @ordered
	 */
	protected static final AnnexRowType ROW_TYPE_EDEFAULT = AnnexRowType.DETAIL;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceUseAnnexRowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreationDate() {
		return creationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreationDate(String newCreationDate) {
		String oldCreationDate = creationDate;
		creationDate = newCreationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__CREATION_DATE, oldCreationDate, creationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetMonth() {
		return targetMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetMonth(String newTargetMonth) {
		String oldTargetMonth = targetMonth;
		targetMonth = newTargetMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__TARGET_MONTH, oldTargetMonth, targetMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProviderName() {
		return providerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderName(String newProviderName) {
		String oldProviderName = providerName;
		providerName = newProviderName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_NAME, oldProviderName, providerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProviderCode() {
		return providerCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderCode(String newProviderCode) {
		String oldProviderCode = providerCode;
		providerCode = newProviderCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_CODE, oldProviderCode, providerCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSatelliteBranch() {
		return satelliteBranch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatelliteBranch(String newSatelliteBranch) {
		String oldSatelliteBranch = satelliteBranch;
		satelliteBranch = newSatelliteBranch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH, oldSatelliteBranch, satelliteBranch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceCode() {
		return serviceCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceCode(String newServiceCode) {
		String oldServiceCode = serviceCode;
		serviceCode = newServiceCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_CODE, oldServiceCode, serviceCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnits() {
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnits(String newUnits) {
		String oldUnits = units;
		units = newUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__UNITS, oldUnits, units));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscountRate() {
		return discountRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountRate(String newDiscountRate) {
		String oldDiscountRate = discountRate;
		discountRate = newDiscountRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE, oldDiscountRate, discountRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscountedUnits() {
		return discountedUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountedUnits(String newDiscountedUnits) {
		String oldDiscountedUnits = discountedUnits;
		discountedUnits = newDiscountedUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS, oldDiscountedUnits, discountedUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountOrDays() {
		return countOrDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountOrDays(String newCountOrDays) {
		String oldCountOrDays = countOrDays;
		countOrDays = newCountOrDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS, oldCountOrDays, countOrDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceUnitsAmount() {
		return serviceUnitsAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceUnitsAmount(String newServiceUnitsAmount) {
		String oldServiceUnitsAmount = serviceUnitsAmount;
		serviceUnitsAmount = newServiceUnitsAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT, oldServiceUnitsAmount, serviceUnitsAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBenefitManagedUnits() {
		return benefitManagedUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenefitManagedUnits(String newBenefitManagedUnits) {
		String oldBenefitManagedUnits = benefitManagedUnits;
		benefitManagedUnits = newBenefitManagedUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS, oldBenefitManagedUnits, benefitManagedUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTypeLimitExcessUnits() {
		return typeLimitExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeLimitExcessUnits(String newTypeLimitExcessUnits) {
		String oldTypeLimitExcessUnits = typeLimitExcessUnits;
		typeLimitExcessUnits = newTypeLimitExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS, oldTypeLimitExcessUnits, typeLimitExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTypeLimitWithinUnits() {
		return typeLimitWithinUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeLimitWithinUnits(String newTypeLimitWithinUnits) {
		String oldTypeLimitWithinUnits = typeLimitWithinUnits;
		typeLimitWithinUnits = newTypeLimitWithinUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS, oldTypeLimitWithinUnits, typeLimitWithinUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategoryLimitExcessUnits() {
		return categoryLimitExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryLimitExcessUnits(String newCategoryLimitExcessUnits) {
		String oldCategoryLimitExcessUnits = categoryLimitExcessUnits;
		categoryLimitExcessUnits = newCategoryLimitExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS, oldCategoryLimitExcessUnits, categoryLimitExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategoryLimitWithinUnits() {
		return categoryLimitWithinUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryLimitWithinUnits(String newCategoryLimitWithinUnits) {
		String oldCategoryLimitWithinUnits = categoryLimitWithinUnits;
		categoryLimitWithinUnits = newCategoryLimitWithinUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS, oldCategoryLimitWithinUnits, categoryLimitWithinUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitPrice() {
		return unitPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitPrice(String newUnitPrice) {
		String oldUnitPrice = unitPrice;
		unitPrice = newUnitPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__UNIT_PRICE, oldUnitPrice, unitPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTotalCost() {
		return totalCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalCost(String newTotalCost) {
		String oldTotalCost = totalCost;
		totalCost = newTotalCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__TOTAL_COST, oldTotalCost, totalCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBenefitRate() {
		return benefitRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenefitRate(String newBenefitRate) {
		String oldBenefitRate = benefitRate;
		benefitRate = newBenefitRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_RATE, oldBenefitRate, benefitRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInsuranceClaimAmount() {
		return insuranceClaimAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsuranceClaimAmount(String newInsuranceClaimAmount) {
		String oldInsuranceClaimAmount = insuranceClaimAmount;
		insuranceClaimAmount = newInsuranceClaimAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT, oldInsuranceClaimAmount, insuranceClaimAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFixedCopayUnitPrice() {
		return fixedCopayUnitPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedCopayUnitPrice(String newFixedCopayUnitPrice) {
		String oldFixedCopayUnitPrice = fixedCopayUnitPrice;
		fixedCopayUnitPrice = newFixedCopayUnitPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE, oldFixedCopayUnitPrice, fixedCopayUnitPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserCopayInsured() {
		return userCopayInsured;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserCopayInsured(String newUserCopayInsured) {
		String oldUserCopayInsured = userCopayInsured;
		userCopayInsured = newUserCopayInsured;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED, oldUserCopayInsured, userCopayInsured));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserCopayFull() {
		return userCopayFull;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserCopayFull(String newUserCopayFull) {
		String oldUserCopayFull = userCopayFull;
		userCopayFull = newUserCopayFull;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL, oldUserCopayFull, userCopayFull));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDaysBeforeMonth() {
		return daysBeforeMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaysBeforeMonth(String newDaysBeforeMonth) {
		String oldDaysBeforeMonth = daysBeforeMonth;
		daysBeforeMonth = newDaysBeforeMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH, oldDaysBeforeMonth, daysBeforeMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlannedDaysThisMonth() {
		return plannedDaysThisMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDaysThisMonth(String newPlannedDaysThisMonth) {
		String oldPlannedDaysThisMonth = plannedDaysThisMonth;
		plannedDaysThisMonth = newPlannedDaysThisMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH, oldPlannedDaysThisMonth, plannedDaysThisMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCumulativeDays() {
		return cumulativeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCumulativeDays(String newCumulativeDays) {
		String oldCumulativeDays = cumulativeDays;
		cumulativeDays = newCumulativeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS, oldCumulativeDays, cumulativeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOver30Days() {
		return over30Days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOver30Days(String newOver30Days) {
		String oldOver30Days = over30Days;
		over30Days = newOver30Days;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__OVER30_DAYS, oldOver30Days, over30Days));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOfficeCode() {
		return officeCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfficeCode(String newOfficeCode) {
		String oldOfficeCode = officeCode;
		officeCode = newOfficeCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__OFFICE_CODE, oldOfficeCode, officeCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputterCode() {
		return inputterCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputterCode(String newInputterCode) {
		String oldInputterCode = inputterCode;
		inputterCode = newInputterCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__INPUTTER_CODE, oldInputterCode, inputterCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUpdaterCode() {
		return updaterCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdaterCode(String newUpdaterCode) {
		String oldUpdaterCode = updaterCode;
		updaterCode = newUpdaterCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__UPDATER_CODE, oldUpdaterCode, updaterCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdentifier() {
		return identifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifier(String newIdentifier) {
		String oldIdentifier = identifier;
		identifier = newIdentifier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ANNEX_ROW__IDENTIFIER, oldIdentifier, identifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnexRowType getRowType() {
		String code = getServiceCode(); if (code == null) { return AnnexRowType.DETAIL; } if ("999999".equals(code)) { return AnnexRowType.GRAND_TOTAL; } if (code.length() == 6 && code.endsWith("AAAA")) { return AnnexRowType.TYPE_SUBTOTAL; } if (code.length() == 6 && code.endsWith("EEEE")) { return AnnexRowType.TYPE_SUBTOTAL_OUTSIDE_LIMIT; } if (code.length() == 6 && code.endsWith("ZZZZ")) { return AnnexRowType.TYPE_SUBTOTAL_OVER_30_DAYS; } return AnnexRowType.DETAIL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CREATION_DATE:
				return getCreationDate();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TARGET_MONTH:
				return getTargetMonth();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_NAME:
				return getProviderName();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_CODE:
				return getProviderCode();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH:
				return getSatelliteBranch();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_CODE:
				return getServiceCode();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNITS:
				return getUnits();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE:
				return getDiscountRate();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS:
				return getDiscountedUnits();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS:
				return getCountOrDays();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT:
				return getServiceUnitsAmount();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS:
				return getBenefitManagedUnits();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS:
				return getTypeLimitExcessUnits();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS:
				return getTypeLimitWithinUnits();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS:
				return getCategoryLimitExcessUnits();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS:
				return getCategoryLimitWithinUnits();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNIT_PRICE:
				return getUnitPrice();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TOTAL_COST:
				return getTotalCost();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_RATE:
				return getBenefitRate();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT:
				return getInsuranceClaimAmount();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE:
				return getFixedCopayUnitPrice();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED:
				return getUserCopayInsured();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL:
				return getUserCopayFull();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH:
				return getDaysBeforeMonth();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH:
				return getPlannedDaysThisMonth();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS:
				return getCumulativeDays();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OVER30_DAYS:
				return getOver30Days();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OFFICE_CODE:
				return getOfficeCode();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INPUTTER_CODE:
				return getInputterCode();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UPDATER_CODE:
				return getUpdaterCode();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__IDENTIFIER:
				return getIdentifier();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__ROW_TYPE:
				return getRowType();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CREATION_DATE:
				setCreationDate((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TARGET_MONTH:
				setTargetMonth((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_NAME:
				setProviderName((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_CODE:
				setProviderCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH:
				setSatelliteBranch((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_CODE:
				setServiceCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNITS:
				setUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE:
				setDiscountRate((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS:
				setDiscountedUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS:
				setCountOrDays((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT:
				setServiceUnitsAmount((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS:
				setBenefitManagedUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS:
				setTypeLimitExcessUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS:
				setTypeLimitWithinUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS:
				setCategoryLimitExcessUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS:
				setCategoryLimitWithinUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNIT_PRICE:
				setUnitPrice((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TOTAL_COST:
				setTotalCost((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_RATE:
				setBenefitRate((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT:
				setInsuranceClaimAmount((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE:
				setFixedCopayUnitPrice((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED:
				setUserCopayInsured((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL:
				setUserCopayFull((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH:
				setDaysBeforeMonth((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH:
				setPlannedDaysThisMonth((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS:
				setCumulativeDays((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OVER30_DAYS:
				setOver30Days((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OFFICE_CODE:
				setOfficeCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INPUTTER_CODE:
				setInputterCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UPDATER_CODE:
				setUpdaterCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__IDENTIFIER:
				setIdentifier((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CREATION_DATE:
				setCreationDate(CREATION_DATE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TARGET_MONTH:
				setTargetMonth(TARGET_MONTH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_NAME:
				setProviderName(PROVIDER_NAME_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_CODE:
				setProviderCode(PROVIDER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH:
				setSatelliteBranch(SATELLITE_BRANCH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_CODE:
				setServiceCode(SERVICE_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNITS:
				setUnits(UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE:
				setDiscountRate(DISCOUNT_RATE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS:
				setDiscountedUnits(DISCOUNTED_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS:
				setCountOrDays(COUNT_OR_DAYS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT:
				setServiceUnitsAmount(SERVICE_UNITS_AMOUNT_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS:
				setBenefitManagedUnits(BENEFIT_MANAGED_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS:
				setTypeLimitExcessUnits(TYPE_LIMIT_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS:
				setTypeLimitWithinUnits(TYPE_LIMIT_WITHIN_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS:
				setCategoryLimitExcessUnits(CATEGORY_LIMIT_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS:
				setCategoryLimitWithinUnits(CATEGORY_LIMIT_WITHIN_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNIT_PRICE:
				setUnitPrice(UNIT_PRICE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TOTAL_COST:
				setTotalCost(TOTAL_COST_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_RATE:
				setBenefitRate(BENEFIT_RATE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT:
				setInsuranceClaimAmount(INSURANCE_CLAIM_AMOUNT_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE:
				setFixedCopayUnitPrice(FIXED_COPAY_UNIT_PRICE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED:
				setUserCopayInsured(USER_COPAY_INSURED_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL:
				setUserCopayFull(USER_COPAY_FULL_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH:
				setDaysBeforeMonth(DAYS_BEFORE_MONTH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH:
				setPlannedDaysThisMonth(PLANNED_DAYS_THIS_MONTH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS:
				setCumulativeDays(CUMULATIVE_DAYS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OVER30_DAYS:
				setOver30Days(OVER30_DAYS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OFFICE_CODE:
				setOfficeCode(OFFICE_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INPUTTER_CODE:
				setInputterCode(INPUTTER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UPDATER_CODE:
				setUpdaterCode(UPDATER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__IDENTIFIER:
				setIdentifier(IDENTIFIER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CREATION_DATE:
				return CREATION_DATE_EDEFAULT == null ? creationDate != null : !CREATION_DATE_EDEFAULT.equals(creationDate);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TARGET_MONTH:
				return TARGET_MONTH_EDEFAULT == null ? targetMonth != null : !TARGET_MONTH_EDEFAULT.equals(targetMonth);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_NAME:
				return PROVIDER_NAME_EDEFAULT == null ? providerName != null : !PROVIDER_NAME_EDEFAULT.equals(providerName);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_CODE:
				return PROVIDER_CODE_EDEFAULT == null ? providerCode != null : !PROVIDER_CODE_EDEFAULT.equals(providerCode);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH:
				return SATELLITE_BRANCH_EDEFAULT == null ? satelliteBranch != null : !SATELLITE_BRANCH_EDEFAULT.equals(satelliteBranch);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_CODE:
				return SERVICE_CODE_EDEFAULT == null ? serviceCode != null : !SERVICE_CODE_EDEFAULT.equals(serviceCode);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNITS:
				return UNITS_EDEFAULT == null ? units != null : !UNITS_EDEFAULT.equals(units);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE:
				return DISCOUNT_RATE_EDEFAULT == null ? discountRate != null : !DISCOUNT_RATE_EDEFAULT.equals(discountRate);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS:
				return DISCOUNTED_UNITS_EDEFAULT == null ? discountedUnits != null : !DISCOUNTED_UNITS_EDEFAULT.equals(discountedUnits);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS:
				return COUNT_OR_DAYS_EDEFAULT == null ? countOrDays != null : !COUNT_OR_DAYS_EDEFAULT.equals(countOrDays);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT:
				return SERVICE_UNITS_AMOUNT_EDEFAULT == null ? serviceUnitsAmount != null : !SERVICE_UNITS_AMOUNT_EDEFAULT.equals(serviceUnitsAmount);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS:
				return BENEFIT_MANAGED_UNITS_EDEFAULT == null ? benefitManagedUnits != null : !BENEFIT_MANAGED_UNITS_EDEFAULT.equals(benefitManagedUnits);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS:
				return TYPE_LIMIT_EXCESS_UNITS_EDEFAULT == null ? typeLimitExcessUnits != null : !TYPE_LIMIT_EXCESS_UNITS_EDEFAULT.equals(typeLimitExcessUnits);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS:
				return TYPE_LIMIT_WITHIN_UNITS_EDEFAULT == null ? typeLimitWithinUnits != null : !TYPE_LIMIT_WITHIN_UNITS_EDEFAULT.equals(typeLimitWithinUnits);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS:
				return CATEGORY_LIMIT_EXCESS_UNITS_EDEFAULT == null ? categoryLimitExcessUnits != null : !CATEGORY_LIMIT_EXCESS_UNITS_EDEFAULT.equals(categoryLimitExcessUnits);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS:
				return CATEGORY_LIMIT_WITHIN_UNITS_EDEFAULT == null ? categoryLimitWithinUnits != null : !CATEGORY_LIMIT_WITHIN_UNITS_EDEFAULT.equals(categoryLimitWithinUnits);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNIT_PRICE:
				return UNIT_PRICE_EDEFAULT == null ? unitPrice != null : !UNIT_PRICE_EDEFAULT.equals(unitPrice);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TOTAL_COST:
				return TOTAL_COST_EDEFAULT == null ? totalCost != null : !TOTAL_COST_EDEFAULT.equals(totalCost);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_RATE:
				return BENEFIT_RATE_EDEFAULT == null ? benefitRate != null : !BENEFIT_RATE_EDEFAULT.equals(benefitRate);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT:
				return INSURANCE_CLAIM_AMOUNT_EDEFAULT == null ? insuranceClaimAmount != null : !INSURANCE_CLAIM_AMOUNT_EDEFAULT.equals(insuranceClaimAmount);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE:
				return FIXED_COPAY_UNIT_PRICE_EDEFAULT == null ? fixedCopayUnitPrice != null : !FIXED_COPAY_UNIT_PRICE_EDEFAULT.equals(fixedCopayUnitPrice);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED:
				return USER_COPAY_INSURED_EDEFAULT == null ? userCopayInsured != null : !USER_COPAY_INSURED_EDEFAULT.equals(userCopayInsured);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL:
				return USER_COPAY_FULL_EDEFAULT == null ? userCopayFull != null : !USER_COPAY_FULL_EDEFAULT.equals(userCopayFull);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH:
				return DAYS_BEFORE_MONTH_EDEFAULT == null ? daysBeforeMonth != null : !DAYS_BEFORE_MONTH_EDEFAULT.equals(daysBeforeMonth);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH:
				return PLANNED_DAYS_THIS_MONTH_EDEFAULT == null ? plannedDaysThisMonth != null : !PLANNED_DAYS_THIS_MONTH_EDEFAULT.equals(plannedDaysThisMonth);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS:
				return CUMULATIVE_DAYS_EDEFAULT == null ? cumulativeDays != null : !CUMULATIVE_DAYS_EDEFAULT.equals(cumulativeDays);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OVER30_DAYS:
				return OVER30_DAYS_EDEFAULT == null ? over30Days != null : !OVER30_DAYS_EDEFAULT.equals(over30Days);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OFFICE_CODE:
				return OFFICE_CODE_EDEFAULT == null ? officeCode != null : !OFFICE_CODE_EDEFAULT.equals(officeCode);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INPUTTER_CODE:
				return INPUTTER_CODE_EDEFAULT == null ? inputterCode != null : !INPUTTER_CODE_EDEFAULT.equals(inputterCode);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UPDATER_CODE:
				return UPDATER_CODE_EDEFAULT == null ? updaterCode != null : !UPDATER_CODE_EDEFAULT.equals(updaterCode);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__IDENTIFIER:
				return IDENTIFIER_EDEFAULT == null ? identifier != null : !IDENTIFIER_EDEFAULT.equals(identifier);
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__ROW_TYPE:
				return getRowType() != ROW_TYPE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (creationDate: ");
		result.append(creationDate);
		result.append(", targetMonth: ");
		result.append(targetMonth);
		result.append(", providerName: ");
		result.append(providerName);
		result.append(", providerCode: ");
		result.append(providerCode);
		result.append(", satelliteBranch: ");
		result.append(satelliteBranch);
		result.append(", serviceCode: ");
		result.append(serviceCode);
		result.append(", units: ");
		result.append(units);
		result.append(", discountRate: ");
		result.append(discountRate);
		result.append(", discountedUnits: ");
		result.append(discountedUnits);
		result.append(", countOrDays: ");
		result.append(countOrDays);
		result.append(", serviceUnitsAmount: ");
		result.append(serviceUnitsAmount);
		result.append(", benefitManagedUnits: ");
		result.append(benefitManagedUnits);
		result.append(", typeLimitExcessUnits: ");
		result.append(typeLimitExcessUnits);
		result.append(", typeLimitWithinUnits: ");
		result.append(typeLimitWithinUnits);
		result.append(", categoryLimitExcessUnits: ");
		result.append(categoryLimitExcessUnits);
		result.append(", categoryLimitWithinUnits: ");
		result.append(categoryLimitWithinUnits);
		result.append(", unitPrice: ");
		result.append(unitPrice);
		result.append(", totalCost: ");
		result.append(totalCost);
		result.append(", benefitRate: ");
		result.append(benefitRate);
		result.append(", insuranceClaimAmount: ");
		result.append(insuranceClaimAmount);
		result.append(", fixedCopayUnitPrice: ");
		result.append(fixedCopayUnitPrice);
		result.append(", userCopayInsured: ");
		result.append(userCopayInsured);
		result.append(", userCopayFull: ");
		result.append(userCopayFull);
		result.append(", daysBeforeMonth: ");
		result.append(daysBeforeMonth);
		result.append(", plannedDaysThisMonth: ");
		result.append(plannedDaysThisMonth);
		result.append(", cumulativeDays: ");
		result.append(cumulativeDays);
		result.append(", over30Days: ");
		result.append(over30Days);
		result.append(", officeCode: ");
		result.append(officeCode);
		result.append(", inputterCode: ");
		result.append(inputterCode);
		result.append(", updaterCode: ");
		result.append(updaterCode);
		result.append(", identifier: ");
		result.append(identifier);
		result.append(')');
		return result.toString();
	}

} //ServiceUseAnnexRowImpl
