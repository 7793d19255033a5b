/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.provider;


import java.util.Collection;
import java.util.List;

import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.CareplanPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link jp.careplan.model.careplan.CarePlan2Row} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CarePlan2RowItemProvider extends RecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CarePlan2RowItemProvider(AdapterFactory adapterFactory) {
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
			addPlanDatePropertyDescriptor(object);
			addIssueNoPropertyDescriptor(object);
			addIssuePropertyDescriptor(object);
			addGoalNoPropertyDescriptor(object);
			addLongTermGoalPropertyDescriptor(object);
			addShortTermGoalPropertyDescriptor(object);
			addLongTermPeriodPropertyDescriptor(object);
			addShortTermPeriodPropertyDescriptor(object);
			addSupportNoPropertyDescriptor(object);
			addServiceContentPropertyDescriptor(object);
			addInsuranceCoveragePropertyDescriptor(object);
			addServiceKindPropertyDescriptor(object);
			addProviderCodePropertyDescriptor(object);
			addProviderNamePropertyDescriptor(object);
			addFrequencyPropertyDescriptor(object);
			addPeriodPropertyDescriptor(object);
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
				 getString("_UI_CarePlan2Row_creationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_creationDate_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__CREATION_DATE,
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
				 getString("_UI_CarePlan2Row_planDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_planDate_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__PLAN_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issue No feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssueNoPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_issueNo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_issueNo_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__ISSUE_NO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issue feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_issue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_issue_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__ISSUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Goal No feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGoalNoPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_goalNo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_goalNo_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__GOAL_NO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Long Term Goal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLongTermGoalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_longTermGoal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_longTermGoal_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__LONG_TERM_GOAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Short Term Goal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShortTermGoalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_shortTermGoal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_shortTermGoal_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__SHORT_TERM_GOAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Long Term Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLongTermPeriodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_longTermPeriod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_longTermPeriod_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__LONG_TERM_PERIOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Short Term Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShortTermPeriodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_shortTermPeriod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_shortTermPeriod_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__SHORT_TERM_PERIOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support No feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportNoPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_supportNo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_supportNo_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__SUPPORT_NO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Content feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceContentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_serviceContent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_serviceContent_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__SERVICE_CONTENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Insurance Coverage feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInsuranceCoveragePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_insuranceCoverage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_insuranceCoverage_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__INSURANCE_COVERAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_serviceKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_serviceKind_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__SERVICE_KIND,
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
				 getString("_UI_CarePlan2Row_providerCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_providerCode_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__PROVIDER_CODE,
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
				 getString("_UI_CarePlan2Row_providerName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_providerName_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__PROVIDER_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Frequency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrequencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_frequency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_frequency_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__FREQUENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CarePlan2Row_period_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_period_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__PERIOD,
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
				 getString("_UI_CarePlan2Row_updaterCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_updaterCode_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__UPDATER_CODE,
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
				 getString("_UI_CarePlan2Row_identifier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CarePlan2Row_identifier_feature", "_UI_CarePlan2Row_type"),
				 CareplanPackage.Literals.CARE_PLAN2_ROW__IDENTIFIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CarePlan2Row.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CarePlan2Row"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CarePlan2Row)object).getProviderName();
		return label == null || label.length() == 0 ?
			getString("_UI_CarePlan2Row_type") :
			getString("_UI_CarePlan2Row_type") + " " + label;
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

		switch (notification.getFeatureID(CarePlan2Row.class)) {
			case CareplanPackage.CARE_PLAN2_ROW__CREATION_DATE:
			case CareplanPackage.CARE_PLAN2_ROW__PLAN_DATE:
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE_NO:
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE:
			case CareplanPackage.CARE_PLAN2_ROW__GOAL_NO:
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_GOAL:
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_GOAL:
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_PERIOD:
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_PERIOD:
			case CareplanPackage.CARE_PLAN2_ROW__SUPPORT_NO:
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_CONTENT:
			case CareplanPackage.CARE_PLAN2_ROW__INSURANCE_COVERAGE:
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_KIND:
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_CODE:
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_NAME:
			case CareplanPackage.CARE_PLAN2_ROW__FREQUENCY:
			case CareplanPackage.CARE_PLAN2_ROW__PERIOD:
			case CareplanPackage.CARE_PLAN2_ROW__UPDATER_CODE:
			case CareplanPackage.CARE_PLAN2_ROW__IDENTIFIER:
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
