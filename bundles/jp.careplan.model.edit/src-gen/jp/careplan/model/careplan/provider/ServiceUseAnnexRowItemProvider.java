/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.provider;


import java.util.Collection;
import java.util.List;

import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.ServiceUseAnnexRow;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link jp.careplan.model.careplan.ServiceUseAnnexRow} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceUseAnnexRowItemProvider extends RecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceUseAnnexRowItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addCreationDatePropertyDescriptor(object);
			addTargetMonthPropertyDescriptor(object);
			addProviderNamePropertyDescriptor(object);
			addProviderCodePropertyDescriptor(object);
			addSatelliteBranchPropertyDescriptor(object);
			addServiceCodePropertyDescriptor(object);
			addUnitsPropertyDescriptor(object);
			addDiscountRatePropertyDescriptor(object);
			addDiscountedUnitsPropertyDescriptor(object);
			addCountOrDaysPropertyDescriptor(object);
			addServiceUnitsAmountPropertyDescriptor(object);
			addBenefitManagedUnitsPropertyDescriptor(object);
			addTypeLimitExcessUnitsPropertyDescriptor(object);
			addTypeLimitWithinUnitsPropertyDescriptor(object);
			addCategoryLimitExcessUnitsPropertyDescriptor(object);
			addCategoryLimitWithinUnitsPropertyDescriptor(object);
			addUnitPricePropertyDescriptor(object);
			addTotalCostPropertyDescriptor(object);
			addBenefitRatePropertyDescriptor(object);
			addInsuranceClaimAmountPropertyDescriptor(object);
			addFixedCopayUnitPricePropertyDescriptor(object);
			addUserCopayInsuredPropertyDescriptor(object);
			addUserCopayFullPropertyDescriptor(object);
			addDaysBeforeMonthPropertyDescriptor(object);
			addPlannedDaysThisMonthPropertyDescriptor(object);
			addCumulativeDaysPropertyDescriptor(object);
			addOver30DaysPropertyDescriptor(object);
			addOfficeCodePropertyDescriptor(object);
			addInputterCodePropertyDescriptor(object);
			addUpdaterCodePropertyDescriptor(object);
			addIdentifierPropertyDescriptor(object);
			addRowTypePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Creation Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreationDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_creationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_creationDate_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__CREATION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_targetMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_targetMonth_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__TARGET_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_providerName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_providerName_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__PROVIDER_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_providerCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_providerCode_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__PROVIDER_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Satellite Branch feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSatelliteBranchPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_satelliteBranch_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_satelliteBranch_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_serviceCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_serviceCode_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__SERVICE_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_units_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_units_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discount Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscountRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_discountRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_discountRate_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discounted Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscountedUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_discountedUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_discountedUnits_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Count Or Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountOrDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_countOrDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_countOrDays_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Units Amount feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceUnitsAmountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_serviceUnitsAmount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_serviceUnitsAmount_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Benefit Managed Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBenefitManagedUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_benefitManagedUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_benefitManagedUnits_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Type Limit Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypeLimitExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_typeLimitExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_typeLimitExcessUnits_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Type Limit Within Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypeLimitWithinUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_typeLimitWithinUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_typeLimitWithinUnits_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category Limit Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryLimitExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_categoryLimitExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_categoryLimitExcessUnits_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category Limit Within Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryLimitWithinUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_categoryLimitWithinUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_categoryLimitWithinUnits_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit Price feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPricePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_unitPrice_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_unitPrice_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__UNIT_PRICE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Total Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTotalCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_totalCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_totalCost_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__TOTAL_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Benefit Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBenefitRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_benefitRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_benefitRate_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__BENEFIT_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Insurance Claim Amount feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInsuranceClaimAmountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_insuranceClaimAmount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_insuranceClaimAmount_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fixed Copay Unit Price feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixedCopayUnitPricePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_fixedCopayUnitPrice_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_fixedCopayUnitPrice_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Copay Insured feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserCopayInsuredPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_userCopayInsured_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_userCopayInsured_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Copay Full feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserCopayFullPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_userCopayFull_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_userCopayFull_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Days Before Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDaysBeforeMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_daysBeforeMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_daysBeforeMonth_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Days This Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedDaysThisMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_plannedDaysThisMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_plannedDaysThisMonth_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cumulative Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCumulativeDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_cumulativeDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_cumulativeDays_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Over30 Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOver30DaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_over30Days_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_over30Days_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__OVER30_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Office Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOfficeCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_officeCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_officeCode_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__OFFICE_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inputter Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInputterCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_inputterCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_inputterCode_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__INPUTTER_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Updater Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdaterCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_updaterCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_updaterCode_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__UPDATER_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Identifier feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdentifierPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_identifier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_identifier_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__IDENTIFIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Row Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRowTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseAnnexRow_rowType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseAnnexRow_rowType_feature", "_UI_ServiceUseAnnexRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ANNEX_ROW__ROW_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ServiceUseAnnexRow.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ServiceUseAnnexRow"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ServiceUseAnnexRow)object).getProviderName();
		return label == null || label.length() == 0 ?
			getString("_UI_ServiceUseAnnexRow_type") :
			getString("_UI_ServiceUseAnnexRow_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ServiceUseAnnexRow.class)) {
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CREATION_DATE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TARGET_MONTH:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_NAME:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PROVIDER_CODE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_CODE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNITS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UNIT_PRICE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__TOTAL_COST:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__BENEFIT_RATE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OVER30_DAYS:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__OFFICE_CODE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__INPUTTER_CODE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__UPDATER_CODE:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__IDENTIFIER:
			case CareplanPackage.SERVICE_USE_ANNEX_ROW__ROW_TYPE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
