/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The records of the CSV files of the care-plan data exchange standard (ケアプランデータ連携標準仕様): one class per record layout, one String attribute per column, in column order. Values are kept exactly as written in the file; what a column holds (type, length, code list) is described by the layout model, which binds each column to an attribute here by name.
 * Columns 1-3 (CSVバージョン, 保険者番号, 被保険者番号) are the same in every file kind and are held by Record.
 * <!-- end-model-doc -->
 * @see jp.careplan.model.careplan.CareplanFactory
 * @model kind="package"
 * @generated
 */
public interface CareplanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "careplan";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://careplan.jp/model/careplan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "careplan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CareplanPackage eINSTANCE = jp.careplan.model.careplan.impl.CareplanPackageImpl.init();

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.RecordImpl <em>Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.RecordImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getRecord()
	 * @generated
	 */
	int RECORD = 0;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__CSV_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__INSURER_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__INSURED_NUMBER = 2;

	/**
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.CareplanDocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.CareplanDocumentImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCareplanDocument()
	 * @generated
	 */
	int CAREPLAN_DOCUMENT = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREPLAN_DOCUMENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREPLAN_DOCUMENT__RECORDS = 1;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREPLAN_DOCUMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREPLAN_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl <em>Supplementary Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.SupplementaryInfoImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getSupplementaryInfo()
	 * @generated
	 */
	int SUPPLEMENTARY_INFO = 2;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__PLAN_DATE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>User Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_NAME_KANA = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_NAME = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>User Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_SEX = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>User Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_BIRTH_DATE = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>User Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_POSTAL_CODE = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>User Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_ADDRESS1 = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>User Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_ADDRESS2 = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>User Phone Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__USER_PHONE_NUMBER = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Certification Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__CERTIFICATION_DATE = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Limit Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__LIMIT_START_DATE = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Limit End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__LIMIT_END_DATE = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Certification Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__CERTIFICATION_STATUS = RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Care Level Change Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE = RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Care Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__CARE_LEVEL = RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Category Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS = RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Slot1 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE = RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Slot1 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS = RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Slot1 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS = RECORD_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Slot1 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS = RECORD_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Slot2 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE = RECORD_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Slot2 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS = RECORD_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Slot2 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS = RECORD_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Slot2 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS = RECORD_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Slot3 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE = RECORD_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Slot3 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS = RECORD_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Slot3 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS = RECORD_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Slot3 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS = RECORD_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Slot4 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE = RECORD_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Slot4 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS = RECORD_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Slot4 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS = RECORD_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Slot4 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS = RECORD_FEATURE_COUNT + 31;

	/**
	 * The feature id for the '<em><b>Slot5 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE = RECORD_FEATURE_COUNT + 32;

	/**
	 * The feature id for the '<em><b>Slot5 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS = RECORD_FEATURE_COUNT + 33;

	/**
	 * The feature id for the '<em><b>Slot5 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS = RECORD_FEATURE_COUNT + 34;

	/**
	 * The feature id for the '<em><b>Slot5 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS = RECORD_FEATURE_COUNT + 35;

	/**
	 * The feature id for the '<em><b>Slot6 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE = RECORD_FEATURE_COUNT + 36;

	/**
	 * The feature id for the '<em><b>Slot6 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS = RECORD_FEATURE_COUNT + 37;

	/**
	 * The feature id for the '<em><b>Slot6 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS = RECORD_FEATURE_COUNT + 38;

	/**
	 * The feature id for the '<em><b>Slot6 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS = RECORD_FEATURE_COUNT + 39;

	/**
	 * The feature id for the '<em><b>Slot7 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE = RECORD_FEATURE_COUNT + 40;

	/**
	 * The feature id for the '<em><b>Slot7 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS = RECORD_FEATURE_COUNT + 41;

	/**
	 * The feature id for the '<em><b>Slot7 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS = RECORD_FEATURE_COUNT + 42;

	/**
	 * The feature id for the '<em><b>Slot7 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS = RECORD_FEATURE_COUNT + 43;

	/**
	 * The feature id for the '<em><b>Slot8 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE = RECORD_FEATURE_COUNT + 44;

	/**
	 * The feature id for the '<em><b>Slot8 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS = RECORD_FEATURE_COUNT + 45;

	/**
	 * The feature id for the '<em><b>Slot8 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS = RECORD_FEATURE_COUNT + 46;

	/**
	 * The feature id for the '<em><b>Slot8 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS = RECORD_FEATURE_COUNT + 47;

	/**
	 * The feature id for the '<em><b>Slot9 Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE = RECORD_FEATURE_COUNT + 48;

	/**
	 * The feature id for the '<em><b>Slot9 Limit Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS = RECORD_FEATURE_COUNT + 49;

	/**
	 * The feature id for the '<em><b>Slot9 Total Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS = RECORD_FEATURE_COUNT + 50;

	/**
	 * The feature id for the '<em><b>Slot9 Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS = RECORD_FEATURE_COUNT + 51;

	/**
	 * The feature id for the '<em><b>Total Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS = RECORD_FEATURE_COUNT + 52;

	/**
	 * The feature id for the '<em><b>Stay Days Before Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH = RECORD_FEATURE_COUNT + 53;

	/**
	 * The feature id for the '<em><b>Stay Days Cumulative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE = RECORD_FEATURE_COUNT + 54;

	/**
	 * The feature id for the '<em><b>Previous Care Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL = RECORD_FEATURE_COUNT + 55;

	/**
	 * The feature id for the '<em><b>Consent Receiver Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE = RECORD_FEATURE_COUNT + 56;

	/**
	 * The feature id for the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__UPDATER_CODE = RECORD_FEATURE_COUNT + 57;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__IDENTIFIER = RECORD_FEATURE_COUNT + 58;

	/**
	 * The feature id for the '<em><b>Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO__TARGET_MONTH = RECORD_FEATURE_COUNT + 59;

	/**
	 * The number of structural features of the '<em>Supplementary Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO_FEATURE_COUNT = RECORD_FEATURE_COUNT + 60;

	/**
	 * The number of operations of the '<em>Supplementary Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLEMENTARY_INFO_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.CarePlan1Impl <em>Care Plan1</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.CarePlan1Impl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan1()
	 * @generated
	 */
	int CARE_PLAN1 = 3;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CREATION_DATE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>User Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__USER_POSTAL_CODE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>User Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__USER_ADDRESS1 = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>User Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__USER_ADDRESS2 = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Planner Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__PLANNER_NAME = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Support Office Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__SUPPORT_OFFICE_NAME = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Support Office Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Support Office Address1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1 = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Support Office Address2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2 = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Support Office Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__SUPPORT_OFFICE_CODE = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__PLAN_DATE = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>First Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__FIRST_PLAN_DATE = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Plan Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__PLAN_CATEGORY = RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Certification Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CERTIFICATION_STATUS = RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Certification Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CERTIFICATION_DATE = RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Certification Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CERTIFICATION_VALID_FROM = RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Certification Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CERTIFICATION_VALID_TO = RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Care Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CARE_LEVEL = RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Needs Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__NEEDS_ANALYSIS = RECORD_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Certification Board Opinion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__CERTIFICATION_BOARD_OPINION = RECORD_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Overall Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__OVERALL_POLICY = RECORD_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Daily Life Support Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON = RECORD_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Other Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__OTHER_REASON = RECORD_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__UPDATER_CODE = RECORD_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1__IDENTIFIER = RECORD_FEATURE_COUNT + 24;

	/**
	 * The number of structural features of the '<em>Care Plan1</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_FEATURE_COUNT = RECORD_FEATURE_COUNT + 25;

	/**
	 * The number of operations of the '<em>Care Plan1</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.CarePlan1DeletionImpl <em>Care Plan1 Deletion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.CarePlan1DeletionImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan1Deletion()
	 * @generated
	 */
	int CARE_PLAN1_DELETION = 4;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_DELETION__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_DELETION__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_DELETION__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_DELETION__PLAN_DATE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Care Plan1 Deletion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_DELETION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Care Plan1 Deletion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN1_DELETION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl <em>Care Plan2 Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.CarePlan2RowImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan2Row()
	 * @generated
	 */
	int CARE_PLAN2_ROW = 5;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__CREATION_DATE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__PLAN_DATE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issue No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__ISSUE_NO = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__ISSUE = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Goal No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__GOAL_NO = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Long Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__LONG_TERM_GOAL = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Short Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__SHORT_TERM_GOAL = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Long Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__LONG_TERM_PERIOD = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Short Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__SHORT_TERM_PERIOD = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Support No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__SUPPORT_NO = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Service Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__SERVICE_CONTENT = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Insurance Coverage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__INSURANCE_COVERAGE = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Service Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__SERVICE_KIND = RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__PROVIDER_CODE = RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Provider Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__PROVIDER_NAME = RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__FREQUENCY = RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__PERIOD = RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__UPDATER_CODE = RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW__IDENTIFIER = RECORD_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Care Plan2 Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW_FEATURE_COUNT = RECORD_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Care Plan2 Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_ROW_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl <em>Service Use Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.ServiceUseRowImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceUseRow()
	 * @generated
	 */
	int SERVICE_USE_ROW = 6;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__CREATION_DATE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__TARGET_MONTH = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Plan Office Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__PLAN_OFFICE_CODE = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Planner Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__PLANNER_NAME = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__UNITS = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Short Stay Days Before Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Service Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__SERVICE_DATE = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Pro Rata Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__PRO_RATA_DAYS = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__START_TIME = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__END_TIME = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Service Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__SERVICE_COUNT = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Service Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__SERVICE_CODE = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Detail Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__DETAIL_CODE = RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__PROVIDER_CODE = RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Provider Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__PROVIDER_NAME = RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Satellite Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__SATELLITE_BRANCH = RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Over30 Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__OVER30_DAYS = RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__UPDATER_CODE = RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW__IDENTIFIER = RECORD_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Service Use Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW_FEATURE_COUNT = RECORD_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Service Use Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ROW_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.ServiceUsePlanDeletionImpl <em>Service Use Plan Deletion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.ServiceUsePlanDeletionImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceUsePlanDeletion()
	 * @generated
	 */
	int SERVICE_USE_PLAN_DELETION = 7;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_PLAN_DELETION__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_PLAN_DELETION__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_PLAN_DELETION__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Deletion Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH = RECORD_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Service Use Plan Deletion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_PLAN_DELETION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Service Use Plan Deletion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_PLAN_DELETION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.ServiceActualDeletionImpl <em>Service Actual Deletion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.ServiceActualDeletionImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceActualDeletion()
	 * @generated
	 */
	int SERVICE_ACTUAL_DELETION = 8;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Deletion Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION__PROVIDER_CODE = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION__SERVICE_TYPE = RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Service Actual Deletion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION_FEATURE_COUNT = RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Service Actual Deletion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTUAL_DELETION_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl <em>Service Use Annex Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceUseAnnexRow()
	 * @generated
	 */
	int SERVICE_USE_ANNEX_ROW = 9;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__CSV_VERSION = RECORD__CSV_VERSION;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__INSURER_NUMBER = RECORD__INSURER_NUMBER;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__INSURED_NUMBER = RECORD__INSURED_NUMBER;

	/**
	 * The feature id for the '<em><b>Creation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__CREATION_DATE = RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__TARGET_MONTH = RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Provider Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__PROVIDER_NAME = RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Provider Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__PROVIDER_CODE = RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Satellite Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH = RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Service Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__SERVICE_CODE = RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__UNITS = RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Discount Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE = RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Discounted Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS = RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Count Or Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS = RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Service Units Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT = RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Benefit Managed Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS = RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Type Limit Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS = RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Type Limit Within Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS = RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Category Limit Excess Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS = RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Category Limit Within Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS = RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__UNIT_PRICE = RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Total Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__TOTAL_COST = RECORD_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Benefit Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__BENEFIT_RATE = RECORD_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Insurance Claim Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT = RECORD_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Fixed Copay Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE = RECORD_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>User Copay Insured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED = RECORD_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>User Copay Full</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL = RECORD_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Days Before Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH = RECORD_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Planned Days This Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH = RECORD_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Cumulative Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS = RECORD_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Over30 Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__OVER30_DAYS = RECORD_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Office Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__OFFICE_CODE = RECORD_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Inputter Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__INPUTTER_CODE = RECORD_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Updater Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__UPDATER_CODE = RECORD_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__IDENTIFIER = RECORD_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Row Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW__ROW_TYPE = RECORD_FEATURE_COUNT + 31;

	/**
	 * The number of structural features of the '<em>Service Use Annex Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW_FEATURE_COUNT = RECORD_FEATURE_COUNT + 32;

	/**
	 * The number of operations of the '<em>Service Use Annex Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_USE_ANNEX_ROW_OPERATION_COUNT = RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.CarePlan2Impl <em>Care Plan2</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.CarePlan2Impl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan2()
	 * @generated
	 */
	int CARE_PLAN2 = 10;

	/**
	 * The feature id for the '<em><b>Insurer Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2__INSURER_NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Insured Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2__INSURED_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Plan Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2__PLAN_DATE = 2;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2__NEEDS = 3;

	/**
	 * The number of structural features of the '<em>Care Plan2</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Care Plan2</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARE_PLAN2_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.NeedImpl <em>Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.NeedImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getNeed()
	 * @generated
	 */
	int NEED = 11;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__GOALS = 2;

	/**
	 * The number of structural features of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.impl.SupportGoalImpl <em>Support Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.impl.SupportGoalImpl
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getSupportGoal()
	 * @generated
	 */
	int SUPPORT_GOAL = 12;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Long Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL__LONG_TERM_GOAL = 1;

	/**
	 * The feature id for the '<em><b>Long Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL__LONG_TERM_PERIOD = 2;

	/**
	 * The feature id for the '<em><b>Short Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL__SHORT_TERM_GOAL = 3;

	/**
	 * The feature id for the '<em><b>Short Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL__SHORT_TERM_PERIOD = 4;

	/**
	 * The feature id for the '<em><b>Supports</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL__SUPPORTS = 5;

	/**
	 * The number of structural features of the '<em>Support Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Support Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.careplan.AnnexRowType <em>Annex Row Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.careplan.AnnexRowType
	 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getAnnexRowType()
	 * @generated
	 */
	int ANNEX_ROW_TYPE = 13;


	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record</em>'.
	 * @see jp.careplan.model.careplan.Record
	 * @generated
	 */
	EClass getRecord();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.Record#getCsvVersion <em>Csv Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Csv Version</em>'.
	 * @see jp.careplan.model.careplan.Record#getCsvVersion()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_CsvVersion();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.Record#getInsurerNumber <em>Insurer Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insurer Number</em>'.
	 * @see jp.careplan.model.careplan.Record#getInsurerNumber()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_InsurerNumber();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.Record#getInsuredNumber <em>Insured Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insured Number</em>'.
	 * @see jp.careplan.model.careplan.Record#getInsuredNumber()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_InsuredNumber();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.CareplanDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see jp.careplan.model.careplan.CareplanDocument
	 * @generated
	 */
	EClass getCareplanDocument();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CareplanDocument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see jp.careplan.model.careplan.CareplanDocument#getKind()
	 * @see #getCareplanDocument()
	 * @generated
	 */
	EAttribute getCareplanDocument_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.model.careplan.CareplanDocument#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Records</em>'.
	 * @see jp.careplan.model.careplan.CareplanDocument#getRecords()
	 * @see #getCareplanDocument()
	 * @generated
	 */
	EReference getCareplanDocument_Records();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.SupplementaryInfo <em>Supplementary Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supplementary Info</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo
	 * @generated
	 */
	EClass getSupplementaryInfo();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getPlanDate <em>Plan Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Date</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getPlanDate()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_PlanDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserNameKana <em>User Name Kana</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Name Kana</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserNameKana()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserNameKana();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserName <em>User Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Name</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserName()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserSex <em>User Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Sex</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserSex()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserSex();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserBirthDate <em>User Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Birth Date</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserBirthDate()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserBirthDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserPostalCode <em>User Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Postal Code</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserPostalCode()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserPostalCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserAddress1 <em>User Address1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Address1</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserAddress1()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserAddress1();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserAddress2 <em>User Address2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Address2</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserAddress2()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserAddress2();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUserPhoneNumber <em>User Phone Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Phone Number</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUserPhoneNumber()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UserPhoneNumber();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getCertificationDate <em>Certification Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Date</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getCertificationDate()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_CertificationDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getLimitStartDate <em>Limit Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit Start Date</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getLimitStartDate()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_LimitStartDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getLimitEndDate <em>Limit End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit End Date</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getLimitEndDate()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_LimitEndDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getCertificationStatus <em>Certification Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Status</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getCertificationStatus()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_CertificationStatus();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getCareLevelChangeDate <em>Care Level Change Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Care Level Change Date</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getCareLevelChangeDate()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_CareLevelChangeDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getCareLevel <em>Care Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Care Level</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getCareLevel()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_CareLevel();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getCategoryLimitUnits <em>Category Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getCategoryLimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_CategoryLimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1ServiceType <em>Slot1 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot1 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot1ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot1ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1LimitUnits <em>Slot1 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot1 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot1LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot1LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1TotalUnits <em>Slot1 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot1 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot1TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot1TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot1ExcessUnits <em>Slot1 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot1 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot1ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot1ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2ServiceType <em>Slot2 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot2 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot2ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot2ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2LimitUnits <em>Slot2 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot2 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot2LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot2LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2TotalUnits <em>Slot2 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot2 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot2TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot2TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot2ExcessUnits <em>Slot2 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot2 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot2ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot2ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3ServiceType <em>Slot3 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot3 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot3ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot3ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3LimitUnits <em>Slot3 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot3 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot3LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot3LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3TotalUnits <em>Slot3 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot3 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot3TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot3TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot3ExcessUnits <em>Slot3 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot3 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot3ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot3ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4ServiceType <em>Slot4 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot4 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot4ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot4ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4LimitUnits <em>Slot4 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot4 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot4LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot4LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4TotalUnits <em>Slot4 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot4 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot4TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot4TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot4ExcessUnits <em>Slot4 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot4 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot4ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot4ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5ServiceType <em>Slot5 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot5 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot5ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot5ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5LimitUnits <em>Slot5 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot5 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot5LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot5LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5TotalUnits <em>Slot5 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot5 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot5TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot5TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot5ExcessUnits <em>Slot5 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot5 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot5ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot5ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6ServiceType <em>Slot6 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot6 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot6ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot6ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6LimitUnits <em>Slot6 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot6 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot6LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot6LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6TotalUnits <em>Slot6 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot6 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot6TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot6TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot6ExcessUnits <em>Slot6 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot6 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot6ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot6ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7ServiceType <em>Slot7 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot7 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot7ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot7ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7LimitUnits <em>Slot7 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot7 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot7LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot7LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7TotalUnits <em>Slot7 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot7 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot7TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot7TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot7ExcessUnits <em>Slot7 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot7 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot7ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot7ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8ServiceType <em>Slot8 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot8 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot8ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot8ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8LimitUnits <em>Slot8 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot8 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot8LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot8LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8TotalUnits <em>Slot8 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot8 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot8TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot8TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot8ExcessUnits <em>Slot8 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot8 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot8ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot8ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9ServiceType <em>Slot9 Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot9 Service Type</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot9ServiceType()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot9ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9LimitUnits <em>Slot9 Limit Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot9 Limit Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot9LimitUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot9LimitUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9TotalUnits <em>Slot9 Total Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot9 Total Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot9TotalUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot9TotalUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getSlot9ExcessUnits <em>Slot9 Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot9 Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getSlot9ExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Slot9ExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getTotalExcessUnits <em>Total Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Excess Units</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getTotalExcessUnits()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_TotalExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getStayDaysBeforeMonth <em>Stay Days Before Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stay Days Before Month</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getStayDaysBeforeMonth()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_StayDaysBeforeMonth();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getStayDaysCumulative <em>Stay Days Cumulative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stay Days Cumulative</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getStayDaysCumulative()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_StayDaysCumulative();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getPreviousCareLevel <em>Previous Care Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Care Level</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getPreviousCareLevel()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_PreviousCareLevel();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getConsentReceiverCode <em>Consent Receiver Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Receiver Code</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getConsentReceiverCode()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_ConsentReceiverCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getUpdaterCode <em>Updater Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updater Code</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getUpdaterCode()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_UpdaterCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getIdentifier()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_Identifier();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupplementaryInfo#getTargetMonth <em>Target Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Month</em>'.
	 * @see jp.careplan.model.careplan.SupplementaryInfo#getTargetMonth()
	 * @see #getSupplementaryInfo()
	 * @generated
	 */
	EAttribute getSupplementaryInfo_TargetMonth();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.CarePlan1 <em>Care Plan1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Care Plan1</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1
	 * @generated
	 */
	EClass getCarePlan1();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getCreationDate <em>Creation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Creation Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getCreationDate()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_CreationDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getUserPostalCode <em>User Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Postal Code</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getUserPostalCode()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_UserPostalCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getUserAddress1 <em>User Address1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Address1</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getUserAddress1()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_UserAddress1();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getUserAddress2 <em>User Address2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Address2</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getUserAddress2()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_UserAddress2();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getPlannerName <em>Planner Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planner Name</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getPlannerName()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_PlannerName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeName <em>Support Office Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Office Name</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getSupportOfficeName()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_SupportOfficeName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficePostalCode <em>Support Office Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Office Postal Code</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getSupportOfficePostalCode()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_SupportOfficePostalCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress1 <em>Support Office Address1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Office Address1</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress1()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_SupportOfficeAddress1();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress2 <em>Support Office Address2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Office Address2</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getSupportOfficeAddress2()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_SupportOfficeAddress2();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getSupportOfficeCode <em>Support Office Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Office Code</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getSupportOfficeCode()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_SupportOfficeCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getPlanDate <em>Plan Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getPlanDate()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_PlanDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getFirstPlanDate <em>First Plan Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Plan Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getFirstPlanDate()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_FirstPlanDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getPlanCategory <em>Plan Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Category</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getPlanCategory()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_PlanCategory();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getCertificationStatus <em>Certification Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Status</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getCertificationStatus()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_CertificationStatus();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getCertificationDate <em>Certification Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getCertificationDate()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_CertificationDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getCertificationValidFrom <em>Certification Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Valid From</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getCertificationValidFrom()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_CertificationValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getCertificationValidTo <em>Certification Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Valid To</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getCertificationValidTo()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_CertificationValidTo();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getCareLevel <em>Care Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Care Level</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getCareLevel()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_CareLevel();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getNeedsAnalysis <em>Needs Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needs Analysis</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getNeedsAnalysis()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_NeedsAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getCertificationBoardOpinion <em>Certification Board Opinion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Board Opinion</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getCertificationBoardOpinion()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_CertificationBoardOpinion();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getOverallPolicy <em>Overall Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overall Policy</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getOverallPolicy()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_OverallPolicy();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getDailyLifeSupportReason <em>Daily Life Support Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Daily Life Support Reason</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getDailyLifeSupportReason()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_DailyLifeSupportReason();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getOtherReason <em>Other Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Reason</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getOtherReason()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_OtherReason();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getUpdaterCode <em>Updater Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updater Code</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getUpdaterCode()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_UpdaterCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1#getIdentifier()
	 * @see #getCarePlan1()
	 * @generated
	 */
	EAttribute getCarePlan1_Identifier();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.CarePlan1Deletion <em>Care Plan1 Deletion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Care Plan1 Deletion</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1Deletion
	 * @generated
	 */
	EClass getCarePlan1Deletion();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan1Deletion#getPlanDate <em>Plan Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan1Deletion#getPlanDate()
	 * @see #getCarePlan1Deletion()
	 * @generated
	 */
	EAttribute getCarePlan1Deletion_PlanDate();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.CarePlan2Row <em>Care Plan2 Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Care Plan2 Row</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row
	 * @generated
	 */
	EClass getCarePlan2Row();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getCreationDate <em>Creation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Creation Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getCreationDate()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_CreationDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getPlanDate <em>Plan Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getPlanDate()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_PlanDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getIssueNo <em>Issue No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue No</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getIssueNo()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_IssueNo();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getIssue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getIssue()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_Issue();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getGoalNo <em>Goal No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal No</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getGoalNo()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_GoalNo();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getLongTermGoal <em>Long Term Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Long Term Goal</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getLongTermGoal()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_LongTermGoal();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getShortTermGoal <em>Short Term Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Term Goal</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getShortTermGoal()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_ShortTermGoal();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getLongTermPeriod <em>Long Term Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Long Term Period</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getLongTermPeriod()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_LongTermPeriod();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getShortTermPeriod <em>Short Term Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Term Period</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getShortTermPeriod()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_ShortTermPeriod();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getSupportNo <em>Support No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support No</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getSupportNo()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_SupportNo();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getServiceContent <em>Service Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Content</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getServiceContent()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_ServiceContent();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getInsuranceCoverage <em>Insurance Coverage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insurance Coverage</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getInsuranceCoverage()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_InsuranceCoverage();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getServiceKind <em>Service Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Kind</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getServiceKind()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_ServiceKind();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getProviderCode <em>Provider Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Code</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getProviderCode()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_ProviderCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getProviderName <em>Provider Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Name</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getProviderName()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_ProviderName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getFrequency()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getPeriod()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_Period();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getUpdaterCode <em>Updater Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updater Code</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getUpdaterCode()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_UpdaterCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2Row#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2Row#getIdentifier()
	 * @see #getCarePlan2Row()
	 * @generated
	 */
	EAttribute getCarePlan2Row_Identifier();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.ServiceUseRow <em>Service Use Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Use Row</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow
	 * @generated
	 */
	EClass getServiceUseRow();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getCreationDate <em>Creation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Creation Date</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getCreationDate()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_CreationDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getTargetMonth <em>Target Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Month</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getTargetMonth()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_TargetMonth();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getPlanOfficeCode <em>Plan Office Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Office Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getPlanOfficeCode()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_PlanOfficeCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getPlannerName <em>Planner Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planner Name</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getPlannerName()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_PlannerName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getUnits()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_Units();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getShortStayDaysBeforeMonth <em>Short Stay Days Before Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Stay Days Before Month</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getShortStayDaysBeforeMonth()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_ShortStayDaysBeforeMonth();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getServiceDate <em>Service Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Date</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getServiceDate()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_ServiceDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getProRataDays <em>Pro Rata Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pro Rata Days</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getProRataDays()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_ProRataDays();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getStartTime()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getEndTime()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getServiceCount <em>Service Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Count</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getServiceCount()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_ServiceCount();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getServiceCode <em>Service Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getServiceCode()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_ServiceCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getDetailCode <em>Detail Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getDetailCode()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_DetailCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getProviderCode <em>Provider Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getProviderCode()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_ProviderCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getProviderName <em>Provider Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Name</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getProviderName()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_ProviderName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getSatelliteBranch <em>Satellite Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satellite Branch</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getSatelliteBranch()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_SatelliteBranch();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getOver30Days <em>Over30 Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Over30 Days</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getOver30Days()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_Over30Days();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getUpdaterCode <em>Updater Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updater Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getUpdaterCode()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_UpdaterCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseRow#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseRow#getIdentifier()
	 * @see #getServiceUseRow()
	 * @generated
	 */
	EAttribute getServiceUseRow_Identifier();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.ServiceUsePlanDeletion <em>Service Use Plan Deletion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Use Plan Deletion</em>'.
	 * @see jp.careplan.model.careplan.ServiceUsePlanDeletion
	 * @generated
	 */
	EClass getServiceUsePlanDeletion();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUsePlanDeletion#getDeletionTargetMonth <em>Deletion Target Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deletion Target Month</em>'.
	 * @see jp.careplan.model.careplan.ServiceUsePlanDeletion#getDeletionTargetMonth()
	 * @see #getServiceUsePlanDeletion()
	 * @generated
	 */
	EAttribute getServiceUsePlanDeletion_DeletionTargetMonth();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.ServiceActualDeletion <em>Service Actual Deletion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Actual Deletion</em>'.
	 * @see jp.careplan.model.careplan.ServiceActualDeletion
	 * @generated
	 */
	EClass getServiceActualDeletion();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceActualDeletion#getDeletionTargetMonth <em>Deletion Target Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deletion Target Month</em>'.
	 * @see jp.careplan.model.careplan.ServiceActualDeletion#getDeletionTargetMonth()
	 * @see #getServiceActualDeletion()
	 * @generated
	 */
	EAttribute getServiceActualDeletion_DeletionTargetMonth();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceActualDeletion#getProviderCode <em>Provider Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceActualDeletion#getProviderCode()
	 * @see #getServiceActualDeletion()
	 * @generated
	 */
	EAttribute getServiceActualDeletion_ProviderCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceActualDeletion#getServiceType <em>Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Type</em>'.
	 * @see jp.careplan.model.careplan.ServiceActualDeletion#getServiceType()
	 * @see #getServiceActualDeletion()
	 * @generated
	 */
	EAttribute getServiceActualDeletion_ServiceType();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.ServiceUseAnnexRow <em>Service Use Annex Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Use Annex Row</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow
	 * @generated
	 */
	EClass getServiceUseAnnexRow();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCreationDate <em>Creation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Creation Date</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getCreationDate()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_CreationDate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTargetMonth <em>Target Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Month</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getTargetMonth()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_TargetMonth();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderName <em>Provider Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Name</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderName()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_ProviderName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderCode <em>Provider Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getProviderCode()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_ProviderCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getSatelliteBranch <em>Satellite Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satellite Branch</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getSatelliteBranch()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_SatelliteBranch();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceCode <em>Service Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceCode()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_ServiceCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getUnits()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_Units();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountRate <em>Discount Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount Rate</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountRate()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_DiscountRate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountedUnits <em>Discounted Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discounted Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getDiscountedUnits()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_DiscountedUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCountOrDays <em>Count Or Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count Or Days</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getCountOrDays()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_CountOrDays();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceUnitsAmount <em>Service Units Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Units Amount</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getServiceUnitsAmount()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_ServiceUnitsAmount();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitManagedUnits <em>Benefit Managed Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benefit Managed Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitManagedUnits()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_BenefitManagedUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitExcessUnits <em>Type Limit Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Limit Excess Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitExcessUnits()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_TypeLimitExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitWithinUnits <em>Type Limit Within Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Limit Within Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getTypeLimitWithinUnits()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_TypeLimitWithinUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitExcessUnits <em>Category Limit Excess Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Limit Excess Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitExcessUnits()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_CategoryLimitExcessUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitWithinUnits <em>Category Limit Within Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Limit Within Units</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getCategoryLimitWithinUnits()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_CategoryLimitWithinUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUnitPrice <em>Unit Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Price</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getUnitPrice()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_UnitPrice();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getTotalCost <em>Total Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Cost</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getTotalCost()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_TotalCost();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitRate <em>Benefit Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benefit Rate</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getBenefitRate()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_BenefitRate();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getInsuranceClaimAmount <em>Insurance Claim Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insurance Claim Amount</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getInsuranceClaimAmount()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_InsuranceClaimAmount();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getFixedCopayUnitPrice <em>Fixed Copay Unit Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Copay Unit Price</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getFixedCopayUnitPrice()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_FixedCopayUnitPrice();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayInsured <em>User Copay Insured</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Copay Insured</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayInsured()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_UserCopayInsured();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayFull <em>User Copay Full</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Copay Full</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getUserCopayFull()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_UserCopayFull();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getDaysBeforeMonth <em>Days Before Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Before Month</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getDaysBeforeMonth()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_DaysBeforeMonth();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getPlannedDaysThisMonth <em>Planned Days This Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Days This Month</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getPlannedDaysThisMonth()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_PlannedDaysThisMonth();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getCumulativeDays <em>Cumulative Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cumulative Days</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getCumulativeDays()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_CumulativeDays();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getOver30Days <em>Over30 Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Over30 Days</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getOver30Days()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_Over30Days();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getOfficeCode <em>Office Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Office Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getOfficeCode()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_OfficeCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getInputterCode <em>Inputter Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputter Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getInputterCode()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_InputterCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getUpdaterCode <em>Updater Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updater Code</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getUpdaterCode()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_UpdaterCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getIdentifier()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_Identifier();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.ServiceUseAnnexRow#getRowType <em>Row Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Type</em>'.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow#getRowType()
	 * @see #getServiceUseAnnexRow()
	 * @generated
	 */
	EAttribute getServiceUseAnnexRow_RowType();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.CarePlan2 <em>Care Plan2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Care Plan2</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2
	 * @generated
	 */
	EClass getCarePlan2();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2#getInsurerNumber <em>Insurer Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insurer Number</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2#getInsurerNumber()
	 * @see #getCarePlan2()
	 * @generated
	 */
	EAttribute getCarePlan2_InsurerNumber();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2#getInsuredNumber <em>Insured Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insured Number</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2#getInsuredNumber()
	 * @see #getCarePlan2()
	 * @generated
	 */
	EAttribute getCarePlan2_InsuredNumber();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.CarePlan2#getPlanDate <em>Plan Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Date</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2#getPlanDate()
	 * @see #getCarePlan2()
	 * @generated
	 */
	EAttribute getCarePlan2_PlanDate();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.model.careplan.CarePlan2#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needs</em>'.
	 * @see jp.careplan.model.careplan.CarePlan2#getNeeds()
	 * @see #getCarePlan2()
	 * @generated
	 */
	EReference getCarePlan2_Needs();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.Need <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Need</em>'.
	 * @see jp.careplan.model.careplan.Need
	 * @generated
	 */
	EClass getNeed();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.Need#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see jp.careplan.model.careplan.Need#getNumber()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Number();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.Need#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see jp.careplan.model.careplan.Need#getText()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.model.careplan.Need#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see jp.careplan.model.careplan.Need#getGoals()
	 * @see #getNeed()
	 * @generated
	 */
	EReference getNeed_Goals();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.careplan.SupportGoal <em>Support Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Support Goal</em>'.
	 * @see jp.careplan.model.careplan.SupportGoal
	 * @generated
	 */
	EClass getSupportGoal();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupportGoal#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see jp.careplan.model.careplan.SupportGoal#getNumber()
	 * @see #getSupportGoal()
	 * @generated
	 */
	EAttribute getSupportGoal_Number();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupportGoal#getLongTermGoal <em>Long Term Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Long Term Goal</em>'.
	 * @see jp.careplan.model.careplan.SupportGoal#getLongTermGoal()
	 * @see #getSupportGoal()
	 * @generated
	 */
	EAttribute getSupportGoal_LongTermGoal();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupportGoal#getLongTermPeriod <em>Long Term Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Long Term Period</em>'.
	 * @see jp.careplan.model.careplan.SupportGoal#getLongTermPeriod()
	 * @see #getSupportGoal()
	 * @generated
	 */
	EAttribute getSupportGoal_LongTermPeriod();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupportGoal#getShortTermGoal <em>Short Term Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Term Goal</em>'.
	 * @see jp.careplan.model.careplan.SupportGoal#getShortTermGoal()
	 * @see #getSupportGoal()
	 * @generated
	 */
	EAttribute getSupportGoal_ShortTermGoal();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.careplan.SupportGoal#getShortTermPeriod <em>Short Term Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Term Period</em>'.
	 * @see jp.careplan.model.careplan.SupportGoal#getShortTermPeriod()
	 * @see #getSupportGoal()
	 * @generated
	 */
	EAttribute getSupportGoal_ShortTermPeriod();

	/**
	 * Returns the meta object for the reference list '{@link jp.careplan.model.careplan.SupportGoal#getSupports <em>Supports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supports</em>'.
	 * @see jp.careplan.model.careplan.SupportGoal#getSupports()
	 * @see #getSupportGoal()
	 * @generated
	 */
	EReference getSupportGoal_Supports();

	/**
	 * Returns the meta object for enum '{@link jp.careplan.model.careplan.AnnexRowType <em>Annex Row Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Annex Row Type</em>'.
	 * @see jp.careplan.model.careplan.AnnexRowType
	 * @generated
	 */
	EEnum getAnnexRowType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CareplanFactory getCareplanFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.RecordImpl <em>Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.RecordImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getRecord()
		 * @generated
		 */
		EClass RECORD = eINSTANCE.getRecord();

		/**
		 * The meta object literal for the '<em><b>Csv Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__CSV_VERSION = eINSTANCE.getRecord_CsvVersion();

		/**
		 * The meta object literal for the '<em><b>Insurer Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__INSURER_NUMBER = eINSTANCE.getRecord_InsurerNumber();

		/**
		 * The meta object literal for the '<em><b>Insured Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__INSURED_NUMBER = eINSTANCE.getRecord_InsuredNumber();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.CareplanDocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.CareplanDocumentImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCareplanDocument()
		 * @generated
		 */
		EClass CAREPLAN_DOCUMENT = eINSTANCE.getCareplanDocument();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAREPLAN_DOCUMENT__KIND = eINSTANCE.getCareplanDocument_Kind();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAREPLAN_DOCUMENT__RECORDS = eINSTANCE.getCareplanDocument_Records();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.SupplementaryInfoImpl <em>Supplementary Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.SupplementaryInfoImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getSupplementaryInfo()
		 * @generated
		 */
		EClass SUPPLEMENTARY_INFO = eINSTANCE.getSupplementaryInfo();

		/**
		 * The meta object literal for the '<em><b>Plan Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__PLAN_DATE = eINSTANCE.getSupplementaryInfo_PlanDate();

		/**
		 * The meta object literal for the '<em><b>User Name Kana</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_NAME_KANA = eINSTANCE.getSupplementaryInfo_UserNameKana();

		/**
		 * The meta object literal for the '<em><b>User Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_NAME = eINSTANCE.getSupplementaryInfo_UserName();

		/**
		 * The meta object literal for the '<em><b>User Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_SEX = eINSTANCE.getSupplementaryInfo_UserSex();

		/**
		 * The meta object literal for the '<em><b>User Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_BIRTH_DATE = eINSTANCE.getSupplementaryInfo_UserBirthDate();

		/**
		 * The meta object literal for the '<em><b>User Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_POSTAL_CODE = eINSTANCE.getSupplementaryInfo_UserPostalCode();

		/**
		 * The meta object literal for the '<em><b>User Address1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_ADDRESS1 = eINSTANCE.getSupplementaryInfo_UserAddress1();

		/**
		 * The meta object literal for the '<em><b>User Address2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_ADDRESS2 = eINSTANCE.getSupplementaryInfo_UserAddress2();

		/**
		 * The meta object literal for the '<em><b>User Phone Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__USER_PHONE_NUMBER = eINSTANCE.getSupplementaryInfo_UserPhoneNumber();

		/**
		 * The meta object literal for the '<em><b>Certification Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__CERTIFICATION_DATE = eINSTANCE.getSupplementaryInfo_CertificationDate();

		/**
		 * The meta object literal for the '<em><b>Limit Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__LIMIT_START_DATE = eINSTANCE.getSupplementaryInfo_LimitStartDate();

		/**
		 * The meta object literal for the '<em><b>Limit End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__LIMIT_END_DATE = eINSTANCE.getSupplementaryInfo_LimitEndDate();

		/**
		 * The meta object literal for the '<em><b>Certification Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__CERTIFICATION_STATUS = eINSTANCE.getSupplementaryInfo_CertificationStatus();

		/**
		 * The meta object literal for the '<em><b>Care Level Change Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE = eINSTANCE.getSupplementaryInfo_CareLevelChangeDate();

		/**
		 * The meta object literal for the '<em><b>Care Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__CARE_LEVEL = eINSTANCE.getSupplementaryInfo_CareLevel();

		/**
		 * The meta object literal for the '<em><b>Category Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_CategoryLimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot1 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot1ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot1 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot1LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot1 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot1TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot1 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot1ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot2 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot2ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot2 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot2LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot2 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot2TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot2 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot2ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot3 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot3ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot3 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot3LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot3 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot3TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot3 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot3ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot4 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot4ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot4 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot4LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot4 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot4TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot4 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot4ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot5 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot5ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot5 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot5LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot5 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot5TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot5 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot5ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot6 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot6ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot6 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot6LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot6 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot6TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot6 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot6ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot7 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot7ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot7 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot7LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot7 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot7TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot7 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot7ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot8 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot8ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot8 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot8LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot8 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot8TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot8 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot8ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Slot9 Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE = eINSTANCE.getSupplementaryInfo_Slot9ServiceType();

		/**
		 * The meta object literal for the '<em><b>Slot9 Limit Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS = eINSTANCE.getSupplementaryInfo_Slot9LimitUnits();

		/**
		 * The meta object literal for the '<em><b>Slot9 Total Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS = eINSTANCE.getSupplementaryInfo_Slot9TotalUnits();

		/**
		 * The meta object literal for the '<em><b>Slot9 Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_Slot9ExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Total Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS = eINSTANCE.getSupplementaryInfo_TotalExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Stay Days Before Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH = eINSTANCE.getSupplementaryInfo_StayDaysBeforeMonth();

		/**
		 * The meta object literal for the '<em><b>Stay Days Cumulative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE = eINSTANCE.getSupplementaryInfo_StayDaysCumulative();

		/**
		 * The meta object literal for the '<em><b>Previous Care Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL = eINSTANCE.getSupplementaryInfo_PreviousCareLevel();

		/**
		 * The meta object literal for the '<em><b>Consent Receiver Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE = eINSTANCE.getSupplementaryInfo_ConsentReceiverCode();

		/**
		 * The meta object literal for the '<em><b>Updater Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__UPDATER_CODE = eINSTANCE.getSupplementaryInfo_UpdaterCode();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__IDENTIFIER = eINSTANCE.getSupplementaryInfo_Identifier();

		/**
		 * The meta object literal for the '<em><b>Target Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLEMENTARY_INFO__TARGET_MONTH = eINSTANCE.getSupplementaryInfo_TargetMonth();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.CarePlan1Impl <em>Care Plan1</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.CarePlan1Impl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan1()
		 * @generated
		 */
		EClass CARE_PLAN1 = eINSTANCE.getCarePlan1();

		/**
		 * The meta object literal for the '<em><b>Creation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__CREATION_DATE = eINSTANCE.getCarePlan1_CreationDate();

		/**
		 * The meta object literal for the '<em><b>User Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__USER_POSTAL_CODE = eINSTANCE.getCarePlan1_UserPostalCode();

		/**
		 * The meta object literal for the '<em><b>User Address1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__USER_ADDRESS1 = eINSTANCE.getCarePlan1_UserAddress1();

		/**
		 * The meta object literal for the '<em><b>User Address2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__USER_ADDRESS2 = eINSTANCE.getCarePlan1_UserAddress2();

		/**
		 * The meta object literal for the '<em><b>Planner Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__PLANNER_NAME = eINSTANCE.getCarePlan1_PlannerName();

		/**
		 * The meta object literal for the '<em><b>Support Office Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__SUPPORT_OFFICE_NAME = eINSTANCE.getCarePlan1_SupportOfficeName();

		/**
		 * The meta object literal for the '<em><b>Support Office Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE = eINSTANCE.getCarePlan1_SupportOfficePostalCode();

		/**
		 * The meta object literal for the '<em><b>Support Office Address1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1 = eINSTANCE.getCarePlan1_SupportOfficeAddress1();

		/**
		 * The meta object literal for the '<em><b>Support Office Address2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2 = eINSTANCE.getCarePlan1_SupportOfficeAddress2();

		/**
		 * The meta object literal for the '<em><b>Support Office Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__SUPPORT_OFFICE_CODE = eINSTANCE.getCarePlan1_SupportOfficeCode();

		/**
		 * The meta object literal for the '<em><b>Plan Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__PLAN_DATE = eINSTANCE.getCarePlan1_PlanDate();

		/**
		 * The meta object literal for the '<em><b>First Plan Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__FIRST_PLAN_DATE = eINSTANCE.getCarePlan1_FirstPlanDate();

		/**
		 * The meta object literal for the '<em><b>Plan Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__PLAN_CATEGORY = eINSTANCE.getCarePlan1_PlanCategory();

		/**
		 * The meta object literal for the '<em><b>Certification Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__CERTIFICATION_STATUS = eINSTANCE.getCarePlan1_CertificationStatus();

		/**
		 * The meta object literal for the '<em><b>Certification Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__CERTIFICATION_DATE = eINSTANCE.getCarePlan1_CertificationDate();

		/**
		 * The meta object literal for the '<em><b>Certification Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__CERTIFICATION_VALID_FROM = eINSTANCE.getCarePlan1_CertificationValidFrom();

		/**
		 * The meta object literal for the '<em><b>Certification Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__CERTIFICATION_VALID_TO = eINSTANCE.getCarePlan1_CertificationValidTo();

		/**
		 * The meta object literal for the '<em><b>Care Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__CARE_LEVEL = eINSTANCE.getCarePlan1_CareLevel();

		/**
		 * The meta object literal for the '<em><b>Needs Analysis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__NEEDS_ANALYSIS = eINSTANCE.getCarePlan1_NeedsAnalysis();

		/**
		 * The meta object literal for the '<em><b>Certification Board Opinion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__CERTIFICATION_BOARD_OPINION = eINSTANCE.getCarePlan1_CertificationBoardOpinion();

		/**
		 * The meta object literal for the '<em><b>Overall Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__OVERALL_POLICY = eINSTANCE.getCarePlan1_OverallPolicy();

		/**
		 * The meta object literal for the '<em><b>Daily Life Support Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON = eINSTANCE.getCarePlan1_DailyLifeSupportReason();

		/**
		 * The meta object literal for the '<em><b>Other Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__OTHER_REASON = eINSTANCE.getCarePlan1_OtherReason();

		/**
		 * The meta object literal for the '<em><b>Updater Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__UPDATER_CODE = eINSTANCE.getCarePlan1_UpdaterCode();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1__IDENTIFIER = eINSTANCE.getCarePlan1_Identifier();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.CarePlan1DeletionImpl <em>Care Plan1 Deletion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.CarePlan1DeletionImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan1Deletion()
		 * @generated
		 */
		EClass CARE_PLAN1_DELETION = eINSTANCE.getCarePlan1Deletion();

		/**
		 * The meta object literal for the '<em><b>Plan Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN1_DELETION__PLAN_DATE = eINSTANCE.getCarePlan1Deletion_PlanDate();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.CarePlan2RowImpl <em>Care Plan2 Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.CarePlan2RowImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan2Row()
		 * @generated
		 */
		EClass CARE_PLAN2_ROW = eINSTANCE.getCarePlan2Row();

		/**
		 * The meta object literal for the '<em><b>Creation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__CREATION_DATE = eINSTANCE.getCarePlan2Row_CreationDate();

		/**
		 * The meta object literal for the '<em><b>Plan Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__PLAN_DATE = eINSTANCE.getCarePlan2Row_PlanDate();

		/**
		 * The meta object literal for the '<em><b>Issue No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__ISSUE_NO = eINSTANCE.getCarePlan2Row_IssueNo();

		/**
		 * The meta object literal for the '<em><b>Issue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__ISSUE = eINSTANCE.getCarePlan2Row_Issue();

		/**
		 * The meta object literal for the '<em><b>Goal No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__GOAL_NO = eINSTANCE.getCarePlan2Row_GoalNo();

		/**
		 * The meta object literal for the '<em><b>Long Term Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__LONG_TERM_GOAL = eINSTANCE.getCarePlan2Row_LongTermGoal();

		/**
		 * The meta object literal for the '<em><b>Short Term Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__SHORT_TERM_GOAL = eINSTANCE.getCarePlan2Row_ShortTermGoal();

		/**
		 * The meta object literal for the '<em><b>Long Term Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__LONG_TERM_PERIOD = eINSTANCE.getCarePlan2Row_LongTermPeriod();

		/**
		 * The meta object literal for the '<em><b>Short Term Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__SHORT_TERM_PERIOD = eINSTANCE.getCarePlan2Row_ShortTermPeriod();

		/**
		 * The meta object literal for the '<em><b>Support No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__SUPPORT_NO = eINSTANCE.getCarePlan2Row_SupportNo();

		/**
		 * The meta object literal for the '<em><b>Service Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__SERVICE_CONTENT = eINSTANCE.getCarePlan2Row_ServiceContent();

		/**
		 * The meta object literal for the '<em><b>Insurance Coverage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__INSURANCE_COVERAGE = eINSTANCE.getCarePlan2Row_InsuranceCoverage();

		/**
		 * The meta object literal for the '<em><b>Service Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__SERVICE_KIND = eINSTANCE.getCarePlan2Row_ServiceKind();

		/**
		 * The meta object literal for the '<em><b>Provider Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__PROVIDER_CODE = eINSTANCE.getCarePlan2Row_ProviderCode();

		/**
		 * The meta object literal for the '<em><b>Provider Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__PROVIDER_NAME = eINSTANCE.getCarePlan2Row_ProviderName();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__FREQUENCY = eINSTANCE.getCarePlan2Row_Frequency();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__PERIOD = eINSTANCE.getCarePlan2Row_Period();

		/**
		 * The meta object literal for the '<em><b>Updater Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__UPDATER_CODE = eINSTANCE.getCarePlan2Row_UpdaterCode();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2_ROW__IDENTIFIER = eINSTANCE.getCarePlan2Row_Identifier();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.ServiceUseRowImpl <em>Service Use Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.ServiceUseRowImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceUseRow()
		 * @generated
		 */
		EClass SERVICE_USE_ROW = eINSTANCE.getServiceUseRow();

		/**
		 * The meta object literal for the '<em><b>Creation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__CREATION_DATE = eINSTANCE.getServiceUseRow_CreationDate();

		/**
		 * The meta object literal for the '<em><b>Target Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__TARGET_MONTH = eINSTANCE.getServiceUseRow_TargetMonth();

		/**
		 * The meta object literal for the '<em><b>Plan Office Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__PLAN_OFFICE_CODE = eINSTANCE.getServiceUseRow_PlanOfficeCode();

		/**
		 * The meta object literal for the '<em><b>Planner Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__PLANNER_NAME = eINSTANCE.getServiceUseRow_PlannerName();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__UNITS = eINSTANCE.getServiceUseRow_Units();

		/**
		 * The meta object literal for the '<em><b>Short Stay Days Before Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH = eINSTANCE.getServiceUseRow_ShortStayDaysBeforeMonth();

		/**
		 * The meta object literal for the '<em><b>Service Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__SERVICE_DATE = eINSTANCE.getServiceUseRow_ServiceDate();

		/**
		 * The meta object literal for the '<em><b>Pro Rata Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__PRO_RATA_DAYS = eINSTANCE.getServiceUseRow_ProRataDays();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__START_TIME = eINSTANCE.getServiceUseRow_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__END_TIME = eINSTANCE.getServiceUseRow_EndTime();

		/**
		 * The meta object literal for the '<em><b>Service Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__SERVICE_COUNT = eINSTANCE.getServiceUseRow_ServiceCount();

		/**
		 * The meta object literal for the '<em><b>Service Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__SERVICE_CODE = eINSTANCE.getServiceUseRow_ServiceCode();

		/**
		 * The meta object literal for the '<em><b>Detail Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__DETAIL_CODE = eINSTANCE.getServiceUseRow_DetailCode();

		/**
		 * The meta object literal for the '<em><b>Provider Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__PROVIDER_CODE = eINSTANCE.getServiceUseRow_ProviderCode();

		/**
		 * The meta object literal for the '<em><b>Provider Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__PROVIDER_NAME = eINSTANCE.getServiceUseRow_ProviderName();

		/**
		 * The meta object literal for the '<em><b>Satellite Branch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__SATELLITE_BRANCH = eINSTANCE.getServiceUseRow_SatelliteBranch();

		/**
		 * The meta object literal for the '<em><b>Over30 Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__OVER30_DAYS = eINSTANCE.getServiceUseRow_Over30Days();

		/**
		 * The meta object literal for the '<em><b>Updater Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__UPDATER_CODE = eINSTANCE.getServiceUseRow_UpdaterCode();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ROW__IDENTIFIER = eINSTANCE.getServiceUseRow_Identifier();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.ServiceUsePlanDeletionImpl <em>Service Use Plan Deletion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.ServiceUsePlanDeletionImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceUsePlanDeletion()
		 * @generated
		 */
		EClass SERVICE_USE_PLAN_DELETION = eINSTANCE.getServiceUsePlanDeletion();

		/**
		 * The meta object literal for the '<em><b>Deletion Target Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH = eINSTANCE.getServiceUsePlanDeletion_DeletionTargetMonth();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.ServiceActualDeletionImpl <em>Service Actual Deletion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.ServiceActualDeletionImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceActualDeletion()
		 * @generated
		 */
		EClass SERVICE_ACTUAL_DELETION = eINSTANCE.getServiceActualDeletion();

		/**
		 * The meta object literal for the '<em><b>Deletion Target Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH = eINSTANCE.getServiceActualDeletion_DeletionTargetMonth();

		/**
		 * The meta object literal for the '<em><b>Provider Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTUAL_DELETION__PROVIDER_CODE = eINSTANCE.getServiceActualDeletion_ProviderCode();

		/**
		 * The meta object literal for the '<em><b>Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTUAL_DELETION__SERVICE_TYPE = eINSTANCE.getServiceActualDeletion_ServiceType();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl <em>Service Use Annex Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.ServiceUseAnnexRowImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getServiceUseAnnexRow()
		 * @generated
		 */
		EClass SERVICE_USE_ANNEX_ROW = eINSTANCE.getServiceUseAnnexRow();

		/**
		 * The meta object literal for the '<em><b>Creation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__CREATION_DATE = eINSTANCE.getServiceUseAnnexRow_CreationDate();

		/**
		 * The meta object literal for the '<em><b>Target Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__TARGET_MONTH = eINSTANCE.getServiceUseAnnexRow_TargetMonth();

		/**
		 * The meta object literal for the '<em><b>Provider Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__PROVIDER_NAME = eINSTANCE.getServiceUseAnnexRow_ProviderName();

		/**
		 * The meta object literal for the '<em><b>Provider Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__PROVIDER_CODE = eINSTANCE.getServiceUseAnnexRow_ProviderCode();

		/**
		 * The meta object literal for the '<em><b>Satellite Branch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH = eINSTANCE.getServiceUseAnnexRow_SatelliteBranch();

		/**
		 * The meta object literal for the '<em><b>Service Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__SERVICE_CODE = eINSTANCE.getServiceUseAnnexRow_ServiceCode();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__UNITS = eINSTANCE.getServiceUseAnnexRow_Units();

		/**
		 * The meta object literal for the '<em><b>Discount Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE = eINSTANCE.getServiceUseAnnexRow_DiscountRate();

		/**
		 * The meta object literal for the '<em><b>Discounted Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS = eINSTANCE.getServiceUseAnnexRow_DiscountedUnits();

		/**
		 * The meta object literal for the '<em><b>Count Or Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS = eINSTANCE.getServiceUseAnnexRow_CountOrDays();

		/**
		 * The meta object literal for the '<em><b>Service Units Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT = eINSTANCE.getServiceUseAnnexRow_ServiceUnitsAmount();

		/**
		 * The meta object literal for the '<em><b>Benefit Managed Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS = eINSTANCE.getServiceUseAnnexRow_BenefitManagedUnits();

		/**
		 * The meta object literal for the '<em><b>Type Limit Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS = eINSTANCE.getServiceUseAnnexRow_TypeLimitExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Type Limit Within Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS = eINSTANCE.getServiceUseAnnexRow_TypeLimitWithinUnits();

		/**
		 * The meta object literal for the '<em><b>Category Limit Excess Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS = eINSTANCE.getServiceUseAnnexRow_CategoryLimitExcessUnits();

		/**
		 * The meta object literal for the '<em><b>Category Limit Within Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS = eINSTANCE.getServiceUseAnnexRow_CategoryLimitWithinUnits();

		/**
		 * The meta object literal for the '<em><b>Unit Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__UNIT_PRICE = eINSTANCE.getServiceUseAnnexRow_UnitPrice();

		/**
		 * The meta object literal for the '<em><b>Total Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__TOTAL_COST = eINSTANCE.getServiceUseAnnexRow_TotalCost();

		/**
		 * The meta object literal for the '<em><b>Benefit Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__BENEFIT_RATE = eINSTANCE.getServiceUseAnnexRow_BenefitRate();

		/**
		 * The meta object literal for the '<em><b>Insurance Claim Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT = eINSTANCE.getServiceUseAnnexRow_InsuranceClaimAmount();

		/**
		 * The meta object literal for the '<em><b>Fixed Copay Unit Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE = eINSTANCE.getServiceUseAnnexRow_FixedCopayUnitPrice();

		/**
		 * The meta object literal for the '<em><b>User Copay Insured</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED = eINSTANCE.getServiceUseAnnexRow_UserCopayInsured();

		/**
		 * The meta object literal for the '<em><b>User Copay Full</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL = eINSTANCE.getServiceUseAnnexRow_UserCopayFull();

		/**
		 * The meta object literal for the '<em><b>Days Before Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH = eINSTANCE.getServiceUseAnnexRow_DaysBeforeMonth();

		/**
		 * The meta object literal for the '<em><b>Planned Days This Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH = eINSTANCE.getServiceUseAnnexRow_PlannedDaysThisMonth();

		/**
		 * The meta object literal for the '<em><b>Cumulative Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS = eINSTANCE.getServiceUseAnnexRow_CumulativeDays();

		/**
		 * The meta object literal for the '<em><b>Over30 Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__OVER30_DAYS = eINSTANCE.getServiceUseAnnexRow_Over30Days();

		/**
		 * The meta object literal for the '<em><b>Office Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__OFFICE_CODE = eINSTANCE.getServiceUseAnnexRow_OfficeCode();

		/**
		 * The meta object literal for the '<em><b>Inputter Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__INPUTTER_CODE = eINSTANCE.getServiceUseAnnexRow_InputterCode();

		/**
		 * The meta object literal for the '<em><b>Updater Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__UPDATER_CODE = eINSTANCE.getServiceUseAnnexRow_UpdaterCode();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__IDENTIFIER = eINSTANCE.getServiceUseAnnexRow_Identifier();

		/**
		 * The meta object literal for the '<em><b>Row Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_USE_ANNEX_ROW__ROW_TYPE = eINSTANCE.getServiceUseAnnexRow_RowType();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.CarePlan2Impl <em>Care Plan2</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.CarePlan2Impl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getCarePlan2()
		 * @generated
		 */
		EClass CARE_PLAN2 = eINSTANCE.getCarePlan2();

		/**
		 * The meta object literal for the '<em><b>Insurer Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2__INSURER_NUMBER = eINSTANCE.getCarePlan2_InsurerNumber();

		/**
		 * The meta object literal for the '<em><b>Insured Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2__INSURED_NUMBER = eINSTANCE.getCarePlan2_InsuredNumber();

		/**
		 * The meta object literal for the '<em><b>Plan Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARE_PLAN2__PLAN_DATE = eINSTANCE.getCarePlan2_PlanDate();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CARE_PLAN2__NEEDS = eINSTANCE.getCarePlan2_Needs();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.NeedImpl <em>Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.NeedImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getNeed()
		 * @generated
		 */
		EClass NEED = eINSTANCE.getNeed();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__NUMBER = eINSTANCE.getNeed_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__TEXT = eINSTANCE.getNeed_Text();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEED__GOALS = eINSTANCE.getNeed_Goals();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.impl.SupportGoalImpl <em>Support Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.impl.SupportGoalImpl
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getSupportGoal()
		 * @generated
		 */
		EClass SUPPORT_GOAL = eINSTANCE.getSupportGoal();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_GOAL__NUMBER = eINSTANCE.getSupportGoal_Number();

		/**
		 * The meta object literal for the '<em><b>Long Term Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_GOAL__LONG_TERM_GOAL = eINSTANCE.getSupportGoal_LongTermGoal();

		/**
		 * The meta object literal for the '<em><b>Long Term Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_GOAL__LONG_TERM_PERIOD = eINSTANCE.getSupportGoal_LongTermPeriod();

		/**
		 * The meta object literal for the '<em><b>Short Term Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_GOAL__SHORT_TERM_GOAL = eINSTANCE.getSupportGoal_ShortTermGoal();

		/**
		 * The meta object literal for the '<em><b>Short Term Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_GOAL__SHORT_TERM_PERIOD = eINSTANCE.getSupportGoal_ShortTermPeriod();

		/**
		 * The meta object literal for the '<em><b>Supports</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPORT_GOAL__SUPPORTS = eINSTANCE.getSupportGoal_Supports();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.careplan.AnnexRowType <em>Annex Row Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.careplan.AnnexRowType
		 * @see jp.careplan.model.careplan.impl.CareplanPackageImpl#getAnnexRowType()
		 * @generated
		 */
		EEnum ANNEX_ROW_TYPE = eINSTANCE.getAnnexRowType();

	}

} //CareplanPackage
