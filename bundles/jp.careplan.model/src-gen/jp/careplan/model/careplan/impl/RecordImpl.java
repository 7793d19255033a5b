/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.CareplanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.RecordImpl#getCsvVersion <em>Csv Version</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.RecordImpl#getInsurerNumber <em>Insurer Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.RecordImpl#getInsuredNumber <em>Insured Number</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecordImpl extends MinimalEObjectImpl.Container implements jp.careplan.model.careplan.Record {
	/**
	 * The default value of the '{@link #getCsvVersion() <em>Csv Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsvVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CSV_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCsvVersion() <em>Csv Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsvVersion()
	 * @generated
	 * @ordered
	 */
	protected String csvVersion = CSV_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInsurerNumber() <em>Insurer Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsurerNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String INSURER_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInsurerNumber() <em>Insurer Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsurerNumber()
	 * @generated
	 * @ordered
	 */
	protected String insurerNumber = INSURER_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInsuredNumber() <em>Insured Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuredNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String INSURED_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInsuredNumber() <em>Insured Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuredNumber()
	 * @generated
	 * @ordered
	 */
	protected String insuredNumber = INSURED_NUMBER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCsvVersion() {
		return csvVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCsvVersion(String newCsvVersion) {
		String oldCsvVersion = csvVersion;
		csvVersion = newCsvVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.RECORD__CSV_VERSION, oldCsvVersion, csvVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInsurerNumber() {
		return insurerNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsurerNumber(String newInsurerNumber) {
		String oldInsurerNumber = insurerNumber;
		insurerNumber = newInsurerNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.RECORD__INSURER_NUMBER, oldInsurerNumber, insurerNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInsuredNumber() {
		return insuredNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsuredNumber(String newInsuredNumber) {
		String oldInsuredNumber = insuredNumber;
		insuredNumber = newInsuredNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.RECORD__INSURED_NUMBER, oldInsuredNumber, insuredNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.RECORD__CSV_VERSION:
				return getCsvVersion();
			case CareplanPackage.RECORD__INSURER_NUMBER:
				return getInsurerNumber();
			case CareplanPackage.RECORD__INSURED_NUMBER:
				return getInsuredNumber();
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
			case CareplanPackage.RECORD__CSV_VERSION:
				setCsvVersion((String)newValue);
				return;
			case CareplanPackage.RECORD__INSURER_NUMBER:
				setInsurerNumber((String)newValue);
				return;
			case CareplanPackage.RECORD__INSURED_NUMBER:
				setInsuredNumber((String)newValue);
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
			case CareplanPackage.RECORD__CSV_VERSION:
				setCsvVersion(CSV_VERSION_EDEFAULT);
				return;
			case CareplanPackage.RECORD__INSURER_NUMBER:
				setInsurerNumber(INSURER_NUMBER_EDEFAULT);
				return;
			case CareplanPackage.RECORD__INSURED_NUMBER:
				setInsuredNumber(INSURED_NUMBER_EDEFAULT);
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
			case CareplanPackage.RECORD__CSV_VERSION:
				return CSV_VERSION_EDEFAULT == null ? csvVersion != null : !CSV_VERSION_EDEFAULT.equals(csvVersion);
			case CareplanPackage.RECORD__INSURER_NUMBER:
				return INSURER_NUMBER_EDEFAULT == null ? insurerNumber != null : !INSURER_NUMBER_EDEFAULT.equals(insurerNumber);
			case CareplanPackage.RECORD__INSURED_NUMBER:
				return INSURED_NUMBER_EDEFAULT == null ? insuredNumber != null : !INSURED_NUMBER_EDEFAULT.equals(insuredNumber);
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
		result.append(" (csvVersion: ");
		result.append(csvVersion);
		result.append(", insurerNumber: ");
		result.append(insurerNumber);
		result.append(", insuredNumber: ");
		result.append(insuredNumber);
		result.append(')');
		return result.toString();
	}

} //RecordImpl
