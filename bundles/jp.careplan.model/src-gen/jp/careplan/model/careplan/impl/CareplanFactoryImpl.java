/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.impl;

import jp.careplan.model.careplan.AnnexRowType;
import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.model.careplan.CarePlan1Deletion;
import jp.careplan.model.careplan.CarePlan2;
import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Need;
import jp.careplan.model.careplan.ServiceActualDeletion;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.careplan.ServiceUsePlanDeletion;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.careplan.SupplementaryInfo;

import jp.careplan.model.careplan.SupportGoal;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CareplanFactoryImpl extends EFactoryImpl implements CareplanFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CareplanFactory init() {
		try {
			CareplanFactory theCareplanFactory = (CareplanFactory)EPackage.Registry.INSTANCE.getEFactory(CareplanPackage.eNS_URI);
			if (theCareplanFactory != null) {
				return theCareplanFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CareplanFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CareplanFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CareplanPackage.RECORD: return createRecord();
			case CareplanPackage.CAREPLAN_DOCUMENT: return createCareplanDocument();
			case CareplanPackage.SUPPLEMENTARY_INFO: return createSupplementaryInfo();
			case CareplanPackage.CARE_PLAN1: return createCarePlan1();
			case CareplanPackage.CARE_PLAN1_DELETION: return createCarePlan1Deletion();
			case CareplanPackage.CARE_PLAN2_ROW: return createCarePlan2Row();
			case CareplanPackage.SERVICE_USE_ROW: return createServiceUseRow();
			case CareplanPackage.SERVICE_USE_PLAN_DELETION: return createServiceUsePlanDeletion();
			case CareplanPackage.SERVICE_ACTUAL_DELETION: return createServiceActualDeletion();
			case CareplanPackage.SERVICE_USE_ANNEX_ROW: return createServiceUseAnnexRow();
			case CareplanPackage.CARE_PLAN2: return createCarePlan2();
			case CareplanPackage.NEED: return createNeed();
			case CareplanPackage.SUPPORT_GOAL: return createSupportGoal();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CareplanPackage.ANNEX_ROW_TYPE:
				return createAnnexRowTypeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CareplanPackage.ANNEX_ROW_TYPE:
				return convertAnnexRowTypeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public jp.careplan.model.careplan.Record createRecord() {
		RecordImpl record = new RecordImpl();
		return record;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareplanDocument createCareplanDocument() {
		CareplanDocumentImpl careplanDocument = new CareplanDocumentImpl();
		return careplanDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupplementaryInfo createSupplementaryInfo() {
		SupplementaryInfoImpl supplementaryInfo = new SupplementaryInfoImpl();
		return supplementaryInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarePlan1 createCarePlan1() {
		CarePlan1Impl carePlan1 = new CarePlan1Impl();
		return carePlan1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarePlan1Deletion createCarePlan1Deletion() {
		CarePlan1DeletionImpl carePlan1Deletion = new CarePlan1DeletionImpl();
		return carePlan1Deletion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarePlan2Row createCarePlan2Row() {
		CarePlan2RowImpl carePlan2Row = new CarePlan2RowImpl();
		return carePlan2Row;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceUseRow createServiceUseRow() {
		ServiceUseRowImpl serviceUseRow = new ServiceUseRowImpl();
		return serviceUseRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceUsePlanDeletion createServiceUsePlanDeletion() {
		ServiceUsePlanDeletionImpl serviceUsePlanDeletion = new ServiceUsePlanDeletionImpl();
		return serviceUsePlanDeletion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceActualDeletion createServiceActualDeletion() {
		ServiceActualDeletionImpl serviceActualDeletion = new ServiceActualDeletionImpl();
		return serviceActualDeletion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceUseAnnexRow createServiceUseAnnexRow() {
		ServiceUseAnnexRowImpl serviceUseAnnexRow = new ServiceUseAnnexRowImpl();
		return serviceUseAnnexRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarePlan2 createCarePlan2() {
		CarePlan2Impl carePlan2 = new CarePlan2Impl();
		return carePlan2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Need createNeed() {
		NeedImpl need = new NeedImpl();
		return need;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportGoal createSupportGoal() {
		SupportGoalImpl supportGoal = new SupportGoalImpl();
		return supportGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnexRowType createAnnexRowTypeFromString(EDataType eDataType, String initialValue) {
		AnnexRowType result = AnnexRowType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnnexRowTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareplanPackage getCareplanPackage() {
		return (CareplanPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CareplanPackage getPackage() {
		return CareplanPackage.eINSTANCE;
	}

} //CareplanFactoryImpl
