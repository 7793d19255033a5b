/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.ServiceActualDeletion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Actual Deletion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceActualDeletionImpl#getDeletionTargetMonth <em>Deletion Target Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceActualDeletionImpl#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceActualDeletionImpl#getServiceType <em>Service Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceActualDeletionImpl extends RecordImpl implements ServiceActualDeletion {
	/**
	 * The default value of the '{@link #getDeletionTargetMonth() <em>Deletion Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionTargetMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String DELETION_TARGET_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletionTargetMonth() <em>Deletion Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionTargetMonth()
	 * @generated
	 * @ordered
	 */
	protected String deletionTargetMonth = DELETION_TARGET_MONTH_EDEFAULT;

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
	 * The default value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected String serviceType = SERVICE_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceActualDeletionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.SERVICE_ACTUAL_DELETION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeletionTargetMonth() {
		return deletionTargetMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletionTargetMonth(String newDeletionTargetMonth) {
		String oldDeletionTargetMonth = deletionTargetMonth;
		deletionTargetMonth = newDeletionTargetMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH, oldDeletionTargetMonth, deletionTargetMonth));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_ACTUAL_DELETION__PROVIDER_CODE, oldProviderCode, providerCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceType() {
		return serviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceType(String newServiceType) {
		String oldServiceType = serviceType;
		serviceType = newServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_ACTUAL_DELETION__SERVICE_TYPE, oldServiceType, serviceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH:
				return getDeletionTargetMonth();
			case CareplanPackage.SERVICE_ACTUAL_DELETION__PROVIDER_CODE:
				return getProviderCode();
			case CareplanPackage.SERVICE_ACTUAL_DELETION__SERVICE_TYPE:
				return getServiceType();
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
			case CareplanPackage.SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH:
				setDeletionTargetMonth((String)newValue);
				return;
			case CareplanPackage.SERVICE_ACTUAL_DELETION__PROVIDER_CODE:
				setProviderCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_ACTUAL_DELETION__SERVICE_TYPE:
				setServiceType((String)newValue);
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
			case CareplanPackage.SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH:
				setDeletionTargetMonth(DELETION_TARGET_MONTH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_ACTUAL_DELETION__PROVIDER_CODE:
				setProviderCode(PROVIDER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_ACTUAL_DELETION__SERVICE_TYPE:
				setServiceType(SERVICE_TYPE_EDEFAULT);
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
			case CareplanPackage.SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH:
				return DELETION_TARGET_MONTH_EDEFAULT == null ? deletionTargetMonth != null : !DELETION_TARGET_MONTH_EDEFAULT.equals(deletionTargetMonth);
			case CareplanPackage.SERVICE_ACTUAL_DELETION__PROVIDER_CODE:
				return PROVIDER_CODE_EDEFAULT == null ? providerCode != null : !PROVIDER_CODE_EDEFAULT.equals(providerCode);
			case CareplanPackage.SERVICE_ACTUAL_DELETION__SERVICE_TYPE:
				return SERVICE_TYPE_EDEFAULT == null ? serviceType != null : !SERVICE_TYPE_EDEFAULT.equals(serviceType);
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
		result.append(" (deletionTargetMonth: ");
		result.append(deletionTargetMonth);
		result.append(", providerCode: ");
		result.append(providerCode);
		result.append(", serviceType: ");
		result.append(serviceType);
		result.append(')');
		return result.toString();
	}

} //ServiceActualDeletionImpl
