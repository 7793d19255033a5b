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
import jp.careplan.model.careplan.SupplementaryInfo;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link jp.careplan.model.careplan.SupplementaryInfo} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SupplementaryInfoItemProvider extends RecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupplementaryInfoItemProvider(AdapterFactory adapterFactory) {
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

			addPlanDatePropertyDescriptor(object);
			addUserNameKanaPropertyDescriptor(object);
			addUserNamePropertyDescriptor(object);
			addUserSexPropertyDescriptor(object);
			addUserBirthDatePropertyDescriptor(object);
			addUserPostalCodePropertyDescriptor(object);
			addUserAddress1PropertyDescriptor(object);
			addUserAddress2PropertyDescriptor(object);
			addUserPhoneNumberPropertyDescriptor(object);
			addCertificationDatePropertyDescriptor(object);
			addLimitStartDatePropertyDescriptor(object);
			addLimitEndDatePropertyDescriptor(object);
			addCertificationStatusPropertyDescriptor(object);
			addCareLevelChangeDatePropertyDescriptor(object);
			addCareLevelPropertyDescriptor(object);
			addCategoryLimitUnitsPropertyDescriptor(object);
			addSlot1ServiceTypePropertyDescriptor(object);
			addSlot1LimitUnitsPropertyDescriptor(object);
			addSlot1TotalUnitsPropertyDescriptor(object);
			addSlot1ExcessUnitsPropertyDescriptor(object);
			addSlot2ServiceTypePropertyDescriptor(object);
			addSlot2LimitUnitsPropertyDescriptor(object);
			addSlot2TotalUnitsPropertyDescriptor(object);
			addSlot2ExcessUnitsPropertyDescriptor(object);
			addSlot3ServiceTypePropertyDescriptor(object);
			addSlot3LimitUnitsPropertyDescriptor(object);
			addSlot3TotalUnitsPropertyDescriptor(object);
			addSlot3ExcessUnitsPropertyDescriptor(object);
			addSlot4ServiceTypePropertyDescriptor(object);
			addSlot4LimitUnitsPropertyDescriptor(object);
			addSlot4TotalUnitsPropertyDescriptor(object);
			addSlot4ExcessUnitsPropertyDescriptor(object);
			addSlot5ServiceTypePropertyDescriptor(object);
			addSlot5LimitUnitsPropertyDescriptor(object);
			addSlot5TotalUnitsPropertyDescriptor(object);
			addSlot5ExcessUnitsPropertyDescriptor(object);
			addSlot6ServiceTypePropertyDescriptor(object);
			addSlot6LimitUnitsPropertyDescriptor(object);
			addSlot6TotalUnitsPropertyDescriptor(object);
			addSlot6ExcessUnitsPropertyDescriptor(object);
			addSlot7ServiceTypePropertyDescriptor(object);
			addSlot7LimitUnitsPropertyDescriptor(object);
			addSlot7TotalUnitsPropertyDescriptor(object);
			addSlot7ExcessUnitsPropertyDescriptor(object);
			addSlot8ServiceTypePropertyDescriptor(object);
			addSlot8LimitUnitsPropertyDescriptor(object);
			addSlot8TotalUnitsPropertyDescriptor(object);
			addSlot8ExcessUnitsPropertyDescriptor(object);
			addSlot9ServiceTypePropertyDescriptor(object);
			addSlot9LimitUnitsPropertyDescriptor(object);
			addSlot9TotalUnitsPropertyDescriptor(object);
			addSlot9ExcessUnitsPropertyDescriptor(object);
			addTotalExcessUnitsPropertyDescriptor(object);
			addStayDaysBeforeMonthPropertyDescriptor(object);
			addStayDaysCumulativePropertyDescriptor(object);
			addPreviousCareLevelPropertyDescriptor(object);
			addConsentReceiverCodePropertyDescriptor(object);
			addUpdaterCodePropertyDescriptor(object);
			addIdentifierPropertyDescriptor(object);
			addTargetMonthPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Plan Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlanDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_planDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_planDate_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__PLAN_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Name Kana feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserNameKanaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userNameKana_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userNameKana_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_NAME_KANA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userName_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Sex feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserSexPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userSex_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userSex_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_SEX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Birth Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserBirthDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userBirthDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userBirthDate_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_BIRTH_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Postal Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserPostalCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userPostalCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userPostalCode_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_POSTAL_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Address1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserAddress1PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userAddress1_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userAddress1_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_ADDRESS1,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Address2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserAddress2PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userAddress2_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userAddress2_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_ADDRESS2,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Phone Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserPhoneNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_userPhoneNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_userPhoneNumber_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__USER_PHONE_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Certification Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificationDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_certificationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_certificationDate_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__CERTIFICATION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Limit Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLimitStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_limitStartDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_limitStartDate_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__LIMIT_START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Limit End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLimitEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_limitEndDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_limitEndDate_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__LIMIT_END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Certification Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificationStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_certificationStatus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_certificationStatus_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__CERTIFICATION_STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Care Level Change Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCareLevelChangeDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_careLevelChangeDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_careLevelChangeDate_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Care Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCareLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_careLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_careLevel_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__CARE_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryLimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_categoryLimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_categoryLimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot1 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot1ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot1ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot1ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot1 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot1LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot1LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot1LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot1 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot1TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot1TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot1TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot1 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot1ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot1ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot1ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot2 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot2ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot2ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot2ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot2 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot2LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot2LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot2LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot2 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot2TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot2TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot2TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot2 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot2ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot2ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot2ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot3 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot3ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot3ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot3ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot3 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot3LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot3LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot3LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot3 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot3TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot3TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot3TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot3 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot3ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot3ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot3ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot4 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot4ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot4ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot4ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot4 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot4LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot4LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot4LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot4 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot4TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot4TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot4TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot4 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot4ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot4ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot4ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot5 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot5ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot5ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot5ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot5 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot5LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot5LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot5LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot5 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot5TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot5TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot5TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot5 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot5ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot5ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot5ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot6 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot6ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot6ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot6ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot6 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot6LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot6LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot6LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot6 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot6TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot6TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot6TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot6 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot6ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot6ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot6ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot7 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot7ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot7ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot7ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot7 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot7LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot7LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot7LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot7 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot7TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot7TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot7TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot7 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot7ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot7ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot7ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot8 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot8ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot8ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot8ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot8 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot8LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot8LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot8LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot8 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot8TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot8TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot8TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot8 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot8ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot8ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot8ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot9 Service Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot9ServiceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot9ServiceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot9ServiceType_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot9 Limit Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot9LimitUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot9LimitUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot9LimitUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot9 Total Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot9TotalUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot9TotalUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot9TotalUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Slot9 Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSlot9ExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_slot9ExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_slot9ExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Total Excess Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTotalExcessUnitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_totalExcessUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_totalExcessUnits_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stay Days Before Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStayDaysBeforeMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_stayDaysBeforeMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_stayDaysBeforeMonth_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stay Days Cumulative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStayDaysCumulativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_stayDaysCumulative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_stayDaysCumulative_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Previous Care Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreviousCareLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_previousCareLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_previousCareLevel_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consent Receiver Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsentReceiverCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplementaryInfo_consentReceiverCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_consentReceiverCode_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE,
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
				 getString("_UI_SupplementaryInfo_updaterCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_updaterCode_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__UPDATER_CODE,
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
				 getString("_UI_SupplementaryInfo_identifier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_identifier_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__IDENTIFIER,
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
				 getString("_UI_SupplementaryInfo_targetMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplementaryInfo_targetMonth_feature", "_UI_SupplementaryInfo_type"),
				 CareplanPackage.Literals.SUPPLEMENTARY_INFO__TARGET_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns SupplementaryInfo.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SupplementaryInfo"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SupplementaryInfo)object).getUserName();
		return label == null || label.length() == 0 ?
			getString("_UI_SupplementaryInfo_type") :
			getString("_UI_SupplementaryInfo_type") + " " + label;
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

		switch (notification.getFeatureID(SupplementaryInfo.class)) {
			case CareplanPackage.SUPPLEMENTARY_INFO__PLAN_DATE:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME_KANA:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_SEX:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_BIRTH_DATE:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_POSTAL_CODE:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS1:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS2:
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_PHONE_NUMBER:
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_DATE:
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_START_DATE:
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_END_DATE:
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_STATUS:
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE:
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL:
			case CareplanPackage.SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS:
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH:
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE:
			case CareplanPackage.SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL:
			case CareplanPackage.SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE:
			case CareplanPackage.SUPPLEMENTARY_INFO__UPDATER_CODE:
			case CareplanPackage.SUPPLEMENTARY_INFO__IDENTIFIER:
			case CareplanPackage.SUPPLEMENTARY_INFO__TARGET_MONTH:
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
