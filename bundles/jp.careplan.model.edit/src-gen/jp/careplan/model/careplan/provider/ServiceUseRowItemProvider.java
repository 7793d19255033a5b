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
import jp.careplan.model.careplan.ServiceUseRow;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link jp.careplan.model.careplan.ServiceUseRow} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceUseRowItemProvider extends RecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceUseRowItemProvider(AdapterFactory adapterFactory) {
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
			addPlanOfficeCodePropertyDescriptor(object);
			addPlannerNamePropertyDescriptor(object);
			addUnitsPropertyDescriptor(object);
			addShortStayDaysBeforeMonthPropertyDescriptor(object);
			addServiceDatePropertyDescriptor(object);
			addProRataDaysPropertyDescriptor(object);
			addStartTimePropertyDescriptor(object);
			addEndTimePropertyDescriptor(object);
			addServiceCountPropertyDescriptor(object);
			addServiceCodePropertyDescriptor(object);
			addDetailCodePropertyDescriptor(object);
			addProviderCodePropertyDescriptor(object);
			addProviderNamePropertyDescriptor(object);
			addSatelliteBranchPropertyDescriptor(object);
			addOver30DaysPropertyDescriptor(object);
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
				 getString("_UI_ServiceUseRow_creationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_creationDate_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__CREATION_DATE,
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
				 getString("_UI_ServiceUseRow_targetMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_targetMonth_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__TARGET_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Plan Office Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlanOfficeCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_planOfficeCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_planOfficeCode_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__PLAN_OFFICE_CODE,
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
				 getString("_UI_ServiceUseRow_plannerName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_plannerName_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__PLANNER_NAME,
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
				 getString("_UI_ServiceUseRow_units_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_units_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__UNITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Short Stay Days Before Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShortStayDaysBeforeMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_shortStayDaysBeforeMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_shortStayDaysBeforeMonth_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_serviceDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_serviceDate_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__SERVICE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pro Rata Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProRataDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_proRataDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_proRataDays_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__PRO_RATA_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_startTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_startTime_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__START_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_endTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_endTime_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__END_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_serviceCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_serviceCount_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__SERVICE_COUNT,
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
				 getString("_UI_ServiceUseRow_serviceCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_serviceCode_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__SERVICE_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Detail Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDetailCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceUseRow_detailCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_detailCode_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__DETAIL_CODE,
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
				 getString("_UI_ServiceUseRow_providerCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_providerCode_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__PROVIDER_CODE,
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
				 getString("_UI_ServiceUseRow_providerName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_providerName_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__PROVIDER_NAME,
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
				 getString("_UI_ServiceUseRow_satelliteBranch_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_satelliteBranch_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__SATELLITE_BRANCH,
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
				 getString("_UI_ServiceUseRow_over30Days_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_over30Days_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__OVER30_DAYS,
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
				 getString("_UI_ServiceUseRow_updaterCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_updaterCode_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__UPDATER_CODE,
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
				 getString("_UI_ServiceUseRow_identifier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceUseRow_identifier_feature", "_UI_ServiceUseRow_type"),
				 CareplanPackage.Literals.SERVICE_USE_ROW__IDENTIFIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ServiceUseRow.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ServiceUseRow"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ServiceUseRow)object).getPlannerName();
		return label == null || label.length() == 0 ?
			getString("_UI_ServiceUseRow_type") :
			getString("_UI_ServiceUseRow_type") + " " + label;
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

		switch (notification.getFeatureID(ServiceUseRow.class)) {
			case CareplanPackage.SERVICE_USE_ROW__CREATION_DATE:
			case CareplanPackage.SERVICE_USE_ROW__TARGET_MONTH:
			case CareplanPackage.SERVICE_USE_ROW__PLAN_OFFICE_CODE:
			case CareplanPackage.SERVICE_USE_ROW__PLANNER_NAME:
			case CareplanPackage.SERVICE_USE_ROW__UNITS:
			case CareplanPackage.SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH:
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_DATE:
			case CareplanPackage.SERVICE_USE_ROW__PRO_RATA_DAYS:
			case CareplanPackage.SERVICE_USE_ROW__START_TIME:
			case CareplanPackage.SERVICE_USE_ROW__END_TIME:
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_COUNT:
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_CODE:
			case CareplanPackage.SERVICE_USE_ROW__DETAIL_CODE:
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_CODE:
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_NAME:
			case CareplanPackage.SERVICE_USE_ROW__SATELLITE_BRANCH:
			case CareplanPackage.SERVICE_USE_ROW__OVER30_DAYS:
			case CareplanPackage.SERVICE_USE_ROW__UPDATER_CODE:
			case CareplanPackage.SERVICE_USE_ROW__IDENTIFIER:
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
