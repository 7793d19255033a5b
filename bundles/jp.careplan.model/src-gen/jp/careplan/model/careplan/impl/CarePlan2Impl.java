/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import java.util.Collection;

import jp.careplan.model.careplan.CarePlan2;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Need;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Care Plan2</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2Impl#getInsurerNumber <em>Insurer Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2Impl#getInsuredNumber <em>Insured Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2Impl#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2Impl#getNeeds <em>Needs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CarePlan2Impl extends MinimalEObjectImpl.Container implements CarePlan2 {
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
	 * The default value of the '{@link #getPlanDate() <em>Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanDate()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanDate() <em>Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanDate()
	 * @generated
	 * @ordered
	 */
	protected String planDate = PLAN_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Need> needs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CarePlan2Impl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.CARE_PLAN2;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2__INSURER_NUMBER, oldInsurerNumber, insurerNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2__INSURED_NUMBER, oldInsuredNumber, insuredNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlanDate() {
		return planDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanDate(String newPlanDate) {
		String oldPlanDate = planDate;
		planDate = newPlanDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2__PLAN_DATE, oldPlanDate, planDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Need> getNeeds() {
		if (needs == null) {
			needs = new EObjectContainmentEList<Need>(Need.class, this, CareplanPackage.CARE_PLAN2__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CareplanPackage.CARE_PLAN2__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.CARE_PLAN2__INSURER_NUMBER:
				return getInsurerNumber();
			case CareplanPackage.CARE_PLAN2__INSURED_NUMBER:
				return getInsuredNumber();
			case CareplanPackage.CARE_PLAN2__PLAN_DATE:
				return getPlanDate();
			case CareplanPackage.CARE_PLAN2__NEEDS:
				return getNeeds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CareplanPackage.CARE_PLAN2__INSURER_NUMBER:
				setInsurerNumber((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2__INSURED_NUMBER:
				setInsuredNumber((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2__PLAN_DATE:
				setPlanDate((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends Need>)newValue);
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
			case CareplanPackage.CARE_PLAN2__INSURER_NUMBER:
				setInsurerNumber(INSURER_NUMBER_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2__INSURED_NUMBER:
				setInsuredNumber(INSURED_NUMBER_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2__PLAN_DATE:
				setPlanDate(PLAN_DATE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2__NEEDS:
				getNeeds().clear();
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
			case CareplanPackage.CARE_PLAN2__INSURER_NUMBER:
				return INSURER_NUMBER_EDEFAULT == null ? insurerNumber != null : !INSURER_NUMBER_EDEFAULT.equals(insurerNumber);
			case CareplanPackage.CARE_PLAN2__INSURED_NUMBER:
				return INSURED_NUMBER_EDEFAULT == null ? insuredNumber != null : !INSURED_NUMBER_EDEFAULT.equals(insuredNumber);
			case CareplanPackage.CARE_PLAN2__PLAN_DATE:
				return PLAN_DATE_EDEFAULT == null ? planDate != null : !PLAN_DATE_EDEFAULT.equals(planDate);
			case CareplanPackage.CARE_PLAN2__NEEDS:
				return needs != null && !needs.isEmpty();
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
		result.append(" (insurerNumber: ");
		result.append(insurerNumber);
		result.append(", insuredNumber: ");
		result.append(insuredNumber);
		result.append(", planDate: ");
		result.append(planDate);
		result.append(')');
		return result.toString();
	}

} //CarePlan2Impl
