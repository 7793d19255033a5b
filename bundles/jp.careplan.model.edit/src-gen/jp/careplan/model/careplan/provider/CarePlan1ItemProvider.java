/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.provider;


import java.util.Collection;
import java.util.List;

import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.model.careplan.CareplanPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link jp.careplan.model.careplan.CarePlan1} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CarePlan1ItemProvider extends RecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CarePlan1ItemProvider(AdapterFactory adapterFactory) {
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
			addUserPostalCodePropertyDescriptor(object);
			addUserAddress1PropertyDescriptor(object);
			addUserAddress2PropertyDescriptor(object);
			addPlannerNamePropertyDescriptor(object);
			addSupportOfficeNamePropertyDescriptor(object);
			addSupportOfficePostalCodePropertyDescriptor(object);
			addSupportOfficeAddress1PropertyDescriptor(object);
			addSupportOfficeAddress2PropertyDescriptor(object);
			addSupportOfficeCodePropertyDescriptor(object);
			addPlanDatePropertyDescriptor(object);
			addFirstPlanDatePropertyDescriptor(object);
			addPlanCategoryPropertyDescriptor(object);
			addCertificationStatusPropertyDescriptor(object);
			addCertificationDatePropertyDescriptor(object);
			addCertificationValidFromPropertyDescriptor(object);
			addCertificationValidToPropertyDescriptor(object);
			addCareLevelPropertyDescriptor(object);
			addNeedsAnalysisPropertyDescriptor(object);
			addCertificationBoardOpinionPropertyDescriptor(object);
			addOverallPolicyPropertyDescriptor(object);
			addDailyLifeSupportReasonPropertyDescriptor(object);
			addOtherReasonPropertyDescriptor(object);
			addUpdaterCodePropertyDescriptor(object);
			addIdentifierPropertyDescriptor(object);
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
				 getString("_UI_CarePlan1_creationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_creationDate_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__CREATION_DATE,
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
				 getString("_UI_CarePlan1_userPostalCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_userPostalCode_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__USER_POSTAL_CODE,
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
				 getString("_UI_CarePlan1_userAddress1_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_userAddress1_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__USER_ADDRESS1,
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
				 getString("_UI_CarePlan1_userAddress2_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_userAddress2_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__USER_ADDRESS2,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planner Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannerNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_plannerName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_plannerName_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__PLANNER_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Office Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportOfficeNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_supportOfficeName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_supportOfficeName_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__SUPPORT_OFFICE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Office Postal Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportOfficePostalCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_supportOfficePostalCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_supportOfficePostalCode_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Office Address1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportOfficeAddress1PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_supportOfficeAddress1_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_supportOfficeAddress1_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Office Address2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportOfficeAddress2PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_supportOfficeAddress2_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_supportOfficeAddress2_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Office Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportOfficeCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_supportOfficeCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_supportOfficeCode_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__SUPPORT_OFFICE_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_CarePlan1_planDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_planDate_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__PLAN_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the First Plan Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirstPlanDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_firstPlanDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_firstPlanDate_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__FIRST_PLAN_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Plan Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlanCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_planCategory_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_planCategory_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__PLAN_CATEGORY,
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
				 getString("_UI_CarePlan1_certificationStatus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_certificationStatus_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__CERTIFICATION_STATUS,
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
				 getString("_UI_CarePlan1_certificationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_certificationDate_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__CERTIFICATION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Certification Valid From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificationValidFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_certificationValidFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_certificationValidFrom_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__CERTIFICATION_VALID_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Certification Valid To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificationValidToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_certificationValidTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_certificationValidTo_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__CERTIFICATION_VALID_TO,
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
				 getString("_UI_CarePlan1_careLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_careLevel_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__CARE_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Needs Analysis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNeedsAnalysisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_needsAnalysis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_needsAnalysis_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__NEEDS_ANALYSIS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Certification Board Opinion feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificationBoardOpinionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_certificationBoardOpinion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_certificationBoardOpinion_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__CERTIFICATION_BOARD_OPINION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Overall Policy feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverallPolicyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_overallPolicy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_overallPolicy_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__OVERALL_POLICY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Daily Life Support Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDailyLifeSupportReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_dailyLifeSupportReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_dailyLifeSupportReason_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan1_otherReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_otherReason_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__OTHER_REASON,
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
				 getString("_UI_CarePlan1_updaterCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_updaterCode_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__UPDATER_CODE,
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
				 getString("_UI_CarePlan1_identifier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan1_identifier_feature", "_UI_CarePlan1_type"),
				 CareplanPackage.Literals.CARE_PLAN1__IDENTIFIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CarePlan1.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CarePlan1"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CarePlan1)object).getPlannerName();
		return label == null || label.length() == 0 ?
			getString("_UI_CarePlan1_type") :
			getString("_UI_CarePlan1_type") + " " + label;
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

		switch (notification.getFeatureID(CarePlan1.class)) {
			case CareplanPackage.CARE_PLAN1__CREATION_DATE:
			case CareplanPackage.CARE_PLAN1__USER_POSTAL_CODE:
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS1:
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS2:
			case CareplanPackage.CARE_PLAN1__PLANNER_NAME:
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_NAME:
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE:
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1:
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2:
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_CODE:
			case CareplanPackage.CARE_PLAN1__PLAN_DATE:
			case CareplanPackage.CARE_PLAN1__FIRST_PLAN_DATE:
			case CareplanPackage.CARE_PLAN1__PLAN_CATEGORY:
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_STATUS:
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_DATE:
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_FROM:
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_TO:
			case CareplanPackage.CARE_PLAN1__CARE_LEVEL:
			case CareplanPackage.CARE_PLAN1__NEEDS_ANALYSIS:
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_BOARD_OPINION:
			case CareplanPackage.CARE_PLAN1__OVERALL_POLICY:
			case CareplanPackage.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON:
			case CareplanPackage.CARE_PLAN1__OTHER_REASON:
			case CareplanPackage.CARE_PLAN1__UPDATER_CODE:
			case CareplanPackage.CARE_PLAN1__IDENTIFIER:
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
