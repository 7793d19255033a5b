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
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CareplanPackageImpl extends EPackageImpl implements CareplanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass careplanDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supplementaryInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass carePlan1EClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass carePlan1DeletionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass carePlan2RowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceUseRowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceUsePlanDeletionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceActualDeletionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceUseAnnexRowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass carePlan2EClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass needEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supportGoalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum annexRowTypeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see jp.careplan.model.careplan.CareplanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CareplanPackageImpl() {
		super(eNS_URI, CareplanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CareplanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CareplanPackage init() {
		if (isInited) return (CareplanPackage)EPackage.Registry.INSTANCE.getEPackage(CareplanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCareplanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CareplanPackageImpl theCareplanPackage = registeredCareplanPackage instanceof CareplanPackageImpl ? (CareplanPackageImpl)registeredCareplanPackage : new CareplanPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCareplanPackage.createPackageContents();

		// Initialize created meta-data
		theCareplanPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCareplanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CareplanPackage.eNS_URI, theCareplanPackage);
		return theCareplanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecord() {
		return recordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_CsvVersion() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_InsurerNumber() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_InsuredNumber() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCareplanDocument() {
		return careplanDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareplanDocument_Kind() {
		return (EAttribute)careplanDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCareplanDocument_Records() {
		return (EReference)careplanDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupplementaryInfo() {
		return supplementaryInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_PlanDate() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserNameKana() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserName() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserSex() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserBirthDate() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserPostalCode() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserAddress1() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserAddress2() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UserPhoneNumber() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_CertificationDate() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_LimitStartDate() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_LimitEndDate() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_CertificationStatus() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_CareLevelChangeDate() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_CareLevel() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_CategoryLimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot1ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot1LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot1TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot1ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot2ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot2LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot2TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot2ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot3ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot3LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot3TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot3ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot4ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot4LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot4TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot4ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot5ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot5LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot5TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot5ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot6ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot6LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(37);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot6TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(38);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot6ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(39);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot7ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(40);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot7LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(41);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot7TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(42);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot7ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(43);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot8ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(44);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot8LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(45);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot8TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(46);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot8ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(47);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot9ServiceType() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(48);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot9LimitUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(49);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot9TotalUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(50);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Slot9ExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(51);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_TotalExcessUnits() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(52);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_StayDaysBeforeMonth() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(53);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_StayDaysCumulative() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(54);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_PreviousCareLevel() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(55);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_ConsentReceiverCode() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(56);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_UpdaterCode() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(57);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_Identifier() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(58);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplementaryInfo_TargetMonth() {
		return (EAttribute)supplementaryInfoEClass.getEStructuralFeatures().get(59);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCarePlan1() {
		return carePlan1EClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_CreationDate() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_UserPostalCode() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_UserAddress1() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_UserAddress2() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_PlannerName() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_SupportOfficeName() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_SupportOfficePostalCode() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_SupportOfficeAddress1() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_SupportOfficeAddress2() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_SupportOfficeCode() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_PlanDate() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_FirstPlanDate() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_PlanCategory() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_CertificationStatus() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_CertificationDate() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_CertificationValidFrom() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_CertificationValidTo() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_CareLevel() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_NeedsAnalysis() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_CertificationBoardOpinion() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_OverallPolicy() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_DailyLifeSupportReason() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_OtherReason() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_UpdaterCode() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1_Identifier() {
		return (EAttribute)carePlan1EClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCarePlan1Deletion() {
		return carePlan1DeletionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan1Deletion_PlanDate() {
		return (EAttribute)carePlan1DeletionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCarePlan2Row() {
		return carePlan2RowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_CreationDate() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_PlanDate() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_IssueNo() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_Issue() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_GoalNo() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_LongTermGoal() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_ShortTermGoal() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_LongTermPeriod() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_ShortTermPeriod() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_SupportNo() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_ServiceContent() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_InsuranceCoverage() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_ServiceKind() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_ProviderCode() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_ProviderName() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_Frequency() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_Period() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_UpdaterCode() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2Row_Identifier() {
		return (EAttribute)carePlan2RowEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceUseRow() {
		return serviceUseRowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_CreationDate() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_TargetMonth() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_PlanOfficeCode() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_PlannerName() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_Units() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_ShortStayDaysBeforeMonth() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_ServiceDate() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_ProRataDays() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_StartTime() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_EndTime() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_ServiceCount() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_ServiceCode() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_DetailCode() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_ProviderCode() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_ProviderName() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_SatelliteBranch() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_Over30Days() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_UpdaterCode() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseRow_Identifier() {
		return (EAttribute)serviceUseRowEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceUsePlanDeletion() {
		return serviceUsePlanDeletionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUsePlanDeletion_DeletionTargetMonth() {
		return (EAttribute)serviceUsePlanDeletionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceActualDeletion() {
		return serviceActualDeletionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActualDeletion_DeletionTargetMonth() {
		return (EAttribute)serviceActualDeletionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActualDeletion_ProviderCode() {
		return (EAttribute)serviceActualDeletionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActualDeletion_ServiceType() {
		return (EAttribute)serviceActualDeletionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceUseAnnexRow() {
		return serviceUseAnnexRowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_CreationDate() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_TargetMonth() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_ProviderName() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_ProviderCode() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_SatelliteBranch() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_ServiceCode() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_Units() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_DiscountRate() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_DiscountedUnits() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_CountOrDays() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_ServiceUnitsAmount() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_BenefitManagedUnits() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_TypeLimitExcessUnits() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_TypeLimitWithinUnits() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_CategoryLimitExcessUnits() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_CategoryLimitWithinUnits() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_UnitPrice() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_TotalCost() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_BenefitRate() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_InsuranceClaimAmount() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_FixedCopayUnitPrice() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_UserCopayInsured() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_UserCopayFull() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_DaysBeforeMonth() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_PlannedDaysThisMonth() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_CumulativeDays() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_Over30Days() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_OfficeCode() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_InputterCode() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_UpdaterCode() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_Identifier() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceUseAnnexRow_RowType() {
		return (EAttribute)serviceUseAnnexRowEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCarePlan2() {
		return carePlan2EClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2_InsurerNumber() {
		return (EAttribute)carePlan2EClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2_InsuredNumber() {
		return (EAttribute)carePlan2EClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarePlan2_PlanDate() {
		return (EAttribute)carePlan2EClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCarePlan2_Needs() {
		return (EReference)carePlan2EClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeed() {
		return needEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Number() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Text() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeed_Goals() {
		return (EReference)needEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupportGoal() {
		return supportGoalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupportGoal_Number() {
		return (EAttribute)supportGoalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupportGoal_LongTermGoal() {
		return (EAttribute)supportGoalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupportGoal_LongTermPeriod() {
		return (EAttribute)supportGoalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupportGoal_ShortTermGoal() {
		return (EAttribute)supportGoalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupportGoal_ShortTermPeriod() {
		return (EAttribute)supportGoalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupportGoal_Supports() {
		return (EReference)supportGoalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnnexRowType() {
		return annexRowTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareplanFactory getCareplanFactory() {
		return (CareplanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		recordEClass = createEClass(RECORD);
		createEAttribute(recordEClass, RECORD__CSV_VERSION);
		createEAttribute(recordEClass, RECORD__INSURER_NUMBER);
		createEAttribute(recordEClass, RECORD__INSURED_NUMBER);

		careplanDocumentEClass = createEClass(CAREPLAN_DOCUMENT);
		createEAttribute(careplanDocumentEClass, CAREPLAN_DOCUMENT__KIND);
		createEReference(careplanDocumentEClass, CAREPLAN_DOCUMENT__RECORDS);

		supplementaryInfoEClass = createEClass(SUPPLEMENTARY_INFO);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__PLAN_DATE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_NAME_KANA);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_NAME);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_SEX);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_BIRTH_DATE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_POSTAL_CODE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_ADDRESS1);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_ADDRESS2);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__USER_PHONE_NUMBER);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__CERTIFICATION_DATE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__LIMIT_START_DATE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__LIMIT_END_DATE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__CERTIFICATION_STATUS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__CARE_LEVEL_CHANGE_DATE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__CARE_LEVEL);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__CATEGORY_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT1_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT1_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT1_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT1_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT2_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT2_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT2_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT2_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT3_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT3_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT3_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT3_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT4_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT4_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT4_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT4_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT5_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT5_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT5_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT5_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT6_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT6_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT6_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT6_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT7_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT7_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT7_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT7_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT8_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT8_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT8_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT8_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT9_SERVICE_TYPE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT9_LIMIT_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT9_TOTAL_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__SLOT9_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__TOTAL_EXCESS_UNITS);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__STAY_DAYS_BEFORE_MONTH);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__STAY_DAYS_CUMULATIVE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__PREVIOUS_CARE_LEVEL);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__CONSENT_RECEIVER_CODE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__UPDATER_CODE);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__IDENTIFIER);
		createEAttribute(supplementaryInfoEClass, SUPPLEMENTARY_INFO__TARGET_MONTH);

		carePlan1EClass = createEClass(CARE_PLAN1);
		createEAttribute(carePlan1EClass, CARE_PLAN1__CREATION_DATE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__USER_POSTAL_CODE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__USER_ADDRESS1);
		createEAttribute(carePlan1EClass, CARE_PLAN1__USER_ADDRESS2);
		createEAttribute(carePlan1EClass, CARE_PLAN1__PLANNER_NAME);
		createEAttribute(carePlan1EClass, CARE_PLAN1__SUPPORT_OFFICE_NAME);
		createEAttribute(carePlan1EClass, CARE_PLAN1__SUPPORT_OFFICE_POSTAL_CODE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__SUPPORT_OFFICE_ADDRESS1);
		createEAttribute(carePlan1EClass, CARE_PLAN1__SUPPORT_OFFICE_ADDRESS2);
		createEAttribute(carePlan1EClass, CARE_PLAN1__SUPPORT_OFFICE_CODE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__PLAN_DATE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__FIRST_PLAN_DATE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__PLAN_CATEGORY);
		createEAttribute(carePlan1EClass, CARE_PLAN1__CERTIFICATION_STATUS);
		createEAttribute(carePlan1EClass, CARE_PLAN1__CERTIFICATION_DATE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__CERTIFICATION_VALID_FROM);
		createEAttribute(carePlan1EClass, CARE_PLAN1__CERTIFICATION_VALID_TO);
		createEAttribute(carePlan1EClass, CARE_PLAN1__CARE_LEVEL);
		createEAttribute(carePlan1EClass, CARE_PLAN1__NEEDS_ANALYSIS);
		createEAttribute(carePlan1EClass, CARE_PLAN1__CERTIFICATION_BOARD_OPINION);
		createEAttribute(carePlan1EClass, CARE_PLAN1__OVERALL_POLICY);
		createEAttribute(carePlan1EClass, CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON);
		createEAttribute(carePlan1EClass, CARE_PLAN1__OTHER_REASON);
		createEAttribute(carePlan1EClass, CARE_PLAN1__UPDATER_CODE);
		createEAttribute(carePlan1EClass, CARE_PLAN1__IDENTIFIER);

		carePlan1DeletionEClass = createEClass(CARE_PLAN1_DELETION);
		createEAttribute(carePlan1DeletionEClass, CARE_PLAN1_DELETION__PLAN_DATE);

		carePlan2RowEClass = createEClass(CARE_PLAN2_ROW);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__CREATION_DATE);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__PLAN_DATE);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__ISSUE_NO);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__ISSUE);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__GOAL_NO);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__LONG_TERM_GOAL);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__SHORT_TERM_GOAL);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__LONG_TERM_PERIOD);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__SHORT_TERM_PERIOD);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__SUPPORT_NO);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__SERVICE_CONTENT);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__INSURANCE_COVERAGE);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__SERVICE_KIND);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__PROVIDER_CODE);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__PROVIDER_NAME);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__FREQUENCY);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__PERIOD);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__UPDATER_CODE);
		createEAttribute(carePlan2RowEClass, CARE_PLAN2_ROW__IDENTIFIER);

		serviceUseRowEClass = createEClass(SERVICE_USE_ROW);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__CREATION_DATE);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__TARGET_MONTH);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__PLAN_OFFICE_CODE);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__PLANNER_NAME);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__UNITS);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__SHORT_STAY_DAYS_BEFORE_MONTH);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__SERVICE_DATE);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__PRO_RATA_DAYS);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__START_TIME);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__END_TIME);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__SERVICE_COUNT);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__SERVICE_CODE);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__DETAIL_CODE);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__PROVIDER_CODE);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__PROVIDER_NAME);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__SATELLITE_BRANCH);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__OVER30_DAYS);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__UPDATER_CODE);
		createEAttribute(serviceUseRowEClass, SERVICE_USE_ROW__IDENTIFIER);

		serviceUsePlanDeletionEClass = createEClass(SERVICE_USE_PLAN_DELETION);
		createEAttribute(serviceUsePlanDeletionEClass, SERVICE_USE_PLAN_DELETION__DELETION_TARGET_MONTH);

		serviceActualDeletionEClass = createEClass(SERVICE_ACTUAL_DELETION);
		createEAttribute(serviceActualDeletionEClass, SERVICE_ACTUAL_DELETION__DELETION_TARGET_MONTH);
		createEAttribute(serviceActualDeletionEClass, SERVICE_ACTUAL_DELETION__PROVIDER_CODE);
		createEAttribute(serviceActualDeletionEClass, SERVICE_ACTUAL_DELETION__SERVICE_TYPE);

		serviceUseAnnexRowEClass = createEClass(SERVICE_USE_ANNEX_ROW);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__CREATION_DATE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__TARGET_MONTH);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__PROVIDER_NAME);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__PROVIDER_CODE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__SATELLITE_BRANCH);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__SERVICE_CODE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__UNITS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__DISCOUNT_RATE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__DISCOUNTED_UNITS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__COUNT_OR_DAYS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__SERVICE_UNITS_AMOUNT);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__BENEFIT_MANAGED_UNITS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_EXCESS_UNITS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__TYPE_LIMIT_WITHIN_UNITS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_EXCESS_UNITS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__CATEGORY_LIMIT_WITHIN_UNITS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__UNIT_PRICE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__TOTAL_COST);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__BENEFIT_RATE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__INSURANCE_CLAIM_AMOUNT);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__FIXED_COPAY_UNIT_PRICE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__USER_COPAY_INSURED);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__USER_COPAY_FULL);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__DAYS_BEFORE_MONTH);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__PLANNED_DAYS_THIS_MONTH);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__CUMULATIVE_DAYS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__OVER30_DAYS);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__OFFICE_CODE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__INPUTTER_CODE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__UPDATER_CODE);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__IDENTIFIER);
		createEAttribute(serviceUseAnnexRowEClass, SERVICE_USE_ANNEX_ROW__ROW_TYPE);

		carePlan2EClass = createEClass(CARE_PLAN2);
		createEAttribute(carePlan2EClass, CARE_PLAN2__INSURER_NUMBER);
		createEAttribute(carePlan2EClass, CARE_PLAN2__INSURED_NUMBER);
		createEAttribute(carePlan2EClass, CARE_PLAN2__PLAN_DATE);
		createEReference(carePlan2EClass, CARE_PLAN2__NEEDS);

		needEClass = createEClass(NEED);
		createEAttribute(needEClass, NEED__NUMBER);
		createEAttribute(needEClass, NEED__TEXT);
		createEReference(needEClass, NEED__GOALS);

		supportGoalEClass = createEClass(SUPPORT_GOAL);
		createEAttribute(supportGoalEClass, SUPPORT_GOAL__NUMBER);
		createEAttribute(supportGoalEClass, SUPPORT_GOAL__LONG_TERM_GOAL);
		createEAttribute(supportGoalEClass, SUPPORT_GOAL__LONG_TERM_PERIOD);
		createEAttribute(supportGoalEClass, SUPPORT_GOAL__SHORT_TERM_GOAL);
		createEAttribute(supportGoalEClass, SUPPORT_GOAL__SHORT_TERM_PERIOD);
		createEReference(supportGoalEClass, SUPPORT_GOAL__SUPPORTS);

		// Create enums
		annexRowTypeEEnum = createEEnum(ANNEX_ROW_TYPE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		supplementaryInfoEClass.getESuperTypes().add(this.getRecord());
		carePlan1EClass.getESuperTypes().add(this.getRecord());
		carePlan1DeletionEClass.getESuperTypes().add(this.getRecord());
		carePlan2RowEClass.getESuperTypes().add(this.getRecord());
		serviceUseRowEClass.getESuperTypes().add(this.getRecord());
		serviceUsePlanDeletionEClass.getESuperTypes().add(this.getRecord());
		serviceActualDeletionEClass.getESuperTypes().add(this.getRecord());
		serviceUseAnnexRowEClass.getESuperTypes().add(this.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(recordEClass, jp.careplan.model.careplan.Record.class, "Record", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecord_CsvVersion(), ecorePackage.getEString(), "csvVersion", null, 0, 1, jp.careplan.model.careplan.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_InsurerNumber(), ecorePackage.getEString(), "insurerNumber", null, 0, 1, jp.careplan.model.careplan.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_InsuredNumber(), ecorePackage.getEString(), "insuredNumber", null, 0, 1, jp.careplan.model.careplan.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(careplanDocumentEClass, CareplanDocument.class, "CareplanDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCareplanDocument_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, CareplanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCareplanDocument_Records(), this.getRecord(), null, "records", null, 0, -1, CareplanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supplementaryInfoEClass, SupplementaryInfo.class, "SupplementaryInfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupplementaryInfo_PlanDate(), ecorePackage.getEString(), "planDate", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserNameKana(), ecorePackage.getEString(), "userNameKana", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserName(), ecorePackage.getEString(), "userName", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserSex(), ecorePackage.getEString(), "userSex", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserBirthDate(), ecorePackage.getEString(), "userBirthDate", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserPostalCode(), ecorePackage.getEString(), "userPostalCode", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserAddress1(), ecorePackage.getEString(), "userAddress1", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserAddress2(), ecorePackage.getEString(), "userAddress2", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UserPhoneNumber(), ecorePackage.getEString(), "userPhoneNumber", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_CertificationDate(), ecorePackage.getEString(), "certificationDate", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_LimitStartDate(), ecorePackage.getEString(), "limitStartDate", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_LimitEndDate(), ecorePackage.getEString(), "limitEndDate", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_CertificationStatus(), ecorePackage.getEString(), "certificationStatus", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_CareLevelChangeDate(), ecorePackage.getEString(), "careLevelChangeDate", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_CareLevel(), ecorePackage.getEString(), "careLevel", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_CategoryLimitUnits(), ecorePackage.getEString(), "categoryLimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot1ServiceType(), ecorePackage.getEString(), "slot1ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot1LimitUnits(), ecorePackage.getEString(), "slot1LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot1TotalUnits(), ecorePackage.getEString(), "slot1TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot1ExcessUnits(), ecorePackage.getEString(), "slot1ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot2ServiceType(), ecorePackage.getEString(), "slot2ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot2LimitUnits(), ecorePackage.getEString(), "slot2LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot2TotalUnits(), ecorePackage.getEString(), "slot2TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot2ExcessUnits(), ecorePackage.getEString(), "slot2ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot3ServiceType(), ecorePackage.getEString(), "slot3ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot3LimitUnits(), ecorePackage.getEString(), "slot3LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot3TotalUnits(), ecorePackage.getEString(), "slot3TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot3ExcessUnits(), ecorePackage.getEString(), "slot3ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot4ServiceType(), ecorePackage.getEString(), "slot4ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot4LimitUnits(), ecorePackage.getEString(), "slot4LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot4TotalUnits(), ecorePackage.getEString(), "slot4TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot4ExcessUnits(), ecorePackage.getEString(), "slot4ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot5ServiceType(), ecorePackage.getEString(), "slot5ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot5LimitUnits(), ecorePackage.getEString(), "slot5LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot5TotalUnits(), ecorePackage.getEString(), "slot5TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot5ExcessUnits(), ecorePackage.getEString(), "slot5ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot6ServiceType(), ecorePackage.getEString(), "slot6ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot6LimitUnits(), ecorePackage.getEString(), "slot6LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot6TotalUnits(), ecorePackage.getEString(), "slot6TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot6ExcessUnits(), ecorePackage.getEString(), "slot6ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot7ServiceType(), ecorePackage.getEString(), "slot7ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot7LimitUnits(), ecorePackage.getEString(), "slot7LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot7TotalUnits(), ecorePackage.getEString(), "slot7TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot7ExcessUnits(), ecorePackage.getEString(), "slot7ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot8ServiceType(), ecorePackage.getEString(), "slot8ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot8LimitUnits(), ecorePackage.getEString(), "slot8LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot8TotalUnits(), ecorePackage.getEString(), "slot8TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot8ExcessUnits(), ecorePackage.getEString(), "slot8ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot9ServiceType(), ecorePackage.getEString(), "slot9ServiceType", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot9LimitUnits(), ecorePackage.getEString(), "slot9LimitUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot9TotalUnits(), ecorePackage.getEString(), "slot9TotalUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Slot9ExcessUnits(), ecorePackage.getEString(), "slot9ExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_TotalExcessUnits(), ecorePackage.getEString(), "totalExcessUnits", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_StayDaysBeforeMonth(), ecorePackage.getEString(), "stayDaysBeforeMonth", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_StayDaysCumulative(), ecorePackage.getEString(), "stayDaysCumulative", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_PreviousCareLevel(), ecorePackage.getEString(), "previousCareLevel", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_ConsentReceiverCode(), ecorePackage.getEString(), "consentReceiverCode", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_UpdaterCode(), ecorePackage.getEString(), "updaterCode", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_Identifier(), ecorePackage.getEString(), "identifier", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplementaryInfo_TargetMonth(), ecorePackage.getEString(), "targetMonth", null, 0, 1, SupplementaryInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(carePlan1EClass, CarePlan1.class, "CarePlan1", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCarePlan1_CreationDate(), ecorePackage.getEString(), "creationDate", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_UserPostalCode(), ecorePackage.getEString(), "userPostalCode", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_UserAddress1(), ecorePackage.getEString(), "userAddress1", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_UserAddress2(), ecorePackage.getEString(), "userAddress2", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_PlannerName(), ecorePackage.getEString(), "plannerName", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_SupportOfficeName(), ecorePackage.getEString(), "supportOfficeName", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_SupportOfficePostalCode(), ecorePackage.getEString(), "supportOfficePostalCode", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_SupportOfficeAddress1(), ecorePackage.getEString(), "supportOfficeAddress1", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_SupportOfficeAddress2(), ecorePackage.getEString(), "supportOfficeAddress2", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_SupportOfficeCode(), ecorePackage.getEString(), "supportOfficeCode", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_PlanDate(), ecorePackage.getEString(), "planDate", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_FirstPlanDate(), ecorePackage.getEString(), "firstPlanDate", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_PlanCategory(), ecorePackage.getEString(), "planCategory", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_CertificationStatus(), ecorePackage.getEString(), "certificationStatus", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_CertificationDate(), ecorePackage.getEString(), "certificationDate", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_CertificationValidFrom(), ecorePackage.getEString(), "certificationValidFrom", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_CertificationValidTo(), ecorePackage.getEString(), "certificationValidTo", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_CareLevel(), ecorePackage.getEString(), "careLevel", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_NeedsAnalysis(), ecorePackage.getEString(), "needsAnalysis", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_CertificationBoardOpinion(), ecorePackage.getEString(), "certificationBoardOpinion", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_OverallPolicy(), ecorePackage.getEString(), "overallPolicy", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_DailyLifeSupportReason(), ecorePackage.getEString(), "dailyLifeSupportReason", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_OtherReason(), ecorePackage.getEString(), "otherReason", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_UpdaterCode(), ecorePackage.getEString(), "updaterCode", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan1_Identifier(), ecorePackage.getEString(), "identifier", null, 0, 1, CarePlan1.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(carePlan1DeletionEClass, CarePlan1Deletion.class, "CarePlan1Deletion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCarePlan1Deletion_PlanDate(), ecorePackage.getEString(), "planDate", null, 0, 1, CarePlan1Deletion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(carePlan2RowEClass, CarePlan2Row.class, "CarePlan2Row", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCarePlan2Row_CreationDate(), ecorePackage.getEString(), "creationDate", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_PlanDate(), ecorePackage.getEString(), "planDate", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_IssueNo(), ecorePackage.getEString(), "issueNo", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_Issue(), ecorePackage.getEString(), "issue", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_GoalNo(), ecorePackage.getEString(), "goalNo", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_LongTermGoal(), ecorePackage.getEString(), "longTermGoal", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_ShortTermGoal(), ecorePackage.getEString(), "shortTermGoal", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_LongTermPeriod(), ecorePackage.getEString(), "longTermPeriod", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_ShortTermPeriod(), ecorePackage.getEString(), "shortTermPeriod", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_SupportNo(), ecorePackage.getEString(), "supportNo", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_ServiceContent(), ecorePackage.getEString(), "serviceContent", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_InsuranceCoverage(), ecorePackage.getEString(), "insuranceCoverage", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_ServiceKind(), ecorePackage.getEString(), "serviceKind", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_ProviderCode(), ecorePackage.getEString(), "providerCode", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_ProviderName(), ecorePackage.getEString(), "providerName", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_Frequency(), ecorePackage.getEString(), "frequency", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_Period(), ecorePackage.getEString(), "period", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_UpdaterCode(), ecorePackage.getEString(), "updaterCode", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2Row_Identifier(), ecorePackage.getEString(), "identifier", null, 0, 1, CarePlan2Row.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceUseRowEClass, ServiceUseRow.class, "ServiceUseRow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceUseRow_CreationDate(), ecorePackage.getEString(), "creationDate", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_TargetMonth(), ecorePackage.getEString(), "targetMonth", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_PlanOfficeCode(), ecorePackage.getEString(), "planOfficeCode", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_PlannerName(), ecorePackage.getEString(), "plannerName", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_Units(), ecorePackage.getEString(), "units", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_ShortStayDaysBeforeMonth(), ecorePackage.getEString(), "shortStayDaysBeforeMonth", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_ServiceDate(), ecorePackage.getEString(), "serviceDate", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_ProRataDays(), ecorePackage.getEString(), "proRataDays", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_StartTime(), ecorePackage.getEString(), "startTime", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_EndTime(), ecorePackage.getEString(), "endTime", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_ServiceCount(), ecorePackage.getEString(), "serviceCount", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_ServiceCode(), ecorePackage.getEString(), "serviceCode", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_DetailCode(), ecorePackage.getEString(), "detailCode", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_ProviderCode(), ecorePackage.getEString(), "providerCode", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_ProviderName(), ecorePackage.getEString(), "providerName", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_SatelliteBranch(), ecorePackage.getEString(), "satelliteBranch", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_Over30Days(), ecorePackage.getEString(), "over30Days", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_UpdaterCode(), ecorePackage.getEString(), "updaterCode", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseRow_Identifier(), ecorePackage.getEString(), "identifier", null, 0, 1, ServiceUseRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceUsePlanDeletionEClass, ServiceUsePlanDeletion.class, "ServiceUsePlanDeletion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceUsePlanDeletion_DeletionTargetMonth(), ecorePackage.getEString(), "deletionTargetMonth", null, 0, 1, ServiceUsePlanDeletion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceActualDeletionEClass, ServiceActualDeletion.class, "ServiceActualDeletion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceActualDeletion_DeletionTargetMonth(), ecorePackage.getEString(), "deletionTargetMonth", null, 0, 1, ServiceActualDeletion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceActualDeletion_ProviderCode(), ecorePackage.getEString(), "providerCode", null, 0, 1, ServiceActualDeletion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceActualDeletion_ServiceType(), ecorePackage.getEString(), "serviceType", null, 0, 1, ServiceActualDeletion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceUseAnnexRowEClass, ServiceUseAnnexRow.class, "ServiceUseAnnexRow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceUseAnnexRow_CreationDate(), ecorePackage.getEString(), "creationDate", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_TargetMonth(), ecorePackage.getEString(), "targetMonth", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_ProviderName(), ecorePackage.getEString(), "providerName", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_ProviderCode(), ecorePackage.getEString(), "providerCode", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_SatelliteBranch(), ecorePackage.getEString(), "satelliteBranch", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_ServiceCode(), ecorePackage.getEString(), "serviceCode", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_Units(), ecorePackage.getEString(), "units", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_DiscountRate(), ecorePackage.getEString(), "discountRate", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_DiscountedUnits(), ecorePackage.getEString(), "discountedUnits", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_CountOrDays(), ecorePackage.getEString(), "countOrDays", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_ServiceUnitsAmount(), ecorePackage.getEString(), "serviceUnitsAmount", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_BenefitManagedUnits(), ecorePackage.getEString(), "benefitManagedUnits", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_TypeLimitExcessUnits(), ecorePackage.getEString(), "typeLimitExcessUnits", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_TypeLimitWithinUnits(), ecorePackage.getEString(), "typeLimitWithinUnits", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_CategoryLimitExcessUnits(), ecorePackage.getEString(), "categoryLimitExcessUnits", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_CategoryLimitWithinUnits(), ecorePackage.getEString(), "categoryLimitWithinUnits", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_UnitPrice(), ecorePackage.getEString(), "unitPrice", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_TotalCost(), ecorePackage.getEString(), "totalCost", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_BenefitRate(), ecorePackage.getEString(), "benefitRate", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_InsuranceClaimAmount(), ecorePackage.getEString(), "insuranceClaimAmount", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_FixedCopayUnitPrice(), ecorePackage.getEString(), "fixedCopayUnitPrice", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_UserCopayInsured(), ecorePackage.getEString(), "userCopayInsured", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_UserCopayFull(), ecorePackage.getEString(), "userCopayFull", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_DaysBeforeMonth(), ecorePackage.getEString(), "daysBeforeMonth", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_PlannedDaysThisMonth(), ecorePackage.getEString(), "plannedDaysThisMonth", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_CumulativeDays(), ecorePackage.getEString(), "cumulativeDays", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_Over30Days(), ecorePackage.getEString(), "over30Days", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_OfficeCode(), ecorePackage.getEString(), "officeCode", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_InputterCode(), ecorePackage.getEString(), "inputterCode", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_UpdaterCode(), ecorePackage.getEString(), "updaterCode", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_Identifier(), ecorePackage.getEString(), "identifier", null, 0, 1, ServiceUseAnnexRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceUseAnnexRow_RowType(), this.getAnnexRowType(), "rowType", null, 0, 1, ServiceUseAnnexRow.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(carePlan2EClass, CarePlan2.class, "CarePlan2", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCarePlan2_InsurerNumber(), ecorePackage.getEString(), "insurerNumber", null, 0, 1, CarePlan2.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2_InsuredNumber(), ecorePackage.getEString(), "insuredNumber", null, 0, 1, CarePlan2.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCarePlan2_PlanDate(), ecorePackage.getEString(), "planDate", null, 0, 1, CarePlan2.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCarePlan2_Needs(), this.getNeed(), null, "needs", null, 0, -1, CarePlan2.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(needEClass, Need.class, "Need", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNeed_Number(), ecorePackage.getEString(), "number", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeed_Text(), ecorePackage.getEString(), "text", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNeed_Goals(), this.getSupportGoal(), null, "goals", null, 0, -1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supportGoalEClass, SupportGoal.class, "SupportGoal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupportGoal_Number(), ecorePackage.getEString(), "number", null, 0, 1, SupportGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupportGoal_LongTermGoal(), ecorePackage.getEString(), "longTermGoal", null, 0, 1, SupportGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupportGoal_LongTermPeriod(), ecorePackage.getEString(), "longTermPeriod", null, 0, 1, SupportGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupportGoal_ShortTermGoal(), ecorePackage.getEString(), "shortTermGoal", null, 0, 1, SupportGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupportGoal_ShortTermPeriod(), ecorePackage.getEString(), "shortTermPeriod", null, 0, 1, SupportGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupportGoal_Supports(), this.getCarePlan2Row(), null, "supports", null, 0, -1, SupportGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(annexRowTypeEEnum, AnnexRowType.class, "AnnexRowType");
		addEEnumLiteral(annexRowTypeEEnum, AnnexRowType.DETAIL);
		addEEnumLiteral(annexRowTypeEEnum, AnnexRowType.TYPE_SUBTOTAL);
		addEEnumLiteral(annexRowTypeEEnum, AnnexRowType.TYPE_SUBTOTAL_OUTSIDE_LIMIT);
		addEEnumLiteral(annexRowTypeEEnum, AnnexRowType.TYPE_SUBTOTAL_OVER_30_DAYS);
		addEEnumLiteral(annexRowTypeEEnum, AnnexRowType.GRAND_TOTAL);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://careplan.jp/labels
		createLabelsAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://careplan.jp/labels</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelsAnnotations() {
		String source = "http://careplan.jp/labels";
		addAnnotation
		  (recordEClass,
		   source,
		   new String[] {
			   "ja", "\u30ec\u30b3\u30fc\u30c9"
		   });
		addAnnotation
		  (careplanDocumentEClass,
		   source,
		   new String[] {
			   "ja", "\u30d5\u30a1\u30a4\u30eb"
		   });
		addAnnotation
		  (getCareplanDocument_Kind(),
		   source,
		   new String[] {
			   "ja", "\u30d5\u30a1\u30a4\u30eb\u7a2e\u985e"
		   });
		addAnnotation
		  (getCareplanDocument_Records(),
		   source,
		   new String[] {
			   "ja", "\u30ec\u30b3\u30fc\u30c9"
		   });
		addAnnotation
		  (supplementaryInfoEClass,
		   source,
		   new String[] {
			   "ja", "\u5229\u7528\u8005\u88dc\u8db3\u60c5\u5831"
		   });
		addAnnotation
		  (carePlan1EClass,
		   source,
		   new String[] {
			   "ja", "\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b1\u8868"
		   });
		addAnnotation
		  (carePlan1DeletionEClass,
		   source,
		   new String[] {
			   "ja", "\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b1\u8868_\u524a\u9664"
		   });
		addAnnotation
		  (carePlan2RowEClass,
		   source,
		   new String[] {
			   "ja", "\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b2\u8868\uff08\u63f4\u52a9\u5185\u5bb9\uff09"
		   });
		addAnnotation
		  (serviceUseRowEClass,
		   source,
		   new String[] {
			   "ja", "\u7b2c6\u8868\uff08\u30b5\u30fc\u30d3\u30b9\u5229\u7528\u7968\uff09"
		   });
		addAnnotation
		  (serviceUsePlanDeletionEClass,
		   source,
		   new String[] {
			   "ja", "\u7b2c6\u8868\uff08\u30b5\u30fc\u30d3\u30b9\u5229\u7528\u7968\uff09\u4e88\u5b9a\u524a\u9664"
		   });
		addAnnotation
		  (serviceActualDeletionEClass,
		   source,
		   new String[] {
			   "ja", "\u7b2c6\u8868 \u5b9f\u7e3e\u60c5\u5831\u524a\u9664"
		   });
		addAnnotation
		  (serviceUseAnnexRowEClass,
		   source,
		   new String[] {
			   "ja", "\u7b2c7\u8868\uff08\u30b5\u30fc\u30d3\u30b9\u5229\u7528\u7968\u5225\u8868\uff09"
		   });
		addAnnotation
		  (getServiceUseAnnexRow_RowType(),
		   source,
		   new String[] {
			   "ja", "\u884c\u306e\u7a2e\u985e"
		   });
		addAnnotation
		  (carePlan2EClass,
		   source,
		   new String[] {
			   "ja", "\u5c45\u5b85\u30b5\u30fc\u30d3\u30b9\u8a08\u753b\u66f8\uff08\uff12\uff09"
		   });
		addAnnotation
		  (getCarePlan2_Needs(),
		   source,
		   new String[] {
			   "ja", "\u8ab2\u984c"
		   });
		addAnnotation
		  (needEClass,
		   source,
		   new String[] {
			   "ja", "\u8ab2\u984c"
		   });
		addAnnotation
		  (getNeed_Goals(),
		   source,
		   new String[] {
			   "ja", "\u63f4\u52a9\u76ee\u6a19"
		   });
		addAnnotation
		  (supportGoalEClass,
		   source,
		   new String[] {
			   "ja", "\u63f4\u52a9\u76ee\u6a19"
		   });
		addAnnotation
		  (getSupportGoal_Supports(),
		   source,
		   new String[] {
			   "ja", "\u63f4\u52a9\u5185\u5bb9"
		   });
	}

} //CareplanPackageImpl
