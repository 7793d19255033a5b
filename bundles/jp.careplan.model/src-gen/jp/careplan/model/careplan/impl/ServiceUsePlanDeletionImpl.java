/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.ServiceUsePlanDeletion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Use Plan Deletion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUsePlanDeletionImpl#getDeletionTargetMonth <em>Deletion Target Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceUsePlanDeletionImpl extends RecordImpl implements ServiceUsePlanDeletion {
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceUsePlanDeletionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.SERVICE_USE_PLAN_DELETION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH, oldDeletionTargetMonth, deletionTargetMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH:
				return getDeletionTargetMonth();
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
			case CareplanPackage.SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH:
				setDeletionTargetMonth((String)newValue);
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
			case CareplanPackage.SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH:
				setDeletionTargetMonth(DELETION_TARGET_MONTH_EDEFAULT);
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
			case CareplanPackage.SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH:
				return DELETION_TARGET_MONTH_EDEFAULT == null ? deletionTargetMonth != null : !DELETION_TARGET_MONTH_EDEFAULT.equals(deletionTargetMonth);
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
		result.append(')');
		return result.toString();
	}

} //ServiceUsePlanDeletionImpl
