/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.SupplementaryInfo;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supplementary Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getPlanDate <em>Plan Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserNameKana <em>User Name Kana</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserName <em>User Name</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserSex <em>User Sex</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserBirthDate <em>User Birth Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserPostalCode <em>User Postal Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserAddress1 <em>User Address1</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserAddress2 <em>User Address2</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUserPhoneNumber <em>User Phone Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getCertificationDate <em>Certification Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getLimitStartDate <em>Limit Start Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getLimitEndDate <em>Limit End Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getCertificationStatus <em>Certification Status</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getCareLevelChangeDate <em>Care Level Change Date</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getCareLevel <em>Care Level</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getCategoryLimitUnits <em>Category Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot1ServiceType <em>Slot1 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot1LimitUnits <em>Slot1 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot1TotalUnits <em>Slot1 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot1ExcessUnits <em>Slot1 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot2ServiceType <em>Slot2 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot2LimitUnits <em>Slot2 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot2TotalUnits <em>Slot2 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot2ExcessUnits <em>Slot2 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot3ServiceType <em>Slot3 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot3LimitUnits <em>Slot3 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot3TotalUnits <em>Slot3 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot3ExcessUnits <em>Slot3 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot4ServiceType <em>Slot4 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot4LimitUnits <em>Slot4 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot4TotalUnits <em>Slot4 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot4ExcessUnits <em>Slot4 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot5ServiceType <em>Slot5 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot5LimitUnits <em>Slot5 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot5TotalUnits <em>Slot5 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot5ExcessUnits <em>Slot5 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot6ServiceType <em>Slot6 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot6LimitUnits <em>Slot6 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot6TotalUnits <em>Slot6 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot6ExcessUnits <em>Slot6 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot7ServiceType <em>Slot7 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot7LimitUnits <em>Slot7 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot7TotalUnits <em>Slot7 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot7ExcessUnits <em>Slot7 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot8ServiceType <em>Slot8 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot8LimitUnits <em>Slot8 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot8TotalUnits <em>Slot8 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot8ExcessUnits <em>Slot8 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot9ServiceType <em>Slot9 Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot9LimitUnits <em>Slot9 Limit Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot9TotalUnits <em>Slot9 Total Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getSlot9ExcessUnits <em>Slot9 Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getTotalExcessUnits <em>Total Excess Units</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getStayDaysBeforeMonth <em>Stay Days Before Month</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getStayDaysCumulative <em>Stay Days Cumulative</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getPreviousCareLevel <em>Previous Care Level</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getConsentReceiverCode <em>Consent Receiver Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getUpdaterCode <em>Updater Code</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getIdentifier <em>Identifier</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl#getTargetMonth <em>Target Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupplementaryInfoImpl extends RecordImpl implements SupplementaryInfo {
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
	 * The default value of the '{@link #getUserNameKana() <em>User Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserNameKana()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_NAME_KANA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserNameKana() <em>User Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserNameKana()
	 * @generated
	 * @ordered
	 */
	protected String userNameKana = USER_NAME_KANA_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected String userName = USER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserSex() <em>User Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserSex()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_SEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserSex() <em>User Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserSex()
	 * @generated
	 * @ordered
	 */
	protected String userSex = USER_SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserBirthDate() <em>User Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserBirthDate() <em>User Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserBirthDate()
	 * @generated
	 * @ordered
	 */
	protected String userBirthDate = USER_BIRTH_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getUserPhoneNumber() <em>User Phone Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPhoneNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_PHONE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserPhoneNumber() <em>User Phone Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPhoneNumber()
	 * @generated
	 * @ordered
	 */
	protected String userPhoneNumber = USER_PHONE_NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getLimitStartDate() <em>Limit Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final String LIMIT_START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLimitStartDate() <em>Limit Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitStartDate()
	 * @generated
	 * @ordered
	 */
	protected String limitStartDate = LIMIT_START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLimitEndDate() <em>Limit End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final String LIMIT_END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLimitEndDate() <em>Limit End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitEndDate()
	 * @generated
	 * @ordered
	 */
	protected String limitEndDate = LIMIT_END_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getCareLevelChangeDate() <em>Care Level Change Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCareLevelChangeDate()
	 * @generated
	 * @ordered
	 */
	protected static final String CARE_LEVEL_CHANGE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCareLevelChangeDate() <em>Care Level Change Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCareLevelChangeDate()
	 * @generated
	 * @ordered
	 */
	protected String careLevelChangeDate = CARE_LEVEL_CHANGE_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getCategoryLimitUnits() <em>Category Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryLimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategoryLimitUnits() <em>Category Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryLimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String categoryLimitUnits = CATEGORY_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot1ServiceType() <em>Slot1 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT1_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot1ServiceType() <em>Slot1 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot1ServiceType = SLOT1_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot1LimitUnits() <em>Slot1 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT1_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot1LimitUnits() <em>Slot1 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot1LimitUnits = SLOT1_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot1TotalUnits() <em>Slot1 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT1_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot1TotalUnits() <em>Slot1 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot1TotalUnits = SLOT1_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot1ExcessUnits() <em>Slot1 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT1_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot1ExcessUnits() <em>Slot1 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot1ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot1ExcessUnits = SLOT1_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot2ServiceType() <em>Slot2 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT2_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot2ServiceType() <em>Slot2 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot2ServiceType = SLOT2_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot2LimitUnits() <em>Slot2 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT2_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot2LimitUnits() <em>Slot2 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot2LimitUnits = SLOT2_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot2TotalUnits() <em>Slot2 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT2_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot2TotalUnits() <em>Slot2 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot2TotalUnits = SLOT2_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot2ExcessUnits() <em>Slot2 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT2_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot2ExcessUnits() <em>Slot2 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot2ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot2ExcessUnits = SLOT2_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot3ServiceType() <em>Slot3 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT3_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot3ServiceType() <em>Slot3 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot3ServiceType = SLOT3_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot3LimitUnits() <em>Slot3 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT3_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot3LimitUnits() <em>Slot3 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot3LimitUnits = SLOT3_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot3TotalUnits() <em>Slot3 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT3_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot3TotalUnits() <em>Slot3 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot3TotalUnits = SLOT3_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot3ExcessUnits() <em>Slot3 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT3_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot3ExcessUnits() <em>Slot3 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot3ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot3ExcessUnits = SLOT3_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot4ServiceType() <em>Slot4 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT4_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot4ServiceType() <em>Slot4 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot4ServiceType = SLOT4_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot4LimitUnits() <em>Slot4 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT4_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot4LimitUnits() <em>Slot4 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot4LimitUnits = SLOT4_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot4TotalUnits() <em>Slot4 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT4_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot4TotalUnits() <em>Slot4 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot4TotalUnits = SLOT4_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot4ExcessUnits() <em>Slot4 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT4_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot4ExcessUnits() <em>Slot4 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot4ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot4ExcessUnits = SLOT4_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot5ServiceType() <em>Slot5 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT5_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot5ServiceType() <em>Slot5 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot5ServiceType = SLOT5_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot5LimitUnits() <em>Slot5 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT5_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot5LimitUnits() <em>Slot5 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot5LimitUnits = SLOT5_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot5TotalUnits() <em>Slot5 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT5_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot5TotalUnits() <em>Slot5 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot5TotalUnits = SLOT5_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot5ExcessUnits() <em>Slot5 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT5_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot5ExcessUnits() <em>Slot5 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot5ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot5ExcessUnits = SLOT5_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot6ServiceType() <em>Slot6 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT6_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot6ServiceType() <em>Slot6 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot6ServiceType = SLOT6_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot6LimitUnits() <em>Slot6 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT6_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot6LimitUnits() <em>Slot6 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot6LimitUnits = SLOT6_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot6TotalUnits() <em>Slot6 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT6_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot6TotalUnits() <em>Slot6 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot6TotalUnits = SLOT6_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot6ExcessUnits() <em>Slot6 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT6_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot6ExcessUnits() <em>Slot6 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot6ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot6ExcessUnits = SLOT6_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot7ServiceType() <em>Slot7 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT7_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot7ServiceType() <em>Slot7 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot7ServiceType = SLOT7_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot7LimitUnits() <em>Slot7 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT7_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot7LimitUnits() <em>Slot7 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot7LimitUnits = SLOT7_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot7TotalUnits() <em>Slot7 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT7_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot7TotalUnits() <em>Slot7 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot7TotalUnits = SLOT7_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot7ExcessUnits() <em>Slot7 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT7_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot7ExcessUnits() <em>Slot7 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot7ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot7ExcessUnits = SLOT7_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot8ServiceType() <em>Slot8 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT8_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot8ServiceType() <em>Slot8 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot8ServiceType = SLOT8_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot8LimitUnits() <em>Slot8 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT8_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot8LimitUnits() <em>Slot8 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot8LimitUnits = SLOT8_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot8TotalUnits() <em>Slot8 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT8_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot8TotalUnits() <em>Slot8 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot8TotalUnits = SLOT8_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot8ExcessUnits() <em>Slot8 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT8_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot8ExcessUnits() <em>Slot8 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot8ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot8ExcessUnits = SLOT8_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot9ServiceType() <em>Slot9 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9ServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT9_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot9ServiceType() <em>Slot9 Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9ServiceType()
	 * @generated
	 * @ordered
	 */
	protected String slot9ServiceType = SLOT9_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot9LimitUnits() <em>Slot9 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT9_LIMIT_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot9LimitUnits() <em>Slot9 Limit Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9LimitUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot9LimitUnits = SLOT9_LIMIT_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot9TotalUnits() <em>Slot9 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT9_TOTAL_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot9TotalUnits() <em>Slot9 Total Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9TotalUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot9TotalUnits = SLOT9_TOTAL_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot9ExcessUnits() <em>Slot9 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT9_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot9ExcessUnits() <em>Slot9 Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot9ExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String slot9ExcessUnits = SLOT9_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalExcessUnits() <em>Total Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String TOTAL_EXCESS_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalExcessUnits() <em>Total Excess Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalExcessUnits()
	 * @generated
	 * @ordered
	 */
	protected String totalExcessUnits = TOTAL_EXCESS_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStayDaysBeforeMonth() <em>Stay Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStayDaysBeforeMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String STAY_DAYS_BEFORE_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStayDaysBeforeMonth() <em>Stay Days Before Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStayDaysBeforeMonth()
	 * @generated
	 * @ordered
	 */
	protected String stayDaysBeforeMonth = STAY_DAYS_BEFORE_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStayDaysCumulative() <em>Stay Days Cumulative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStayDaysCumulative()
	 * @generated
	 * @ordered
	 */
	protected static final String STAY_DAYS_CUMULATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStayDaysCumulative() <em>Stay Days Cumulative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStayDaysCumulative()
	 * @generated
	 * @ordered
	 */
	protected String stayDaysCumulative = STAY_DAYS_CUMULATIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreviousCareLevel() <em>Previous Care Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousCareLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIOUS_CARE_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousCareLevel() <em>Previous Care Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousCareLevel()
	 * @generated
	 * @ordered
	 */
	protected String previousCareLevel = PREVIOUS_CARE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsentReceiverCode() <em>Consent Receiver Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentReceiverCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSENT_RECEIVER_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentReceiverCode() <em>Consent Receiver Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentReceiverCode()
	 * @generated
	 * @ordered
	 */
	protected String consentReceiverCode = CONSENT_RECEIVER_CODE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupplementaryInfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareplanPackage.Literals.SUPPLEMENTARY_INFO;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__PLAN_DATE, oldPlanDate, planDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserNameKana() {
		return userNameKana;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserNameKana(String newUserNameKana) {
		String oldUserNameKana = userNameKana;
		userNameKana = newUserNameKana;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME_KANA, oldUserNameKana, userNameKana));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserName() {
		return userName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserName(String newUserName) {
		String oldUserName = userName;
		userName = newUserName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME, oldUserName, userName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserSex() {
		return userSex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserSex(String newUserSex) {
		String oldUserSex = userSex;
		userSex = newUserSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_SEX, oldUserSex, userSex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserBirthDate() {
		return userBirthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserBirthDate(String newUserBirthDate) {
		String oldUserBirthDate = userBirthDate;
		userBirthDate = newUserBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_BIRTH_DATE, oldUserBirthDate, userBirthDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_POSTAL_CODE, oldUserPostalCode, userPostalCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS1, oldUserAddress1, userAddress1));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS2, oldUserAddress2, userAddress2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserPhoneNumber() {
		return userPhoneNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserPhoneNumber(String newUserPhoneNumber) {
		String oldUserPhoneNumber = userPhoneNumber;
		userPhoneNumber = newUserPhoneNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__USER_PHONE_NUMBER, oldUserPhoneNumber, userPhoneNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_DATE, oldCertificationDate, certificationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLimitStartDate() {
		return limitStartDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimitStartDate(String newLimitStartDate) {
		String oldLimitStartDate = limitStartDate;
		limitStartDate = newLimitStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_START_DATE, oldLimitStartDate, limitStartDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLimitEndDate() {
		return limitEndDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimitEndDate(String newLimitEndDate) {
		String oldLimitEndDate = limitEndDate;
		limitEndDate = newLimitEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_END_DATE, oldLimitEndDate, limitEndDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_STATUS, oldCertificationStatus, certificationStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCareLevelChangeDate() {
		return careLevelChangeDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCareLevelChangeDate(String newCareLevelChangeDate) {
		String oldCareLevelChangeDate = careLevelChangeDate;
		careLevelChangeDate = newCareLevelChangeDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE, oldCareLevelChangeDate, careLevelChangeDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL, oldCareLevel, careLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategoryLimitUnits() {
		return categoryLimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryLimitUnits(String newCategoryLimitUnits) {
		String oldCategoryLimitUnits = categoryLimitUnits;
		categoryLimitUnits = newCategoryLimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS, oldCategoryLimitUnits, categoryLimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot1ServiceType() {
		return slot1ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot1ServiceType(String newSlot1ServiceType) {
		String oldSlot1ServiceType = slot1ServiceType;
		slot1ServiceType = newSlot1ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE, oldSlot1ServiceType, slot1ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot1LimitUnits() {
		return slot1LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot1LimitUnits(String newSlot1LimitUnits) {
		String oldSlot1LimitUnits = slot1LimitUnits;
		slot1LimitUnits = newSlot1LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS, oldSlot1LimitUnits, slot1LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot1TotalUnits() {
		return slot1TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot1TotalUnits(String newSlot1TotalUnits) {
		String oldSlot1TotalUnits = slot1TotalUnits;
		slot1TotalUnits = newSlot1TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS, oldSlot1TotalUnits, slot1TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot1ExcessUnits() {
		return slot1ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot1ExcessUnits(String newSlot1ExcessUnits) {
		String oldSlot1ExcessUnits = slot1ExcessUnits;
		slot1ExcessUnits = newSlot1ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS, oldSlot1ExcessUnits, slot1ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot2ServiceType() {
		return slot2ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot2ServiceType(String newSlot2ServiceType) {
		String oldSlot2ServiceType = slot2ServiceType;
		slot2ServiceType = newSlot2ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE, oldSlot2ServiceType, slot2ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot2LimitUnits() {
		return slot2LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot2LimitUnits(String newSlot2LimitUnits) {
		String oldSlot2LimitUnits = slot2LimitUnits;
		slot2LimitUnits = newSlot2LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS, oldSlot2LimitUnits, slot2LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot2TotalUnits() {
		return slot2TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot2TotalUnits(String newSlot2TotalUnits) {
		String oldSlot2TotalUnits = slot2TotalUnits;
		slot2TotalUnits = newSlot2TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS, oldSlot2TotalUnits, slot2TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot2ExcessUnits() {
		return slot2ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot2ExcessUnits(String newSlot2ExcessUnits) {
		String oldSlot2ExcessUnits = slot2ExcessUnits;
		slot2ExcessUnits = newSlot2ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS, oldSlot2ExcessUnits, slot2ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot3ServiceType() {
		return slot3ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot3ServiceType(String newSlot3ServiceType) {
		String oldSlot3ServiceType = slot3ServiceType;
		slot3ServiceType = newSlot3ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE, oldSlot3ServiceType, slot3ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot3LimitUnits() {
		return slot3LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot3LimitUnits(String newSlot3LimitUnits) {
		String oldSlot3LimitUnits = slot3LimitUnits;
		slot3LimitUnits = newSlot3LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS, oldSlot3LimitUnits, slot3LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot3TotalUnits() {
		return slot3TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot3TotalUnits(String newSlot3TotalUnits) {
		String oldSlot3TotalUnits = slot3TotalUnits;
		slot3TotalUnits = newSlot3TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS, oldSlot3TotalUnits, slot3TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot3ExcessUnits() {
		return slot3ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot3ExcessUnits(String newSlot3ExcessUnits) {
		String oldSlot3ExcessUnits = slot3ExcessUnits;
		slot3ExcessUnits = newSlot3ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS, oldSlot3ExcessUnits, slot3ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot4ServiceType() {
		return slot4ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot4ServiceType(String newSlot4ServiceType) {
		String oldSlot4ServiceType = slot4ServiceType;
		slot4ServiceType = newSlot4ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE, oldSlot4ServiceType, slot4ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot4LimitUnits() {
		return slot4LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot4LimitUnits(String newSlot4LimitUnits) {
		String oldSlot4LimitUnits = slot4LimitUnits;
		slot4LimitUnits = newSlot4LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS, oldSlot4LimitUnits, slot4LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot4TotalUnits() {
		return slot4TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot4TotalUnits(String newSlot4TotalUnits) {
		String oldSlot4TotalUnits = slot4TotalUnits;
		slot4TotalUnits = newSlot4TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS, oldSlot4TotalUnits, slot4TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot4ExcessUnits() {
		return slot4ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot4ExcessUnits(String newSlot4ExcessUnits) {
		String oldSlot4ExcessUnits = slot4ExcessUnits;
		slot4ExcessUnits = newSlot4ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS, oldSlot4ExcessUnits, slot4ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot5ServiceType() {
		return slot5ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot5ServiceType(String newSlot5ServiceType) {
		String oldSlot5ServiceType = slot5ServiceType;
		slot5ServiceType = newSlot5ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE, oldSlot5ServiceType, slot5ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot5LimitUnits() {
		return slot5LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot5LimitUnits(String newSlot5LimitUnits) {
		String oldSlot5LimitUnits = slot5LimitUnits;
		slot5LimitUnits = newSlot5LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS, oldSlot5LimitUnits, slot5LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot5TotalUnits() {
		return slot5TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot5TotalUnits(String newSlot5TotalUnits) {
		String oldSlot5TotalUnits = slot5TotalUnits;
		slot5TotalUnits = newSlot5TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS, oldSlot5TotalUnits, slot5TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot5ExcessUnits() {
		return slot5ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot5ExcessUnits(String newSlot5ExcessUnits) {
		String oldSlot5ExcessUnits = slot5ExcessUnits;
		slot5ExcessUnits = newSlot5ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS, oldSlot5ExcessUnits, slot5ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot6ServiceType() {
		return slot6ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot6ServiceType(String newSlot6ServiceType) {
		String oldSlot6ServiceType = slot6ServiceType;
		slot6ServiceType = newSlot6ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE, oldSlot6ServiceType, slot6ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot6LimitUnits() {
		return slot6LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot6LimitUnits(String newSlot6LimitUnits) {
		String oldSlot6LimitUnits = slot6LimitUnits;
		slot6LimitUnits = newSlot6LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS, oldSlot6LimitUnits, slot6LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot6TotalUnits() {
		return slot6TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot6TotalUnits(String newSlot6TotalUnits) {
		String oldSlot6TotalUnits = slot6TotalUnits;
		slot6TotalUnits = newSlot6TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS, oldSlot6TotalUnits, slot6TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot6ExcessUnits() {
		return slot6ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot6ExcessUnits(String newSlot6ExcessUnits) {
		String oldSlot6ExcessUnits = slot6ExcessUnits;
		slot6ExcessUnits = newSlot6ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS, oldSlot6ExcessUnits, slot6ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot7ServiceType() {
		return slot7ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot7ServiceType(String newSlot7ServiceType) {
		String oldSlot7ServiceType = slot7ServiceType;
		slot7ServiceType = newSlot7ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE, oldSlot7ServiceType, slot7ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot7LimitUnits() {
		return slot7LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot7LimitUnits(String newSlot7LimitUnits) {
		String oldSlot7LimitUnits = slot7LimitUnits;
		slot7LimitUnits = newSlot7LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS, oldSlot7LimitUnits, slot7LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot7TotalUnits() {
		return slot7TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot7TotalUnits(String newSlot7TotalUnits) {
		String oldSlot7TotalUnits = slot7TotalUnits;
		slot7TotalUnits = newSlot7TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS, oldSlot7TotalUnits, slot7TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot7ExcessUnits() {
		return slot7ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot7ExcessUnits(String newSlot7ExcessUnits) {
		String oldSlot7ExcessUnits = slot7ExcessUnits;
		slot7ExcessUnits = newSlot7ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS, oldSlot7ExcessUnits, slot7ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot8ServiceType() {
		return slot8ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot8ServiceType(String newSlot8ServiceType) {
		String oldSlot8ServiceType = slot8ServiceType;
		slot8ServiceType = newSlot8ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE, oldSlot8ServiceType, slot8ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot8LimitUnits() {
		return slot8LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot8LimitUnits(String newSlot8LimitUnits) {
		String oldSlot8LimitUnits = slot8LimitUnits;
		slot8LimitUnits = newSlot8LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS, oldSlot8LimitUnits, slot8LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot8TotalUnits() {
		return slot8TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot8TotalUnits(String newSlot8TotalUnits) {
		String oldSlot8TotalUnits = slot8TotalUnits;
		slot8TotalUnits = newSlot8TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS, oldSlot8TotalUnits, slot8TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot8ExcessUnits() {
		return slot8ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot8ExcessUnits(String newSlot8ExcessUnits) {
		String oldSlot8ExcessUnits = slot8ExcessUnits;
		slot8ExcessUnits = newSlot8ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS, oldSlot8ExcessUnits, slot8ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot9ServiceType() {
		return slot9ServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot9ServiceType(String newSlot9ServiceType) {
		String oldSlot9ServiceType = slot9ServiceType;
		slot9ServiceType = newSlot9ServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE, oldSlot9ServiceType, slot9ServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot9LimitUnits() {
		return slot9LimitUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot9LimitUnits(String newSlot9LimitUnits) {
		String oldSlot9LimitUnits = slot9LimitUnits;
		slot9LimitUnits = newSlot9LimitUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS, oldSlot9LimitUnits, slot9LimitUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot9TotalUnits() {
		return slot9TotalUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot9TotalUnits(String newSlot9TotalUnits) {
		String oldSlot9TotalUnits = slot9TotalUnits;
		slot9TotalUnits = newSlot9TotalUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS, oldSlot9TotalUnits, slot9TotalUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot9ExcessUnits() {
		return slot9ExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot9ExcessUnits(String newSlot9ExcessUnits) {
		String oldSlot9ExcessUnits = slot9ExcessUnits;
		slot9ExcessUnits = newSlot9ExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS, oldSlot9ExcessUnits, slot9ExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTotalExcessUnits() {
		return totalExcessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalExcessUnits(String newTotalExcessUnits) {
		String oldTotalExcessUnits = totalExcessUnits;
		totalExcessUnits = newTotalExcessUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS, oldTotalExcessUnits, totalExcessUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStayDaysBeforeMonth() {
		return stayDaysBeforeMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStayDaysBeforeMonth(String newStayDaysBeforeMonth) {
		String oldStayDaysBeforeMonth = stayDaysBeforeMonth;
		stayDaysBeforeMonth = newStayDaysBeforeMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH, oldStayDaysBeforeMonth, stayDaysBeforeMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStayDaysCumulative() {
		return stayDaysCumulative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStayDaysCumulative(String newStayDaysCumulative) {
		String oldStayDaysCumulative = stayDaysCumulative;
		stayDaysCumulative = newStayDaysCumulative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE, oldStayDaysCumulative, stayDaysCumulative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreviousCareLevel() {
		return previousCareLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousCareLevel(String newPreviousCareLevel) {
		String oldPreviousCareLevel = previousCareLevel;
		previousCareLevel = newPreviousCareLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL, oldPreviousCareLevel, previousCareLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsentReceiverCode() {
		return consentReceiverCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentReceiverCode(String newConsentReceiverCode) {
		String oldConsentReceiverCode = consentReceiverCode;
		consentReceiverCode = newConsentReceiverCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE, oldConsentReceiverCode, consentReceiverCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__UPDATER_CODE, oldUpdaterCode, updaterCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__IDENTIFIER, oldIdentifier, identifier));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareplanPackage.SUPPLEMENTARY_INFO__TARGET_MONTH, oldTargetMonth, targetMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareplanPackage.SUPPLEMENTARY_INFO__PLAN_DATE:
				return getPlanDate();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME_KANA:
				return getUserNameKana();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME:
				return getUserName();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_SEX:
				return getUserSex();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_BIRTH_DATE:
				return getUserBirthDate();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_POSTAL_CODE:
				return getUserPostalCode();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS1:
				return getUserAddress1();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS2:
				return getUserAddress2();
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_PHONE_NUMBER:
				return getUserPhoneNumber();
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_DATE:
				return getCertificationDate();
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_START_DATE:
				return getLimitStartDate();
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_END_DATE:
				return getLimitEndDate();
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_STATUS:
				return getCertificationStatus();
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE:
				return getCareLevelChangeDate();
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL:
				return getCareLevel();
			case CareplanPackage.SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS:
				return getCategoryLimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE:
				return getSlot1ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS:
				return getSlot1LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS:
				return getSlot1TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS:
				return getSlot1ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE:
				return getSlot2ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS:
				return getSlot2LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS:
				return getSlot2TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS:
				return getSlot2ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE:
				return getSlot3ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS:
				return getSlot3LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS:
				return getSlot3TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS:
				return getSlot3ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE:
				return getSlot4ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS:
				return getSlot4LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS:
				return getSlot4TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS:
				return getSlot4ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE:
				return getSlot5ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS:
				return getSlot5LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS:
				return getSlot5TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS:
				return getSlot5ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE:
				return getSlot6ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS:
				return getSlot6LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS:
				return getSlot6TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS:
				return getSlot6ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE:
				return getSlot7ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS:
				return getSlot7LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS:
				return getSlot7TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS:
				return getSlot7ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE:
				return getSlot8ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS:
				return getSlot8LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS:
				return getSlot8TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS:
				return getSlot8ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE:
				return getSlot9ServiceType();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS:
				return getSlot9LimitUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS:
				return getSlot9TotalUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS:
				return getSlot9ExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS:
				return getTotalExcessUnits();
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH:
				return getStayDaysBeforeMonth();
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE:
				return getStayDaysCumulative();
			case CareplanPackage.SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL:
				return getPreviousCareLevel();
			case CareplanPackage.SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE:
				return getConsentReceiverCode();
			case CareplanPackage.SUPPLEMENTARY_INFO__UPDATER_CODE:
				return getUpdaterCode();
			case CareplanPackage.SUPPLEMENTARY_INFO__IDENTIFIER:
				return getIdentifier();
			case CareplanPackage.SUPPLEMENTARY_INFO__TARGET_MONTH:
				return getTargetMonth();
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
			case CareplanPackage.SUPPLEMENTARY_INFO__PLAN_DATE:
				setPlanDate((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME_KANA:
				setUserNameKana((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME:
				setUserName((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_SEX:
				setUserSex((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_BIRTH_DATE:
				setUserBirthDate((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_POSTAL_CODE:
				setUserPostalCode((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS1:
				setUserAddress1((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS2:
				setUserAddress2((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_PHONE_NUMBER:
				setUserPhoneNumber((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_DATE:
				setCertificationDate((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_START_DATE:
				setLimitStartDate((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_END_DATE:
				setLimitEndDate((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_STATUS:
				setCertificationStatus((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE:
				setCareLevelChangeDate((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL:
				setCareLevel((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS:
				setCategoryLimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE:
				setSlot1ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS:
				setSlot1LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS:
				setSlot1TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS:
				setSlot1ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE:
				setSlot2ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS:
				setSlot2LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS:
				setSlot2TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS:
				setSlot2ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE:
				setSlot3ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS:
				setSlot3LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS:
				setSlot3TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS:
				setSlot3ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE:
				setSlot4ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS:
				setSlot4LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS:
				setSlot4TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS:
				setSlot4ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE:
				setSlot5ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS:
				setSlot5LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS:
				setSlot5TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS:
				setSlot5ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE:
				setSlot6ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS:
				setSlot6LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS:
				setSlot6TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS:
				setSlot6ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE:
				setSlot7ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS:
				setSlot7LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS:
				setSlot7TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS:
				setSlot7ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE:
				setSlot8ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS:
				setSlot8LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS:
				setSlot8TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS:
				setSlot8ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE:
				setSlot9ServiceType((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS:
				setSlot9LimitUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS:
				setSlot9TotalUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS:
				setSlot9ExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS:
				setTotalExcessUnits((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH:
				setStayDaysBeforeMonth((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE:
				setStayDaysCumulative((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL:
				setPreviousCareLevel((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE:
				setConsentReceiverCode((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__UPDATER_CODE:
				setUpdaterCode((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__IDENTIFIER:
				setIdentifier((String)newValue);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__TARGET_MONTH:
				setTargetMonth((String)newValue);
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
			case CareplanPackage.SUPPLEMENTARY_INFO__PLAN_DATE:
				setPlanDate(PLAN_DATE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME_KANA:
				setUserNameKana(USER_NAME_KANA_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME:
				setUserName(USER_NAME_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_SEX:
				setUserSex(USER_SEX_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_BIRTH_DATE:
				setUserBirthDate(USER_BIRTH_DATE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_POSTAL_CODE:
				setUserPostalCode(USER_POSTAL_CODE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS1:
				setUserAddress1(USER_ADDRESS1_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS2:
				setUserAddress2(USER_ADDRESS2_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_PHONE_NUMBER:
				setUserPhoneNumber(USER_PHONE_NUMBER_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_DATE:
				setCertificationDate(CERTIFICATION_DATE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_START_DATE:
				setLimitStartDate(LIMIT_START_DATE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_END_DATE:
				setLimitEndDate(LIMIT_END_DATE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_STATUS:
				setCertificationStatus(CERTIFICATION_STATUS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE:
				setCareLevelChangeDate(CARE_LEVEL_CHANGE_DATE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL:
				setCareLevel(CARE_LEVEL_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS:
				setCategoryLimitUnits(CATEGORY_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE:
				setSlot1ServiceType(SLOT1_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS:
				setSlot1LimitUnits(SLOT1_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS:
				setSlot1TotalUnits(SLOT1_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS:
				setSlot1ExcessUnits(SLOT1_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE:
				setSlot2ServiceType(SLOT2_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS:
				setSlot2LimitUnits(SLOT2_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS:
				setSlot2TotalUnits(SLOT2_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS:
				setSlot2ExcessUnits(SLOT2_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE:
				setSlot3ServiceType(SLOT3_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS:
				setSlot3LimitUnits(SLOT3_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS:
				setSlot3TotalUnits(SLOT3_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS:
				setSlot3ExcessUnits(SLOT3_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE:
				setSlot4ServiceType(SLOT4_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS:
				setSlot4LimitUnits(SLOT4_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS:
				setSlot4TotalUnits(SLOT4_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS:
				setSlot4ExcessUnits(SLOT4_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE:
				setSlot5ServiceType(SLOT5_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS:
				setSlot5LimitUnits(SLOT5_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS:
				setSlot5TotalUnits(SLOT5_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS:
				setSlot5ExcessUnits(SLOT5_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE:
				setSlot6ServiceType(SLOT6_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS:
				setSlot6LimitUnits(SLOT6_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS:
				setSlot6TotalUnits(SLOT6_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS:
				setSlot6ExcessUnits(SLOT6_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE:
				setSlot7ServiceType(SLOT7_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS:
				setSlot7LimitUnits(SLOT7_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS:
				setSlot7TotalUnits(SLOT7_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS:
				setSlot7ExcessUnits(SLOT7_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE:
				setSlot8ServiceType(SLOT8_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS:
				setSlot8LimitUnits(SLOT8_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS:
				setSlot8TotalUnits(SLOT8_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS:
				setSlot8ExcessUnits(SLOT8_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE:
				setSlot9ServiceType(SLOT9_SERVICE_TYPE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS:
				setSlot9LimitUnits(SLOT9_LIMIT_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS:
				setSlot9TotalUnits(SLOT9_TOTAL_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS:
				setSlot9ExcessUnits(SLOT9_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS:
				setTotalExcessUnits(TOTAL_EXCESS_UNITS_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH:
				setStayDaysBeforeMonth(STAY_DAYS_BEFORE_MONTH_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE:
				setStayDaysCumulative(STAY_DAYS_CUMULATIVE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL:
				setPreviousCareLevel(PREVIOUS_CARE_LEVEL_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE:
				setConsentReceiverCode(CONSENT_RECEIVER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__UPDATER_CODE:
				setUpdaterCode(UPDATER_CODE_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__IDENTIFIER:
				setIdentifier(IDENTIFIER_EDEFAULT);
				return;
			case CareplanPackage.SUPPLEMENTARY_INFO__TARGET_MONTH:
				setTargetMonth(TARGET_MONTH_EDEFAULT);
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
			case CareplanPackage.SUPPLEMENTARY_INFO__PLAN_DATE:
				return PLAN_DATE_EDEFAULT == null ? planDate != null : !PLAN_DATE_EDEFAULT.equals(planDate);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME_KANA:
				return USER_NAME_KANA_EDEFAULT == null ? userNameKana != null : !USER_NAME_KANA_EDEFAULT.equals(userNameKana);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_NAME:
				return USER_NAME_EDEFAULT == null ? userName != null : !USER_NAME_EDEFAULT.equals(userName);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_SEX:
				return USER_SEX_EDEFAULT == null ? userSex != null : !USER_SEX_EDEFAULT.equals(userSex);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_BIRTH_DATE:
				return USER_BIRTH_DATE_EDEFAULT == null ? userBirthDate != null : !USER_BIRTH_DATE_EDEFAULT.equals(userBirthDate);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_POSTAL_CODE:
				return USER_POSTAL_CODE_EDEFAULT == null ? userPostalCode != null : !USER_POSTAL_CODE_EDEFAULT.equals(userPostalCode);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS1:
				return USER_ADDRESS1_EDEFAULT == null ? userAddress1 != null : !USER_ADDRESS1_EDEFAULT.equals(userAddress1);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_ADDRESS2:
				return USER_ADDRESS2_EDEFAULT == null ? userAddress2 != null : !USER_ADDRESS2_EDEFAULT.equals(userAddress2);
			case CareplanPackage.SUPPLEMENTARY_INFO__USER_PHONE_NUMBER:
				return USER_PHONE_NUMBER_EDEFAULT == null ? userPhoneNumber != null : !USER_PHONE_NUMBER_EDEFAULT.equals(userPhoneNumber);
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_DATE:
				return CERTIFICATION_DATE_EDEFAULT == null ? certificationDate != null : !CERTIFICATION_DATE_EDEFAULT.equals(certificationDate);
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_START_DATE:
				return LIMIT_START_DATE_EDEFAULT == null ? limitStartDate != null : !LIMIT_START_DATE_EDEFAULT.equals(limitStartDate);
			case CareplanPackage.SUPPLEMENTARY_INFO__LIMIT_END_DATE:
				return LIMIT_END_DATE_EDEFAULT == null ? limitEndDate != null : !LIMIT_END_DATE_EDEFAULT.equals(limitEndDate);
			case CareplanPackage.SUPPLEMENTARY_INFO__CERTIFICATION_STATUS:
				return CERTIFICATION_STATUS_EDEFAULT == null ? certificationStatus != null : !CERTIFICATION_STATUS_EDEFAULT.equals(certificationStatus);
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE:
				return CARE_LEVEL_CHANGE_DATE_EDEFAULT == null ? careLevelChangeDate != null : !CARE_LEVEL_CHANGE_DATE_EDEFAULT.equals(careLevelChangeDate);
			case CareplanPackage.SUPPLEMENTARY_INFO__CARE_LEVEL:
				return CARE_LEVEL_EDEFAULT == null ? careLevel != null : !CARE_LEVEL_EDEFAULT.equals(careLevel);
			case CareplanPackage.SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS:
				return CATEGORY_LIMIT_UNITS_EDEFAULT == null ? categoryLimitUnits != null : !CATEGORY_LIMIT_UNITS_EDEFAULT.equals(categoryLimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE:
				return SLOT1_SERVICE_TYPE_EDEFAULT == null ? slot1ServiceType != null : !SLOT1_SERVICE_TYPE_EDEFAULT.equals(slot1ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS:
				return SLOT1_LIMIT_UNITS_EDEFAULT == null ? slot1LimitUnits != null : !SLOT1_LIMIT_UNITS_EDEFAULT.equals(slot1LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS:
				return SLOT1_TOTAL_UNITS_EDEFAULT == null ? slot1TotalUnits != null : !SLOT1_TOTAL_UNITS_EDEFAULT.equals(slot1TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS:
				return SLOT1_EXCESS_UNITS_EDEFAULT == null ? slot1ExcessUnits != null : !SLOT1_EXCESS_UNITS_EDEFAULT.equals(slot1ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE:
				return SLOT2_SERVICE_TYPE_EDEFAULT == null ? slot2ServiceType != null : !SLOT2_SERVICE_TYPE_EDEFAULT.equals(slot2ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS:
				return SLOT2_LIMIT_UNITS_EDEFAULT == null ? slot2LimitUnits != null : !SLOT2_LIMIT_UNITS_EDEFAULT.equals(slot2LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS:
				return SLOT2_TOTAL_UNITS_EDEFAULT == null ? slot2TotalUnits != null : !SLOT2_TOTAL_UNITS_EDEFAULT.equals(slot2TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS:
				return SLOT2_EXCESS_UNITS_EDEFAULT == null ? slot2ExcessUnits != null : !SLOT2_EXCESS_UNITS_EDEFAULT.equals(slot2ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE:
				return SLOT3_SERVICE_TYPE_EDEFAULT == null ? slot3ServiceType != null : !SLOT3_SERVICE_TYPE_EDEFAULT.equals(slot3ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS:
				return SLOT3_LIMIT_UNITS_EDEFAULT == null ? slot3LimitUnits != null : !SLOT3_LIMIT_UNITS_EDEFAULT.equals(slot3LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS:
				return SLOT3_TOTAL_UNITS_EDEFAULT == null ? slot3TotalUnits != null : !SLOT3_TOTAL_UNITS_EDEFAULT.equals(slot3TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS:
				return SLOT3_EXCESS_UNITS_EDEFAULT == null ? slot3ExcessUnits != null : !SLOT3_EXCESS_UNITS_EDEFAULT.equals(slot3ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE:
				return SLOT4_SERVICE_TYPE_EDEFAULT == null ? slot4ServiceType != null : !SLOT4_SERVICE_TYPE_EDEFAULT.equals(slot4ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS:
				return SLOT4_LIMIT_UNITS_EDEFAULT == null ? slot4LimitUnits != null : !SLOT4_LIMIT_UNITS_EDEFAULT.equals(slot4LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS:
				return SLOT4_TOTAL_UNITS_EDEFAULT == null ? slot4TotalUnits != null : !SLOT4_TOTAL_UNITS_EDEFAULT.equals(slot4TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS:
				return SLOT4_EXCESS_UNITS_EDEFAULT == null ? slot4ExcessUnits != null : !SLOT4_EXCESS_UNITS_EDEFAULT.equals(slot4ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE:
				return SLOT5_SERVICE_TYPE_EDEFAULT == null ? slot5ServiceType != null : !SLOT5_SERVICE_TYPE_EDEFAULT.equals(slot5ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS:
				return SLOT5_LIMIT_UNITS_EDEFAULT == null ? slot5LimitUnits != null : !SLOT5_LIMIT_UNITS_EDEFAULT.equals(slot5LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS:
				return SLOT5_TOTAL_UNITS_EDEFAULT == null ? slot5TotalUnits != null : !SLOT5_TOTAL_UNITS_EDEFAULT.equals(slot5TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS:
				return SLOT5_EXCESS_UNITS_EDEFAULT == null ? slot5ExcessUnits != null : !SLOT5_EXCESS_UNITS_EDEFAULT.equals(slot5ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE:
				return SLOT6_SERVICE_TYPE_EDEFAULT == null ? slot6ServiceType != null : !SLOT6_SERVICE_TYPE_EDEFAULT.equals(slot6ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS:
				return SLOT6_LIMIT_UNITS_EDEFAULT == null ? slot6LimitUnits != null : !SLOT6_LIMIT_UNITS_EDEFAULT.equals(slot6LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS:
				return SLOT6_TOTAL_UNITS_EDEFAULT == null ? slot6TotalUnits != null : !SLOT6_TOTAL_UNITS_EDEFAULT.equals(slot6TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS:
				return SLOT6_EXCESS_UNITS_EDEFAULT == null ? slot6ExcessUnits != null : !SLOT6_EXCESS_UNITS_EDEFAULT.equals(slot6ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE:
				return SLOT7_SERVICE_TYPE_EDEFAULT == null ? slot7ServiceType != null : !SLOT7_SERVICE_TYPE_EDEFAULT.equals(slot7ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS:
				return SLOT7_LIMIT_UNITS_EDEFAULT == null ? slot7LimitUnits != null : !SLOT7_LIMIT_UNITS_EDEFAULT.equals(slot7LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS:
				return SLOT7_TOTAL_UNITS_EDEFAULT == null ? slot7TotalUnits != null : !SLOT7_TOTAL_UNITS_EDEFAULT.equals(slot7TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS:
				return SLOT7_EXCESS_UNITS_EDEFAULT == null ? slot7ExcessUnits != null : !SLOT7_EXCESS_UNITS_EDEFAULT.equals(slot7ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE:
				return SLOT8_SERVICE_TYPE_EDEFAULT == null ? slot8ServiceType != null : !SLOT8_SERVICE_TYPE_EDEFAULT.equals(slot8ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS:
				return SLOT8_LIMIT_UNITS_EDEFAULT == null ? slot8LimitUnits != null : !SLOT8_LIMIT_UNITS_EDEFAULT.equals(slot8LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS:
				return SLOT8_TOTAL_UNITS_EDEFAULT == null ? slot8TotalUnits != null : !SLOT8_TOTAL_UNITS_EDEFAULT.equals(slot8TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS:
				return SLOT8_EXCESS_UNITS_EDEFAULT == null ? slot8ExcessUnits != null : !SLOT8_EXCESS_UNITS_EDEFAULT.equals(slot8ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE:
				return SLOT9_SERVICE_TYPE_EDEFAULT == null ? slot9ServiceType != null : !SLOT9_SERVICE_TYPE_EDEFAULT.equals(slot9ServiceType);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS:
				return SLOT9_LIMIT_UNITS_EDEFAULT == null ? slot9LimitUnits != null : !SLOT9_LIMIT_UNITS_EDEFAULT.equals(slot9LimitUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS:
				return SLOT9_TOTAL_UNITS_EDEFAULT == null ? slot9TotalUnits != null : !SLOT9_TOTAL_UNITS_EDEFAULT.equals(slot9TotalUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS:
				return SLOT9_EXCESS_UNITS_EDEFAULT == null ? slot9ExcessUnits != null : !SLOT9_EXCESS_UNITS_EDEFAULT.equals(slot9ExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS:
				return TOTAL_EXCESS_UNITS_EDEFAULT == null ? totalExcessUnits != null : !TOTAL_EXCESS_UNITS_EDEFAULT.equals(totalExcessUnits);
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH:
				return STAY_DAYS_BEFORE_MONTH_EDEFAULT == null ? stayDaysBeforeMonth != null : !STAY_DAYS_BEFORE_MONTH_EDEFAULT.equals(stayDaysBeforeMonth);
			case CareplanPackage.SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE:
				return STAY_DAYS_CUMULATIVE_EDEFAULT == null ? stayDaysCumulative != null : !STAY_DAYS_CUMULATIVE_EDEFAULT.equals(stayDaysCumulative);
			case CareplanPackage.SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL:
				return PREVIOUS_CARE_LEVEL_EDEFAULT == null ? previousCareLevel != null : !PREVIOUS_CARE_LEVEL_EDEFAULT.equals(previousCareLevel);
			case CareplanPackage.SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE:
				return CONSENT_RECEIVER_CODE_EDEFAULT == null ? consentReceiverCode != null : !CONSENT_RECEIVER_CODE_EDEFAULT.equals(consentReceiverCode);
			case CareplanPackage.SUPPLEMENTARY_INFO__UPDATER_CODE:
				return UPDATER_CODE_EDEFAULT == null ? updaterCode != null : !UPDATER_CODE_EDEFAULT.equals(updaterCode);
			case CareplanPackage.SUPPLEMENTARY_INFO__IDENTIFIER:
				return IDENTIFIER_EDEFAULT == null ? identifier != null : !IDENTIFIER_EDEFAULT.equals(identifier);
			case CareplanPackage.SUPPLEMENTARY_INFO__TARGET_MONTH:
				return TARGET_MONTH_EDEFAULT == null ? targetMonth != null : !TARGET_MONTH_EDEFAULT.equals(targetMonth);
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
		result.append(" (planDate: ");
		result.append(planDate);
		result.append(", userNameKana: ");
		result.append(userNameKana);
		result.append(", userName: ");
		result.append(userName);
		result.append(", userSex: ");
		result.append(userSex);
		result.append(", userBirthDate: ");
		result.append(userBirthDate);
		result.append(", userPostalCode: ");
		result.append(userPostalCode);
		result.append(", userAddress1: ");
		result.append(userAddress1);
		result.append(", userAddress2: ");
		result.append(userAddress2);
		result.append(", userPhoneNumber: ");
		result.append(userPhoneNumber);
		result.append(", certificationDate: ");
		result.append(certificationDate);
		result.append(", limitStartDate: ");
		result.append(limitStartDate);
		result.append(", limitEndDate: ");
		result.append(limitEndDate);
		result.append(", certificationStatus: ");
		result.append(certificationStatus);
		result.append(", careLevelChangeDate: ");
		result.append(careLevelChangeDate);
		result.append(", careLevel: ");
		result.append(careLevel);
		result.append(", categoryLimitUnits: ");
		result.append(categoryLimitUnits);
		result.append(", slot1ServiceType: ");
		result.append(slot1ServiceType);
		result.append(", slot1LimitUnits: ");
		result.append(slot1LimitUnits);
		result.append(", slot1TotalUnits: ");
		result.append(slot1TotalUnits);
		result.append(", slot1ExcessUnits: ");
		result.append(slot1ExcessUnits);
		result.append(", slot2ServiceType: ");
		result.append(slot2ServiceType);
		result.append(", slot2LimitUnits: ");
		result.append(slot2LimitUnits);
		result.append(", slot2TotalUnits: ");
		result.append(slot2TotalUnits);
		result.append(", slot2ExcessUnits: ");
		result.append(slot2ExcessUnits);
		result.append(", slot3ServiceType: ");
		result.append(slot3ServiceType);
		result.append(", slot3LimitUnits: ");
		result.append(slot3LimitUnits);
		result.append(", slot3TotalUnits: ");
		result.append(slot3TotalUnits);
		result.append(", slot3ExcessUnits: ");
		result.append(slot3ExcessUnits);
		result.append(", slot4ServiceType: ");
		result.append(slot4ServiceType);
		result.append(", slot4LimitUnits: ");
		result.append(slot4LimitUnits);
		result.append(", slot4TotalUnits: ");
		result.append(slot4TotalUnits);
		result.append(", slot4ExcessUnits: ");
		result.append(slot4ExcessUnits);
		result.append(", slot5ServiceType: ");
		result.append(slot5ServiceType);
		result.append(", slot5LimitUnits: ");
		result.append(slot5LimitUnits);
		result.append(", slot5TotalUnits: ");
		result.append(slot5TotalUnits);
		result.append(", slot5ExcessUnits: ");
		result.append(slot5ExcessUnits);
		result.append(", slot6ServiceType: ");
		result.append(slot6ServiceType);
		result.append(", slot6LimitUnits: ");
		result.append(slot6LimitUnits);
		result.append(", slot6TotalUnits: ");
		result.append(slot6TotalUnits);
		result.append(", slot6ExcessUnits: ");
		result.append(slot6ExcessUnits);
		result.append(", slot7ServiceType: ");
		result.append(slot7ServiceType);
		result.append(", slot7LimitUnits: ");
		result.append(slot7LimitUnits);
		result.append(", slot7TotalUnits: ");
		result.append(slot7TotalUnits);
		result.append(", slot7ExcessUnits: ");
		result.append(slot7ExcessUnits);
		result.append(", slot8ServiceType: ");
		result.append(slot8ServiceType);
		result.append(", slot8LimitUnits: ");
		result.append(slot8LimitUnits);
		result.append(", slot8TotalUnits: ");
		result.append(slot8TotalUnits);
		result.append(", slot8ExcessUnits: ");
		result.append(slot8ExcessUnits);
		result.append(", slot9ServiceType: ");
		result.append(slot9ServiceType);
		result.append(", slot9LimitUnits: ");
		result.append(slot9LimitUnits);
		result.append(", slot9TotalUnits: ");
		result.append(slot9TotalUnits);
		result.append(", slot9ExcessUnits: ");
		result.append(slot9ExcessUnits);
		result.append(", totalExcessUnits: ");
		result.append(totalExcessUnits);
		result.append(", stayDaysBeforeMonth: ");
		result.append(stayDaysBeforeMonth);
		result.append(", stayDaysCumulative: ");
		result.append(stayDaysCumulative);
		result.append(", previousCareLevel: ");
		result.append(previousCareLevel);
		result.append(", consentReceiverCode: ");
		result.append(consentReceiverCode);
		result.append(", updaterCode: ");
		result.append(updaterCode);
		result.append(", identifier: ");
		result.append(identifier);
		result.append(", targetMonth: ");
		result.append(targetMonth);
		result.append(')');
		return result.toString();
	}

} //SupplementaryInfoImpl
