/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.model.careplan.CareplanPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Care Plan1</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getCreationDate <em>Creation Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getUserPostalCode <em>User Postal Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getUserAddress1 <em>User Address1</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getUserAddress2 <em>User Address2</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getPlannerName <em>Planner Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getSupportOfficeName <em>Support Office Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getSupportOfficePostalCode <em>Support Office Postal Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getSupportOfficeAddress1 <em>Support Office Address1</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getSupportOfficeAddress2 <em>Support Office Address2</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getSupportOfficeCode <em>Support Office Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getFirstPlanDate <em>First Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getPlanCategory <em>Plan Category</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getCertificationStatus <em>Certification Status</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getCertificationDate <em>Certification Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getCertificationValidFrom <em>Certification Valid From</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getCertificationValidTo <em>Certification Valid To</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getCareLevel <em>Care Level</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getNeedsAnalysis <em>Needs Analysis</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getCertificationBoardOpinion <em>Certification Board Opinion</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getOverallPolicy <em>Overall Policy</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getDailyLifeSupportReason <em>Daily Life Support Reason</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getOtherReason <em>Other Reason</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.CarePlan1Impl#getIdentifier <em>Identifier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CarePlan1Impl extends RecordImpl implements CarePlan1 {
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
	 * The default value of the '{@link #getUserPostalCode() <em>User Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPostalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_POSTAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserPostalCode() <em>User Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPostalCode()
	 * @generated
	 * @ordered
	 */
	protected String userPostalCode = USER_POSTAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserAddress1() <em>User Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAddress1()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_ADDRESS1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserAddress1() <em>User Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAddress1()
	 * @generated
	 * @ordered
	 */
	protected String userAddress1 = USER_ADDRESS1_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserAddress2() <em>User Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAddress2()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_ADDRESS2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserAddress2() <em>User Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAddress2()
	 * @generated
	 * @ordered
	 */
	protected String userAddress2 = USER_ADDRESS2_EDEFAULT;

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
	 * The default value of the '{@link #getSupportOfficeName() <em>Support Office Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeName()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_OFFICE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportOfficeName() <em>Support Office Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeName()
	 * @generated
	 * @ordered
	 */
	protected String supportOfficeName = SUPPORT_OFFICE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportOfficePostalCode() <em>Support Office Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficePostalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_OFFICE_POSTAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportOfficePostalCode() <em>Support Office Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficePostalCode()
	 * @generated
	 * @ordered
	 */
	protected String supportOfficePostalCode = SUPPORT_OFFICE_POSTAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportOfficeAddress1() <em>Support Office Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeAddress1()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_OFFICE_ADDRESS1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportOfficeAddress1() <em>Support Office Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeAddress1()
	 * @generated
	 * @ordered
	 */
	protected String supportOfficeAddress1 = SUPPORT_OFFICE_ADDRESS1_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportOfficeAddress2() <em>Support Office Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeAddress2()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_OFFICE_ADDRESS2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportOfficeAddress2() <em>Support Office Address2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeAddress2()
	 * @generated
	 * @ordered
	 */
	protected String supportOfficeAddress2 = SUPPORT_OFFICE_ADDRESS2_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportOfficeCode() <em>Support Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_OFFICE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportOfficeCode() <em>Support Office Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportOfficeCode()
	 * @generated
	 * @ordered
	 */
	protected String supportOfficeCode = SUPPORT_OFFICE_CODE_EDEFAULT;

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
	 * The default value of the '{@link #getFirstPlanDate() <em>First Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPlanDate()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_PLAN_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstPlanDate() <em>First Plan Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPlanDate()
	 * @generated
	 * @ordered
	 */
	protected String firstPlanDate = FIRST_PLAN_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlanCategory() <em>Plan Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanCategory() <em>Plan Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanCategory()
	 * @generated
	 * @ordered
	 */
	protected String planCategory = PLAN_CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificationStatus() <em>Certification Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATION_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificationStatus() <em>Certification Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationStatus()
	 * @generated
	 * @ordered
	 */
	protected String certificationStatus = CERTIFICATION_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificationDate() <em>Certification Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationDate()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificationDate() <em>Certification Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationDate()
	 * @generated
	 * @ordered
	 */
	protected String certificationDate = CERTIFICATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificationValidFrom() <em>Certification Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATION_VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificationValidFrom() <em>Certification Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationValidFrom()
	 * @generated
	 * @ordered
	 */
	protected String certificationValidFrom = CERTIFICATION_VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificationValidTo() <em>Certification Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATION_VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificationValidTo() <em>Certification Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationValidTo()
	 * @generated
	 * @ordered
	 */
	protected String certificationValidTo = CERTIFICATION_VALID_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getCareLevel() <em>Care Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCareLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String CARE_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCareLevel() <em>Care Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCareLevel()
	 * @generated
	 * @ordered
	 */
	protected String careLevel = CARE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getNeedsAnalysis() <em>Needs Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedsAnalysis()
	 * @generated
	 * @ordered
	 */
	protected static final String NEEDS_ANALYSIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNeedsAnalysis() <em>Needs Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedsAnalysis()
	 * @generated
	 * @ordered
	 */
	protected String needsAnalysis = NEEDS_ANALYSIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificationBoardOpinion() <em>Certification Board Opinion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationBoardOpinion()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATION_BOARD_OPINION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificationBoardOpinion() <em>Certification Board Opinion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationBoardOpinion()
	 * @generated
	 * @ordered
	 */
	protected String certificationBoardOpinion = CERTIFICATION_BOARD_OPINION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverallPolicy() <em>Overall Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERALL_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverallPolicy() <em>Overall Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallPolicy()
	 * @generated
	 * @ordered
	 */
	protected String overallPolicy = OVERALL_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDailyLifeSupportReason() <em>Daily Life Support Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyLifeSupportReason()
	 * @generated
	 * @ordered
	 */
	protected static final String DAILY_LIFE_SUPPORT_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDailyLifeSupportReason() <em>Daily Life Support Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyLifeSupportReason()
	 * @generated
	 * @ordered
	 */
	protected String dailyLifeSupportReason = DAILY_LIFE_SUPPORT_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherReason() <em>Other Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherReason()
	 * @generated
	 * @ordered
	 */
	protected static final String OTHER_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherReason() <em>Other Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherReason()
	 * @generated
	 * @ordered
	 */
	protected String otherReason = OTHER_REASON_EDEFAULT;

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
	protected CarePlan1Impl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.CARE_PLAN1;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__CREATION_DATE, oldCreationDate, creationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserPostalCode() {
		return userPostalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserPostalCode(String newUserPostalCode) {
		String oldUserPostalCode = userPostalCode;
		userPostalCode = newUserPostalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__USER_POSTAL_CODE, oldUserPostalCode, userPostalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserAddress1() {
		return userAddress1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserAddress1(String newUserAddress1) {
		String oldUserAddress1 = userAddress1;
		userAddress1 = newUserAddress1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__USER_ADDRESS1, oldUserAddress1, userAddress1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserAddress2() {
		return userAddress2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserAddress2(String newUserAddress2) {
		String oldUserAddress2 = userAddress2;
		userAddress2 = newUserAddress2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__USER_ADDRESS2, oldUserAddress2, userAddress2));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__PLANNER_NAME, oldPlannerName, plannerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportOfficeName() {
		return supportOfficeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportOfficeName(String newSupportOfficeName) {
		String oldSupportOfficeName = supportOfficeName;
		supportOfficeName = newSupportOfficeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_NAME, oldSupportOfficeName, supportOfficeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportOfficePostalCode() {
		return supportOfficePostalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportOfficePostalCode(String newSupportOfficePostalCode) {
		String oldSupportOfficePostalCode = supportOfficePostalCode;
		supportOfficePostalCode = newSupportOfficePostalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE, oldSupportOfficePostalCode, supportOfficePostalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportOfficeAddress1() {
		return supportOfficeAddress1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportOfficeAddress1(String newSupportOfficeAddress1) {
		String oldSupportOfficeAddress1 = supportOfficeAddress1;
		supportOfficeAddress1 = newSupportOfficeAddress1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1, oldSupportOfficeAddress1, supportOfficeAddress1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportOfficeAddress2() {
		return supportOfficeAddress2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportOfficeAddress2(String newSupportOfficeAddress2) {
		String oldSupportOfficeAddress2 = supportOfficeAddress2;
		supportOfficeAddress2 = newSupportOfficeAddress2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2, oldSupportOfficeAddress2, supportOfficeAddress2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportOfficeCode() {
		return supportOfficeCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportOfficeCode(String newSupportOfficeCode) {
		String oldSupportOfficeCode = supportOfficeCode;
		supportOfficeCode = newSupportOfficeCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_CODE, oldSupportOfficeCode, supportOfficeCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__PLAN_DATE, oldPlanDate, planDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstPlanDate() {
		return firstPlanDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstPlanDate(String newFirstPlanDate) {
		String oldFirstPlanDate = firstPlanDate;
		firstPlanDate = newFirstPlanDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__FIRST_PLAN_DATE, oldFirstPlanDate, firstPlanDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlanCategory() {
		return planCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanCategory(String newPlanCategory) {
		String oldPlanCategory = planCategory;
		planCategory = newPlanCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__PLAN_CATEGORY, oldPlanCategory, planCategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificationStatus() {
		return certificationStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificationStatus(String newCertificationStatus) {
		String oldCertificationStatus = certificationStatus;
		certificationStatus = newCertificationStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__CERTIFICATION_STATUS, oldCertificationStatus, certificationStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificationDate() {
		return certificationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificationDate(String newCertificationDate) {
		String oldCertificationDate = certificationDate;
		certificationDate = newCertificationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__CERTIFICATION_DATE, oldCertificationDate, certificationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificationValidFrom() {
		return certificationValidFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificationValidFrom(String newCertificationValidFrom) {
		String oldCertificationValidFrom = certificationValidFrom;
		certificationValidFrom = newCertificationValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_FROM, oldCertificationValidFrom, certificationValidFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificationValidTo() {
		return certificationValidTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificationValidTo(String newCertificationValidTo) {
		String oldCertificationValidTo = certificationValidTo;
		certificationValidTo = newCertificationValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_TO, oldCertificationValidTo, certificationValidTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCareLevel() {
		return careLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCareLevel(String newCareLevel) {
		String oldCareLevel = careLevel;
		careLevel = newCareLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__CARE_LEVEL, oldCareLevel, careLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNeedsAnalysis() {
		return needsAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeedsAnalysis(String newNeedsAnalysis) {
		String oldNeedsAnalysis = needsAnalysis;
		needsAnalysis = newNeedsAnalysis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__NEEDS_ANALYSIS, oldNeedsAnalysis, needsAnalysis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificationBoardOpinion() {
		return certificationBoardOpinion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificationBoardOpinion(String newCertificationBoardOpinion) {
		String oldCertificationBoardOpinion = certificationBoardOpinion;
		certificationBoardOpinion = newCertificationBoardOpinion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__CERTIFICATION_BOARD_OPINION, oldCertificationBoardOpinion, certificationBoardOpinion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverallPolicy() {
		return overallPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverallPolicy(String newOverallPolicy) {
		String oldOverallPolicy = overallPolicy;
		overallPolicy = newOverallPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__OVERALL_POLICY, oldOverallPolicy, overallPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDailyLifeSupportReason() {
		return dailyLifeSupportReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDailyLifeSupportReason(String newDailyLifeSupportReason) {
		String oldDailyLifeSupportReason = dailyLifeSupportReason;
		dailyLifeSupportReason = newDailyLifeSupportReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON, oldDailyLifeSupportReason, dailyLifeSupportReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOtherReason() {
		return otherReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherReason(String newOtherReason) {
		String oldOtherReason = otherReason;
		otherReason = newOtherReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__OTHER_REASON, oldOtherReason, otherReason));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__UPDATER_CODE, oldUpdaterCode, updaterCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.CARE_PLAN1__IDENTIFIER, oldIdentifier, identifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.CARE_PLAN1__CREATION_DATE:
				return getCreationDate();
			case CareplanPackage.CARE_PLAN1__USER_POSTAL_CODE:
				return getUserPostalCode();
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS1:
				return getUserAddress1();
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS2:
				return getUserAddress2();
			case CareplanPackage.CARE_PLAN1__PLANNER_NAME:
				return getPlannerName();
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_NAME:
				return getSupportOfficeName();
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE:
				return getSupportOfficePostalCode();
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1:
				return getSupportOfficeAddress1();
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2:
				return getSupportOfficeAddress2();
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_CODE:
				return getSupportOfficeCode();
			case CareplanPackage.CARE_PLAN1__PLAN_DATE:
				return getPlanDate();
			case CareplanPackage.CARE_PLAN1__FIRST_PLAN_DATE:
				return getFirstPlanDate();
			case CareplanPackage.CARE_PLAN1__PLAN_CATEGORY:
				return getPlanCategory();
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_STATUS:
				return getCertificationStatus();
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_DATE:
				return getCertificationDate();
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_FROM:
				return getCertificationValidFrom();
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_TO:
				return getCertificationValidTo();
			case CareplanPackage.CARE_PLAN1__CARE_LEVEL:
				return getCareLevel();
			case CareplanPackage.CARE_PLAN1__NEEDS_ANALYSIS:
				return getNeedsAnalysis();
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_BOARD_OPINION:
				return getCertificationBoardOpinion();
			case CareplanPackage.CARE_PLAN1__OVERALL_POLICY:
				return getOverallPolicy();
			case CareplanPackage.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON:
				return getDailyLifeSupportReason();
			case CareplanPackage.CARE_PLAN1__OTHER_REASON:
				return getOtherReason();
			case CareplanPackage.CARE_PLAN1__UPDATER_CODE:
				return getUpdaterCode();
			case CareplanPackage.CARE_PLAN1__IDENTIFIER:
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
			case CareplanPackage.CARE_PLAN1__CREATION_DATE:
				setCreationDate((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__USER_POSTAL_CODE:
				setUserPostalCode((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS1:
				setUserAddress1((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS2:
				setUserAddress2((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__PLANNER_NAME:
				setPlannerName((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_NAME:
				setSupportOfficeName((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE:
				setSupportOfficePostalCode((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1:
				setSupportOfficeAddress1((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2:
				setSupportOfficeAddress2((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_CODE:
				setSupportOfficeCode((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__PLAN_DATE:
				setPlanDate((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__FIRST_PLAN_DATE:
				setFirstPlanDate((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__PLAN_CATEGORY:
				setPlanCategory((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_STATUS:
				setCertificationStatus((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_DATE:
				setCertificationDate((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_FROM:
				setCertificationValidFrom((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_TO:
				setCertificationValidTo((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__CARE_LEVEL:
				setCareLevel((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__NEEDS_ANALYSIS:
				setNeedsAnalysis((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_BOARD_OPINION:
				setCertificationBoardOpinion((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__OVERALL_POLICY:
				setOverallPolicy((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON:
				setDailyLifeSupportReason((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__OTHER_REASON:
				setOtherReason((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__UPDATER_CODE:
				setUpdaterCode((String)newValue);
				return;
			case CareplanPackage.CARE_PLAN1__IDENTIFIER:
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
			case CareplanPackage.CARE_PLAN1__CREATION_DATE:
				setCreationDate(CREATION_DATE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__USER_POSTAL_CODE:
				setUserPostalCode(USER_POSTAL_CODE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS1:
				setUserAddress1(USER_ADDRESS1_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS2:
				setUserAddress2(USER_ADDRESS2_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__PLANNER_NAME:
				setPlannerName(PLANNER_NAME_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_NAME:
				setSupportOfficeName(SUPPORT_OFFICE_NAME_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE:
				setSupportOfficePostalCode(SUPPORT_OFFICE_POSTAL_CODE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1:
				setSupportOfficeAddress1(SUPPORT_OFFICE_ADDRESS1_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2:
				setSupportOfficeAddress2(SUPPORT_OFFICE_ADDRESS2_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_CODE:
				setSupportOfficeCode(SUPPORT_OFFICE_CODE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__PLAN_DATE:
				setPlanDate(PLAN_DATE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__FIRST_PLAN_DATE:
				setFirstPlanDate(FIRST_PLAN_DATE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__PLAN_CATEGORY:
				setPlanCategory(PLAN_CATEGORY_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_STATUS:
				setCertificationStatus(CERTIFICATION_STATUS_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_DATE:
				setCertificationDate(CERTIFICATION_DATE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_FROM:
				setCertificationValidFrom(CERTIFICATION_VALID_FROM_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_TO:
				setCertificationValidTo(CERTIFICATION_VALID_TO_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__CARE_LEVEL:
				setCareLevel(CARE_LEVEL_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__NEEDS_ANALYSIS:
				setNeedsAnalysis(NEEDS_ANALYSIS_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_BOARD_OPINION:
				setCertificationBoardOpinion(CERTIFICATION_BOARD_OPINION_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__OVERALL_POLICY:
				setOverallPolicy(OVERALL_POLICY_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON:
				setDailyLifeSupportReason(DAILY_LIFE_SUPPORT_REASON_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__OTHER_REASON:
				setOtherReason(OTHER_REASON_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__UPDATER_CODE:
				setUpdaterCode(UPDATER_CODE_EDEFAULT);
				return;
			case CareplanPackage.CARE_PLAN1__IDENTIFIER:
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
			case CareplanPackage.CARE_PLAN1__CREATION_DATE:
				return CREATION_DATE_EDEFAULT == null ? creationDate != null : !CREATION_DATE_EDEFAULT.equals(creationDate);
			case CareplanPackage.CARE_PLAN1__USER_POSTAL_CODE:
				return USER_POSTAL_CODE_EDEFAULT == null ? userPostalCode != null : !USER_POSTAL_CODE_EDEFAULT.equals(userPostalCode);
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS1:
				return USER_ADDRESS1_EDEFAULT == null ? userAddress1 != null : !USER_ADDRESS1_EDEFAULT.equals(userAddress1);
			case CareplanPackage.CARE_PLAN1__USER_ADDRESS2:
				return USER_ADDRESS2_EDEFAULT == null ? userAddress2 != null : !USER_ADDRESS2_EDEFAULT.equals(userAddress2);
			case CareplanPackage.CARE_PLAN1__PLANNER_NAME:
				return PLANNER_NAME_EDEFAULT == null ? plannerName != null : !PLANNER_NAME_EDEFAULT.equals(plannerName);
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_NAME:
				return SUPPORT_OFFICE_NAME_EDEFAULT == null ? supportOfficeName != null : !SUPPORT_OFFICE_NAME_EDEFAULT.equals(supportOfficeName);
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE:
				return SUPPORT_OFFICE_POSTAL_CODE_EDEFAULT == null ? supportOfficePostalCode != null : !SUPPORT_OFFICE_POSTAL_CODE_EDEFAULT.equals(supportOfficePostalCode);
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1:
				return SUPPORT_OFFICE_ADDRESS1_EDEFAULT == null ? supportOfficeAddress1 != null : !SUPPORT_OFFICE_ADDRESS1_EDEFAULT.equals(supportOfficeAddress1);
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2:
				return SUPPORT_OFFICE_ADDRESS2_EDEFAULT == null ? supportOfficeAddress2 != null : !SUPPORT_OFFICE_ADDRESS2_EDEFAULT.equals(supportOfficeAddress2);
			case CareplanPackage.CARE_PLAN1__SUPPORT_OFFICE_CODE:
				return SUPPORT_OFFICE_CODE_EDEFAULT == null ? supportOfficeCode != null : !SUPPORT_OFFICE_CODE_EDEFAULT.equals(supportOfficeCode);
			case CareplanPackage.CARE_PLAN1__PLAN_DATE:
				return PLAN_DATE_EDEFAULT == null ? planDate != null : !PLAN_DATE_EDEFAULT.equals(planDate);
			case CareplanPackage.CARE_PLAN1__FIRST_PLAN_DATE:
				return FIRST_PLAN_DATE_EDEFAULT == null ? firstPlanDate != null : !FIRST_PLAN_DATE_EDEFAULT.equals(firstPlanDate);
			case CareplanPackage.CARE_PLAN1__PLAN_CATEGORY:
				return PLAN_CATEGORY_EDEFAULT == null ? planCategory != null : !PLAN_CATEGORY_EDEFAULT.equals(planCategory);
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_STATUS:
				return CERTIFICATION_STATUS_EDEFAULT == null ? certificationStatus != null : !CERTIFICATION_STATUS_EDEFAULT.equals(certificationStatus);
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_DATE:
				return CERTIFICATION_DATE_EDEFAULT == null ? certificationDate != null : !CERTIFICATION_DATE_EDEFAULT.equals(certificationDate);
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_FROM:
				return CERTIFICATION_VALID_FROM_EDEFAULT == null ? certificationValidFrom != null : !CERTIFICATION_VALID_FROM_EDEFAULT.equals(certificationValidFrom);
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_VALID_TO:
				return CERTIFICATION_VALID_TO_EDEFAULT == null ? certificationValidTo != null : !CERTIFICATION_VALID_TO_EDEFAULT.equals(certificationValidTo);
			case CareplanPackage.CARE_PLAN1__CARE_LEVEL:
				return CARE_LEVEL_EDEFAULT == null ? careLevel != null : !CARE_LEVEL_EDEFAULT.equals(careLevel);
			case CareplanPackage.CARE_PLAN1__NEEDS_ANALYSIS:
				return NEEDS_ANALYSIS_EDEFAULT == null ? needsAnalysis != null : !NEEDS_ANALYSIS_EDEFAULT.equals(needsAnalysis);
			case CareplanPackage.CARE_PLAN1__CERTIFICATION_BOARD_OPINION:
				return CERTIFICATION_BOARD_OPINION_EDEFAULT == null ? certificationBoardOpinion != null : !CERTIFICATION_BOARD_OPINION_EDEFAULT.equals(certificationBoardOpinion);
			case CareplanPackage.CARE_PLAN1__OVERALL_POLICY:
				return OVERALL_POLICY_EDEFAULT == null ? overallPolicy != null : !OVERALL_POLICY_EDEFAULT.equals(overallPolicy);
			case CareplanPackage.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON:
				return DAILY_LIFE_SUPPORT_REASON_EDEFAULT == null ? dailyLifeSupportReason != null : !DAILY_LIFE_SUPPORT_REASON_EDEFAULT.equals(dailyLifeSupportReason);
			case CareplanPackage.CARE_PLAN1__OTHER_REASON:
				return OTHER_REASON_EDEFAULT == null ? otherReason != null : !OTHER_REASON_EDEFAULT.equals(otherReason);
			case CareplanPackage.CARE_PLAN1__UPDATER_CODE:
				return UPDATER_CODE_EDEFAULT == null ? updaterCode != null : !UPDATER_CODE_EDEFAULT.equals(updaterCode);
			case CareplanPackage.CARE_PLAN1__IDENTIFIER:
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
		result.append(", userPostalCode: ");
		result.append(userPostalCode);
		result.append(", userAddress1: ");
		result.append(userAddress1);
		result.append(", userAddress2: ");
		result.append(userAddress2);
		result.append(", plannerName: ");
		result.append(plannerName);
		result.append(", supportOfficeName: ");
		result.append(supportOfficeName);
		result.append(", supportOfficePostalCode: ");
		result.append(supportOfficePostalCode);
		result.append(", supportOfficeAddress1: ");
		result.append(supportOfficeAddress1);
		result.append(", supportOfficeAddress2: ");
		result.append(supportOfficeAddress2);
		result.append(", supportOfficeCode: ");
		result.append(supportOfficeCode);
		result.append(", planDate: ");
		result.append(planDate);
		result.append(", firstPlanDate: ");
		result.append(firstPlanDate);
		result.append(", planCategory: ");
		result.append(planCategory);
		result.append(", certificationStatus: ");
		result.append(certificationStatus);
		result.append(", certificationDate: ");
		result.append(certificationDate);
		result.append(", certificationValidFrom: ");
		result.append(certificationValidFrom);
		result.append(", certificationValidTo: ");
		result.append(certificationValidTo);
		result.append(", careLevel: ");
		result.append(careLevel);
		result.append(", needsAnalysis: ");
		result.append(needsAnalysis);
		result.append(", certificationBoardOpinion: ");
		result.append(certificationBoardOpinion);
		result.append(", overallPolicy: ");
		result.append(overallPolicy);
		result.append(", dailyLifeSupportReason: ");
		result.append(dailyLifeSupportReason);
		result.append(", otherReason: ");
		result.append(otherReason);
		result.append(", updaterCode: ");
		result.append(updaterCode);
		result.append(", identifier: ");
		result.append(identifier);
		result.append(')');
		return result.toString();
	}

} //CarePlan1Impl
