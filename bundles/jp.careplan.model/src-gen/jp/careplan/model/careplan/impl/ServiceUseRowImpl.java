/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.ServiceUseRow;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Use Row</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getTargetMonth <em>Target Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getPlanOfficeCode <em>Plan Office Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getPlannerName <em>Planner Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getShortStayDaysBeforeMonth <em>Short Stay Days Before Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getServiceDate <em>Service Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getProRataDays <em>Pro Rata Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getEndTime <em>End Time</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getServiceCount <em>Service Count</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getServiceCode <em>Service Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getDetailCode <em>Detail Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getSatelliteBranch <em>Satellite Branch</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getOver30Days <em>Over30 Days</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl#getIdentifier <em>Identifier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceUseRowImpl extends RecordImpl implements ServiceUseRow {
	/**
	 * The default value of the '{@link #getCreationDate() <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationDate()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreationDate() <em>Creation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationDate()
	 * @generated
	 * @ordered
	 */
	protected String creationDate = CREATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetMonth() <em>Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetMonth() <em>Target Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMonth()
	 * @generated
	 * @ordered
	 */
	protected String targetMonth = TARGET_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlanOfficeCode() <em>Plan Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanOfficeCode()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_OFFICE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanOfficeCode() <em>Plan Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanOfficeCode()
	 * @generated
	 * @ordered
	 */
	protected String planOfficeCode = PLAN_OFFICE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannerName() <em>Planner Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannerName()
	 * @generated
	 * @ordered
	 */
	protected static final String PLANNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannerName() <em>Planner Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannerName()
	 * @generated
	 * @ordered
	 */
	protected String plannerName = PLANNER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected String units = UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortStayDaysBeforeMonth() <em>Short Stay Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortStayDaysBeforeMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_STAY_DAYS_BEFORE_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortStayDaysBeforeMonth() <em>Short Stay Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortStayDaysBeforeMonth()
	 * @generated
	 * @ordered
	 */
	protected String shortStayDaysBeforeMonth = SHORT_STAY_DAYS_BEFORE_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceDate() <em>Service Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceDate()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceDate() <em>Service Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceDate()
	 * @generated
	 * @ordered
	 */
	protected String serviceDate = SERVICE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProRataDays() <em>Pro Rata Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProRataDays()
	 * @generated
	 * @ordered
	 */
	protected static final String PRO_RATA_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProRataDays() <em>Pro Rata Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProRataDays()
	 * @generated
	 * @ordered
	 */
	protected String proRataDays = PRO_RATA_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final String START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected String startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndTime() <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndTime()
	 * @generated
	 * @ordered
	 */
	protected static final String END_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndTime() <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndTime()
	 * @generated
	 * @ordered
	 */
	protected String endTime = END_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceCount() <em>Service Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCount()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceCount() <em>Service Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCount()
	 * @generated
	 * @ordered
	 */
	protected String serviceCount = SERVICE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceCode() <em>Service Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceCode() <em>Service Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCode()
	 * @generated
	 * @ordered
	 */
	protected String serviceCode = SERVICE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetailCode() <em>Detail Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetailCode()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAIL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetailCode() <em>Detail Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetailCode()
	 * @generated
	 * @ordered
	 */
	protected String detailCode = DETAIL_CODE_EDEFAULT;

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
	 * The default value of the '{@link #getProviderName() <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderName()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProviderName() <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderName()
	 * @generated
	 * @ordered
	 */
	protected String providerName = PROVIDER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatelliteBranch() <em>Satellite Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatelliteBranch()
	 * @generated
	 * @ordered
	 */
	protected static final String SATELLITE_BRANCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSatelliteBranch() <em>Satellite Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatelliteBranch()
	 * @generated
	 * @ordered
	 */
	protected String satelliteBranch = SATELLITE_BRANCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getOver30Days() <em>Over30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOver30Days()
	 * @generated
	 * @ordered
	 */
	protected static final String OVER30_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOver30Days() <em>Over30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOver30Days()
	 * @generated
	 * @ordered
	 */
	protected String over30Days = OVER30_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdaterCode() <em>Updater Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdaterCode()
	 * @generated
	 * @ordered
	 */
	protected static final String UPDATER_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdaterCode() <em>Updater Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdaterCode()
	 * @generated
	 * @ordered
	 */
	protected String updaterCode = UPDATER_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentifier() <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifier()
	 * @generated
	 * @ordered
	 */
	protected static final String IDENTIFIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentifier() <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifier()
	 * @generated
	 * @ordered
	 */
	protected String identifier = IDENTIFIER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceUseRowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.SERVICE_USE_ROW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreationDate() {
		return creationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreationDate(String newCreationDate) {
		String oldCreationDate = creationDate;
		creationDate = newCreationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__CREATION_DATE, oldCreationDate, creationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetMonth() {
		return targetMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetMonth(String newTargetMonth) {
		String oldTargetMonth = targetMonth;
		targetMonth = newTargetMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__TARGET_MONTH, oldTargetMonth, targetMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlanOfficeCode() {
		return planOfficeCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanOfficeCode(String newPlanOfficeCode) {
		String oldPlanOfficeCode = planOfficeCode;
		planOfficeCode = newPlanOfficeCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__PLAN_OFFICE_CODE, oldPlanOfficeCode, planOfficeCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlannerName() {
		return plannerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannerName(String newPlannerName) {
		String oldPlannerName = plannerName;
		plannerName = newPlannerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__PLANNER_NAME, oldPlannerName, plannerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnits() {
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnits(String newUnits) {
		String oldUnits = units;
		units = newUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__UNITS, oldUnits, units));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortStayDaysBeforeMonth() {
		return shortStayDaysBeforeMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortStayDaysBeforeMonth(String newShortStayDaysBeforeMonth) {
		String oldShortStayDaysBeforeMonth = shortStayDaysBeforeMonth;
		shortStayDaysBeforeMonth = newShortStayDaysBeforeMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH, oldShortStayDaysBeforeMonth, shortStayDaysBeforeMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceDate() {
		return serviceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceDate(String newServiceDate) {
		String oldServiceDate = serviceDate;
		serviceDate = newServiceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__SERVICE_DATE, oldServiceDate, serviceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProRataDays() {
		return proRataDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProRataDays(String newProRataDays) {
		String oldProRataDays = proRataDays;
		proRataDays = newProRataDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__PRO_RATA_DAYS, oldProRataDays, proRataDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(String newStartTime) {
		String oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndTime() {
		return endTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndTime(String newEndTime) {
		String oldEndTime = endTime;
		endTime = newEndTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__END_TIME, oldEndTime, endTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceCount() {
		return serviceCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceCount(String newServiceCount) {
		String oldServiceCount = serviceCount;
		serviceCount = newServiceCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__SERVICE_COUNT, oldServiceCount, serviceCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceCode() {
		return serviceCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceCode(String newServiceCode) {
		String oldServiceCode = serviceCode;
		serviceCode = newServiceCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__SERVICE_CODE, oldServiceCode, serviceCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetailCode() {
		return detailCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetailCode(String newDetailCode) {
		String oldDetailCode = detailCode;
		detailCode = newDetailCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__DETAIL_CODE, oldDetailCode, detailCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__PROVIDER_CODE, oldProviderCode, providerCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProviderName() {
		return providerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderName(String newProviderName) {
		String oldProviderName = providerName;
		providerName = newProviderName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__PROVIDER_NAME, oldProviderName, providerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSatelliteBranch() {
		return satelliteBranch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatelliteBranch(String newSatelliteBranch) {
		String oldSatelliteBranch = satelliteBranch;
		satelliteBranch = newSatelliteBranch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__SATELLITE_BRANCH, oldSatelliteBranch, satelliteBranch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOver30Days() {
		return over30Days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOver30Days(String newOver30Days) {
		String oldOver30Days = over30Days;
		over30Days = newOver30Days;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__OVER30_DAYS, oldOver30Days, over30Days));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUpdaterCode() {
		return updaterCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdaterCode(String newUpdaterCode) {
		String oldUpdaterCode = updaterCode;
		updaterCode = newUpdaterCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__UPDATER_CODE, oldUpdaterCode, updaterCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdentifier() {
		return identifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifier(String newIdentifier) {
		String oldIdentifier = identifier;
		identifier = newIdentifier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SERVICE_USE_ROW__IDENTIFIER, oldIdentifier, identifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.SERVICE_USE_ROW__CREATION_DATE:
				return getCreationDate();
			case CareplanPackage.SERVICE_USE_ROW__TARGET_MONTH:
				return getTargetMonth();
			case CareplanPackage.SERVICE_USE_ROW__PLAN_OFFICE_CODE:
				return getPlanOfficeCode();
			case CareplanPackage.SERVICE_USE_ROW__PLANNER_NAME:
				return getPlannerName();
			case CareplanPackage.SERVICE_USE_ROW__UNITS:
				return getUnits();
			case CareplanPackage.SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH:
				return getShortStayDaysBeforeMonth();
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_DATE:
				return getServiceDate();
			case CareplanPackage.SERVICE_USE_ROW__PRO_RATA_DAYS:
				return getProRataDays();
			case CareplanPackage.SERVICE_USE_ROW__START_TIME:
				return getStartTime();
			case CareplanPackage.SERVICE_USE_ROW__END_TIME:
				return getEndTime();
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_COUNT:
				return getServiceCount();
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_CODE:
				return getServiceCode();
			case CareplanPackage.SERVICE_USE_ROW__DETAIL_CODE:
				return getDetailCode();
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_CODE:
				return getProviderCode();
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_NAME:
				return getProviderName();
			case CareplanPackage.SERVICE_USE_ROW__SATELLITE_BRANCH:
				return getSatelliteBranch();
			case CareplanPackage.SERVICE_USE_ROW__OVER30_DAYS:
				return getOver30Days();
			case CareplanPackage.SERVICE_USE_ROW__UPDATER_CODE:
				return getUpdaterCode();
			case CareplanPackage.SERVICE_USE_ROW__IDENTIFIER:
				return getIdentifier();
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
			case CareplanPackage.SERVICE_USE_ROW__CREATION_DATE:
				setCreationDate((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__TARGET_MONTH:
				setTargetMonth((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PLAN_OFFICE_CODE:
				setPlanOfficeCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PLANNER_NAME:
				setPlannerName((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__UNITS:
				setUnits((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH:
				setShortStayDaysBeforeMonth((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_DATE:
				setServiceDate((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PRO_RATA_DAYS:
				setProRataDays((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__START_TIME:
				setStartTime((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__END_TIME:
				setEndTime((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_COUNT:
				setServiceCount((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_CODE:
				setServiceCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__DETAIL_CODE:
				setDetailCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_CODE:
				setProviderCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_NAME:
				setProviderName((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SATELLITE_BRANCH:
				setSatelliteBranch((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__OVER30_DAYS:
				setOver30Days((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__UPDATER_CODE:
				setUpdaterCode((String)newValue);
				return;
			case CareplanPackage.SERVICE_USE_ROW__IDENTIFIER:
				setIdentifier((String)newValue);
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
			case CareplanPackage.SERVICE_USE_ROW__CREATION_DATE:
				setCreationDate(CREATION_DATE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__TARGET_MONTH:
				setTargetMonth(TARGET_MONTH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PLAN_OFFICE_CODE:
				setPlanOfficeCode(PLAN_OFFICE_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PLANNER_NAME:
				setPlannerName(PLANNER_NAME_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__UNITS:
				setUnits(UNITS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH:
				setShortStayDaysBeforeMonth(SHORT_STAY_DAYS_BEFORE_MONTH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_DATE:
				setServiceDate(SERVICE_DATE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PRO_RATA_DAYS:
				setProRataDays(PRO_RATA_DAYS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__END_TIME:
				setEndTime(END_TIME_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_COUNT:
				setServiceCount(SERVICE_COUNT_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_CODE:
				setServiceCode(SERVICE_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__DETAIL_CODE:
				setDetailCode(DETAIL_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_CODE:
				setProviderCode(PROVIDER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_NAME:
				setProviderName(PROVIDER_NAME_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__SATELLITE_BRANCH:
				setSatelliteBranch(SATELLITE_BRANCH_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__OVER30_DAYS:
				setOver30Days(OVER30_DAYS_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__UPDATER_CODE:
				setUpdaterCode(UPDATER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SERVICE_USE_ROW__IDENTIFIER:
				setIdentifier(IDENTIFIER_EDEFAULT);
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
			case CareplanPackage.SERVICE_USE_ROW__CREATION_DATE:
				return CREATION_DATE_EDEFAULT == null ? creationDate != null : !CREATION_DATE_EDEFAULT.equals(creationDate);
			case CareplanPackage.SERVICE_USE_ROW__TARGET_MONTH:
				return TARGET_MONTH_EDEFAULT == null ? targetMonth != null : !TARGET_MONTH_EDEFAULT.equals(targetMonth);
			case CareplanPackage.SERVICE_USE_ROW__PLAN_OFFICE_CODE:
				return PLAN_OFFICE_CODE_EDEFAULT == null ? planOfficeCode != null : !PLAN_OFFICE_CODE_EDEFAULT.equals(planOfficeCode);
			case CareplanPackage.SERVICE_USE_ROW__PLANNER_NAME:
				return PLANNER_NAME_EDEFAULT == null ? plannerName != null : !PLANNER_NAME_EDEFAULT.equals(plannerName);
			case CareplanPackage.SERVICE_USE_ROW__UNITS:
				return UNITS_EDEFAULT == null ? units != null : !UNITS_EDEFAULT.equals(units);
			case CareplanPackage.SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH:
				return SHORT_STAY_DAYS_BEFORE_MONTH_EDEFAULT == null ? shortStayDaysBeforeMonth != null : !SHORT_STAY_DAYS_BEFORE_MONTH_EDEFAULT.equals(shortStayDaysBeforeMonth);
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_DATE:
				return SERVICE_DATE_EDEFAULT == null ? serviceDate != null : !SERVICE_DATE_EDEFAULT.equals(serviceDate);
			case CareplanPackage.SERVICE_USE_ROW__PRO_RATA_DAYS:
				return PRO_RATA_DAYS_EDEFAULT == null ? proRataDays != null : !PRO_RATA_DAYS_EDEFAULT.equals(proRataDays);
			case CareplanPackage.SERVICE_USE_ROW__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case CareplanPackage.SERVICE_USE_ROW__END_TIME:
				return END_TIME_EDEFAULT == null ? endTime != null : !END_TIME_EDEFAULT.equals(endTime);
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_COUNT:
				return SERVICE_COUNT_EDEFAULT == null ? serviceCount != null : !SERVICE_COUNT_EDEFAULT.equals(serviceCount);
			case CareplanPackage.SERVICE_USE_ROW__SERVICE_CODE:
				return SERVICE_CODE_EDEFAULT == null ? serviceCode != null : !SERVICE_CODE_EDEFAULT.equals(serviceCode);
			case CareplanPackage.SERVICE_USE_ROW__DETAIL_CODE:
				return DETAIL_CODE_EDEFAULT == null ? detailCode != null : !DETAIL_CODE_EDEFAULT.equals(detailCode);
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_CODE:
				return PROVIDER_CODE_EDEFAULT == null ? providerCode != null : !PROVIDER_CODE_EDEFAULT.equals(providerCode);
			case CareplanPackage.SERVICE_USE_ROW__PROVIDER_NAME:
				return PROVIDER_NAME_EDEFAULT == null ? providerName != null : !PROVIDER_NAME_EDEFAULT.equals(providerName);
			case CareplanPackage.SERVICE_USE_ROW__SATELLITE_BRANCH:
				return SATELLITE_BRANCH_EDEFAULT == null ? satelliteBranch != null : !SATELLITE_BRANCH_EDEFAULT.equals(satelliteBranch);
			case CareplanPackage.SERVICE_USE_ROW__OVER30_DAYS:
				return OVER30_DAYS_EDEFAULT == null ? over30Days != null : !OVER30_DAYS_EDEFAULT.equals(over30Days);
			case CareplanPackage.SERVICE_USE_ROW__UPDATER_CODE:
				return UPDATER_CODE_EDEFAULT == null ? updaterCode != null : !UPDATER_CODE_EDEFAULT.equals(updaterCode);
			case CareplanPackage.SERVICE_USE_ROW__IDENTIFIER:
				return IDENTIFIER_EDEFAULT == null ? identifier != null : !IDENTIFIER_EDEFAULT.equals(identifier);
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
		result.append(" (creationDate: ");
		result.append(creationDate);
		result.append(", targetMonth: ");
		result.append(targetMonth);
		result.append(", planOfficeCode: ");
		result.append(planOfficeCode);
		result.append(", plannerName: ");
		result.append(plannerName);
		result.append(", units: ");
		result.append(units);
		result.append(", shortStayDaysBeforeMonth: ");
		result.append(shortStayDaysBeforeMonth);
		result.append(", serviceDate: ");
		result.append(serviceDate);
		result.append(", proRataDays: ");
		result.append(proRataDays);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", endTime: ");
		result.append(endTime);
		result.append(", serviceCount: ");
		result.append(serviceCount);
		result.append(", serviceCode: ");
		result.append(serviceCode);
		result.append(", detailCode: ");
		result.append(detailCode);
		result.append(", providerCode: ");
		result.append(providerCode);
		result.append(", providerName: ");
		result.append(providerName);
		result.append(", satelliteBranch: ");
		result.append(satelliteBranch);
		result.append(", over30Days: ");
		result.append(over30Days);
		result.append(", updaterCode: ");
		result.append(updaterCode);
		result.append(", identifier: ");
		result.append(identifier);
		result.append(')');
		return result.toString();
	}

} //ServiceUseRowImpl
