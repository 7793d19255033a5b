/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.CareplanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Care Plan2 Row</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getIssueNo <em>Issue No</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getIssue <em>Issue</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getGoalNo <em>Goal No</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getLongTermGoal <em>Long Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getShortTermGoal <em>Short Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getLongTermPeriod <em>Long Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getShortTermPeriod <em>Short Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getSupportNo <em>Support No</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getServiceContent <em>Service Content</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getInsuranceCoverage <em>Insurance Coverage</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getServiceKind <em>Service Kind</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getProviderCode <em>Provider Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl#getIdentifier <em>Identifier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CarePlan2RowImpl extends RecordImpl implements CarePlan2Row {
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
	 * The default value of the '{@link #getIssueNo() <em>Issue No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssueNo()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUE_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssueNo() <em>Issue No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssueNo()
	 * @generated
	 * @ordered
	 */
	protected String issueNo = ISSUE_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssue() <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssue() <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected String issue = ISSUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoalNo() <em>Goal No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalNo()
	 * @generated
	 * @ordered
	 */
	protected static final String GOAL_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoalNo() <em>Goal No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalNo()
	 * @generated
	 * @ordered
	 */
	protected String goalNo = GOAL_NO_EDEFAULT;

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
	 * The default value of the '{@link #getSupportNo() <em>Support No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportNo()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportNo() <em>Support No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportNo()
	 * @generated
	 * @ordered
	 */
	protected String supportNo = SUPPORT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceContent() <em>Service Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceContent()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceContent() <em>Service Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceContent()
	 * @generated
	 * @ordered
	 */
	protected String serviceContent = SERVICE_CONTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInsuranceCoverage() <em>Insurance Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuranceCoverage()
	 * @generated
	 * @ordered
	 */
	protected static final String INSURANCE_COVERAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInsuranceCoverage() <em>Insurance Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuranceCoverage()
	 * @generated
	 * @ordered
	 */
	protected String insuranceCoverage = INSURANCE_COVERAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceKind() <em>Service Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceKind()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceKind() <em>Service Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceKind()
	 * @generated
	 * @ordered
	 */
	protected String serviceKind = SERVICE_KIND_EDEFAULT;

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
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected String frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

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
	protected CarePlan2RowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.CARE_PLAN2_ROW;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__CREATION_DATE, oldCreationDate, creationDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__PLAN_DATE, oldPlanDate, planDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssueNo() {
		return issueNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssueNo(String newIssueNo) {
		String oldIssueNo = issueNo;
		issueNo = newIssueNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__ISSUE_NO, oldIssueNo, issueNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssue() {
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssue(String newIssue) {
		String oldIssue = issue;
		issue = newIssue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__ISSUE, oldIssue, issue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoalNo() {
		return goalNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoalNo(String newGoalNo) {
		String oldGoalNo = goalNo;
		goalNo = newGoalNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__GOAL_NO, oldGoalNo, goalNo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_GOAL, oldLongTermGoal, longTermGoal));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_GOAL, oldShortTermGoal, shortTermGoal));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_PERIOD, oldLongTermPeriod, longTermPeriod));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_PERIOD, oldShortTermPeriod, shortTermPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportNo() {
		return supportNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportNo(String newSupportNo) {
		String oldSupportNo = supportNo;
		supportNo = newSupportNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__SUPPORT_NO, oldSupportNo, supportNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceContent() {
		return serviceContent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceContent(String newServiceContent) {
		String oldServiceContent = serviceContent;
		serviceContent = newServiceContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__SERVICE_CONTENT, oldServiceContent, serviceContent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInsuranceCoverage() {
		return insuranceCoverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsuranceCoverage(String newInsuranceCoverage) {
		String oldInsuranceCoverage = insuranceCoverage;
		insuranceCoverage = newInsuranceCoverage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__INSURANCE_COVERAGE, oldInsuranceCoverage, insuranceCoverage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceKind() {
		return serviceKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceKind(String newServiceKind) {
		String oldServiceKind = serviceKind;
		serviceKind = newServiceKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__SERVICE_KIND, oldServiceKind, serviceKind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__PROVIDER_CODE, oldProviderCode, providerCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__PROVIDER_NAME, oldProviderName, providerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(String newFrequency) {
		String oldFrequency = frequency;
		frequency = newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__PERIOD, oldPeriod, period));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__UPDATER_CODE, oldUpdaterCode, updaterCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN2_ROW__IDENTIFIER, oldIdentifier, identifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.CARE_PLAN2_ROW__CREATION_DATE:
				return getCreationDate();
			case CareplanPackage.CARE_PLAN2_ROW__PLAN_DATE:
				return getPlanDate();
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE_NO:
				return getIssueNo();
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE:
				return getIssue();
			case CareplanPackage.CARE_PLAN2_ROW__GOAL_NO:
				return getGoalNo();
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_GOAL:
				return getLongTermGoal();
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_GOAL:
				return getShortTermGoal();
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_PERIOD:
				return getLongTermPeriod();
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_PERIOD:
				return getShortTermPeriod();
			case CareplanPackage.CARE_PLAN2_ROW__SUPPORT_NO:
				return getSupportNo();
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_CONTENT:
				return getServiceContent();
			case CareplanPackage.CARE_PLAN2_ROW__INSURANCE_COVERAGE:
				return getInsuranceCoverage();
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_KIND:
				return getServiceKind();
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_CODE:
				return getProviderCode();
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_NAME:
				return getProviderName();
			case CareplanPackage.CARE_PLAN2_ROW__FREQUENCY:
				return getFrequency();
			case CareplanPackage.CARE_PLAN2_ROW__PERIOD:
				return getPeriod();
			case CareplanPackage.CARE_PLAN2_ROW__UPDATER_CODE:
				return getUpdaterCode();
			case CareplanPackage.CARE_PLAN2_ROW__IDENTIFIER:
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
			case CareplanPackage.CARE_PLAN2_ROW__CREATION_DATE:
				setCreationDate((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PLAN_DATE:
				setPlanDate((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE_NO:
				setIssueNo((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE:
				setIssue((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__GOAL_NO:
				setGoalNo((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_GOAL:
				setLongTermGoal((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_GOAL:
				setShortTermGoal((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_PERIOD:
				setLongTermPeriod((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_PERIOD:
				setShortTermPeriod((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SUPPORT_NO:
				setSupportNo((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_CONTENT:
				setServiceContent((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__INSURANCE_COVERAGE:
				setInsuranceCoverage((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_KIND:
				setServiceKind((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_CODE:
				setProviderCode((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_NAME:
				setProviderName((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__FREQUENCY:
				setFrequency((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PERIOD:
				setPeriod((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__UPDATER_CODE:
				setUpdaterCode((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__IDENTIFIER:
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
			case CareplanPackage.CARE_PLAN2_ROW__CREATION_DATE:
				setCreationDate(CREATION_DATE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PLAN_DATE:
				setPlanDate(PLAN_DATE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE_NO:
				setIssueNo(ISSUE_NO_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE:
				setIssue(ISSUE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__GOAL_NO:
				setGoalNo(GOAL_NO_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_GOAL:
				setLongTermGoal(LONG_TERM_GOAL_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_GOAL:
				setShortTermGoal(SHORT_TERM_GOAL_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_PERIOD:
				setLongTermPeriod(LONG_TERM_PERIOD_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_PERIOD:
				setShortTermPeriod(SHORT_TERM_PERIOD_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SUPPORT_NO:
				setSupportNo(SUPPORT_NO_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_CONTENT:
				setServiceContent(SERVICE_CONTENT_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__INSURANCE_COVERAGE:
				setInsuranceCoverage(INSURANCE_COVERAGE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_KIND:
				setServiceKind(SERVICE_KIND_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_CODE:
				setProviderCode(PROVIDER_CODE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_NAME:
				setProviderName(PROVIDER_NAME_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__UPDATER_CODE:
				setUpdaterCode(UPDATER_CODE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN2_ROW__IDENTIFIER:
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
			case CareplanPackage.CARE_PLAN2_ROW__CREATION_DATE:
				return CREATION_DATE_EDEFAULT == null ? creationDate != null : !CREATION_DATE_EDEFAULT.equals(creationDate);
			case CareplanPackage.CARE_PLAN2_ROW__PLAN_DATE:
				return PLAN_DATE_EDEFAULT == null ? planDate != null : !PLAN_DATE_EDEFAULT.equals(planDate);
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE_NO:
				return ISSUE_NO_EDEFAULT == null ? issueNo != null : !ISSUE_NO_EDEFAULT.equals(issueNo);
			case CareplanPackage.CARE_PLAN2_ROW__ISSUE:
				return ISSUE_EDEFAULT == null ? issue != null : !ISSUE_EDEFAULT.equals(issue);
			case CareplanPackage.CARE_PLAN2_ROW__GOAL_NO:
				return GOAL_NO_EDEFAULT == null ? goalNo != null : !GOAL_NO_EDEFAULT.equals(goalNo);
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_GOAL:
				return LONG_TERM_GOAL_EDEFAULT == null ? longTermGoal != null : !LONG_TERM_GOAL_EDEFAULT.equals(longTermGoal);
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_GOAL:
				return SHORT_TERM_GOAL_EDEFAULT == null ? shortTermGoal != null : !SHORT_TERM_GOAL_EDEFAULT.equals(shortTermGoal);
			case CareplanPackage.CARE_PLAN2_ROW__LONG_TERM_PERIOD:
				return LONG_TERM_PERIOD_EDEFAULT == null ? longTermPeriod != null : !LONG_TERM_PERIOD_EDEFAULT.equals(longTermPeriod);
			case CareplanPackage.CARE_PLAN2_ROW__SHORT_TERM_PERIOD:
				return SHORT_TERM_PERIOD_EDEFAULT == null ? shortTermPeriod != null : !SHORT_TERM_PERIOD_EDEFAULT.equals(shortTermPeriod);
			case CareplanPackage.CARE_PLAN2_ROW__SUPPORT_NO:
				return SUPPORT_NO_EDEFAULT == null ? supportNo != null : !SUPPORT_NO_EDEFAULT.equals(supportNo);
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_CONTENT:
				return SERVICE_CONTENT_EDEFAULT == null ? serviceContent != null : !SERVICE_CONTENT_EDEFAULT.equals(serviceContent);
			case CareplanPackage.CARE_PLAN2_ROW__INSURANCE_COVERAGE:
				return INSURANCE_COVERAGE_EDEFAULT == null ? insuranceCoverage != null : !INSURANCE_COVERAGE_EDEFAULT.equals(insuranceCoverage);
			case CareplanPackage.CARE_PLAN2_ROW__SERVICE_KIND:
				return SERVICE_KIND_EDEFAULT == null ? serviceKind != null : !SERVICE_KIND_EDEFAULT.equals(serviceKind);
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_CODE:
				return PROVIDER_CODE_EDEFAULT == null ? providerCode != null : !PROVIDER_CODE_EDEFAULT.equals(providerCode);
			case CareplanPackage.CARE_PLAN2_ROW__PROVIDER_NAME:
				return PROVIDER_NAME_EDEFAULT == null ? providerName != null : !PROVIDER_NAME_EDEFAULT.equals(providerName);
			case CareplanPackage.CARE_PLAN2_ROW__FREQUENCY:
				return FREQUENCY_EDEFAULT == null ? frequency != null : !FREQUENCY_EDEFAULT.equals(frequency);
			case CareplanPackage.CARE_PLAN2_ROW__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case CareplanPackage.CARE_PLAN2_ROW__UPDATER_CODE:
				return UPDATER_CODE_EDEFAULT == null ? updaterCode != null : !UPDATER_CODE_EDEFAULT.equals(updaterCode);
			case CareplanPackage.CARE_PLAN2_ROW__IDENTIFIER:
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
		result.append(", planDate: ");
		result.append(planDate);
		result.append(", issueNo: ");
		result.append(issueNo);
		result.append(", issue: ");
		result.append(issue);
		result.append(", goalNo: ");
		result.append(goalNo);
		result.append(", longTermGoal: ");
		result.append(longTermGoal);
		result.append(", shortTermGoal: ");
		result.append(shortTermGoal);
		result.append(", longTermPeriod: ");
		result.append(longTermPeriod);
		result.append(", shortTermPeriod: ");
		result.append(shortTermPeriod);
		result.append(", supportNo: ");
		result.append(supportNo);
		result.append(", serviceContent: ");
		result.append(serviceContent);
		result.append(", insuranceCoverage: ");
		result.append(insuranceCoverage);
		result.append(", serviceKind: ");
		result.append(serviceKind);
		result.append(", providerCode: ");
		result.append(providerCode);
		result.append(", providerName: ");
		result.append(providerName);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", period: ");
		result.append(period);
		result.append(", updaterCode: ");
		result.append(updaterCode);
		result.append(", identifier: ");
		result.append(identifier);
		result.append(')');
		return result.toString();
	}

} //CarePlan2RowImpl
