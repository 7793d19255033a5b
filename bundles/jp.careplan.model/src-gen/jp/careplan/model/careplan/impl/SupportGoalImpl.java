/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import java.util.Collection;

import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.SupportGoal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Support Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.SupportGoalImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupportGoalImpl#getLongTermGoal <em>Long Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupportGoalImpl#getLongTermPeriod <em>Long Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupportGoalImpl#getShortTermGoal <em>Short Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupportGoalImpl#getShortTermPeriod <em>Short Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupportGoalImpl#getSupports <em>Supports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupportGoalImpl extends MinimalEObjectImpl.Container implements SupportGoal {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongTermGoal() <em>Long Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongTermGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String LONG_TERM_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLongTermGoal() <em>Long Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongTermGoal()
	 * @generated
	 * @ordered
	 */
	protected String longTermGoal = LONG_TERM_GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongTermPeriod() <em>Long Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongTermPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String LONG_TERM_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLongTermPeriod() <em>Long Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongTermPeriod()
	 * @generated
	 * @ordered
	 */
	protected String longTermPeriod = LONG_TERM_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortTermGoal() <em>Short Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortTermGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_TERM_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortTermGoal() <em>Short Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortTermGoal()
	 * @generated
	 * @ordered
	 */
	protected String shortTermGoal = SHORT_TERM_GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortTermPeriod() <em>Short Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortTermPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_TERM_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortTermPeriod() <em>Short Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortTermPeriod()
	 * @generated
	 * @ordered
	 */
	protected String shortTermPeriod = SHORT_TERM_PERIOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupports() <em>Supports</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupports()
	 * @generated
	 * @ordered
	 */
	protected EList<CarePlan2Row> supports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupportGoalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.SUPPORT_GOAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPORT_GOAL__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLongTermGoal() {
		return longTermGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongTermGoal(String newLongTermGoal) {
		String oldLongTermGoal = longTermGoal;
		longTermGoal = newLongTermGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPORT_GOAL__LONG_TERM_GOAL, oldLongTermGoal, longTermGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLongTermPeriod() {
		return longTermPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongTermPeriod(String newLongTermPeriod) {
		String oldLongTermPeriod = longTermPeriod;
		longTermPeriod = newLongTermPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPORT_GOAL__LONG_TERM_PERIOD, oldLongTermPeriod, longTermPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortTermGoal() {
		return shortTermGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortTermGoal(String newShortTermGoal) {
		String oldShortTermGoal = shortTermGoal;
		shortTermGoal = newShortTermGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPORT_GOAL__SHORT_TERM_GOAL, oldShortTermGoal, shortTermGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortTermPeriod() {
		return shortTermPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortTermPeriod(String newShortTermPeriod) {
		String oldShortTermPeriod = shortTermPeriod;
		shortTermPeriod = newShortTermPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPORT_GOAL__SHORT_TERM_PERIOD, oldShortTermPeriod, shortTermPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CarePlan2Row> getSupports() {
		if (supports == null) {
			supports = new EObjectResolvingEList<CarePlan2Row>(CarePlan2Row.class, this, CareplanPackage.SUPPORT_GOAL__SUPPORTS);
		}
		return supports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.SUPPORT_GOAL__NUMBER:
				return getNumber();
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_GOAL:
				return getLongTermGoal();
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_PERIOD:
				return getLongTermPeriod();
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_GOAL:
				return getShortTermGoal();
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_PERIOD:
				return getShortTermPeriod();
			case CareplanPackage.SUPPORT_GOAL__SUPPORTS:
				return getSupports();
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
			case CareplanPackage.SUPPORT_GOAL__NUMBER:
				setNumber((String)newValue);
				return;
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_GOAL:
				setLongTermGoal((String)newValue);
				return;
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_PERIOD:
				setLongTermPeriod((String)newValue);
				return;
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_GOAL:
				setShortTermGoal((String)newValue);
				return;
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_PERIOD:
				setShortTermPeriod((String)newValue);
				return;
			case CareplanPackage.SUPPORT_GOAL__SUPPORTS:
				getSupports().clear();
				getSupports().addAll((Collection<? extends CarePlan2Row>)newValue);
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
			case CareplanPackage.SUPPORT_GOAL__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_GOAL:
				setLongTermGoal(LONG_TERM_GOAL_EDEFAULT);
				return;
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_PERIOD:
				setLongTermPeriod(LONG_TERM_PERIOD_EDEFAULT);
				return;
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_GOAL:
				setShortTermGoal(SHORT_TERM_GOAL_EDEFAULT);
				return;
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_PERIOD:
				setShortTermPeriod(SHORT_TERM_PERIOD_EDEFAULT);
				return;
			case CareplanPackage.SUPPORT_GOAL__SUPPORTS:
				getSupports().clear();
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
			case CareplanPackage.SUPPORT_GOAL__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_GOAL:
				return LONG_TERM_GOAL_EDEFAULT == null ? longTermGoal != null : !LONG_TERM_GOAL_EDEFAULT.equals(longTermGoal);
			case CareplanPackage.SUPPORT_GOAL__LONG_TERM_PERIOD:
				return LONG_TERM_PERIOD_EDEFAULT == null ? longTermPeriod != null : !LONG_TERM_PERIOD_EDEFAULT.equals(longTermPeriod);
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_GOAL:
				return SHORT_TERM_GOAL_EDEFAULT == null ? shortTermGoal != null : !SHORT_TERM_GOAL_EDEFAULT.equals(shortTermGoal);
			case CareplanPackage.SUPPORT_GOAL__SHORT_TERM_PERIOD:
				return SHORT_TERM_PERIOD_EDEFAULT == null ? shortTermPeriod != null : !SHORT_TERM_PERIOD_EDEFAULT.equals(shortTermPeriod);
			case CareplanPackage.SUPPORT_GOAL__SUPPORTS:
				return supports != null && !supports.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", longTermGoal: ");
		result.append(longTermGoal);
		result.append(", longTermPeriod: ");
		result.append(longTermPeriod);
		result.append(", shortTermGoal: ");
		result.append(shortTermGoal);
		result.append(", shortTermPeriod: ");
		result.append(shortTermPeriod);
		result.append(')');
		return result.toString();
	}

} //SupportGoalImpl
