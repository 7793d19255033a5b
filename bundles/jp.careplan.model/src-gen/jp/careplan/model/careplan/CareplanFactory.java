/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see jp.careplan.model.careplan.CareplanPackage
 * @generated
 */
public interface CareplanFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CareplanFactory eINSTANCE = jp.careplan.model.careplan.impl.CareplanFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Record</em>'.
	 * @generated
	 */
	Record createRecord();

	/**
	 * Returns a new object of class '<em>Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document</em>'.
	 * @generated
	 */
	CareplanDocument createCareplanDocument();

	/**
	 * Returns a new object of class '<em>Supplementary Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Supplementary Info</em>'.
	 * @generated
	 */
	SupplementaryInfo createSupplementaryInfo();

	/**
	 * Returns a new object of class '<em>Care Plan1</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Care Plan1</em>'.
	 * @generated
	 */
	CarePlan1 createCarePlan1();

	/**
	 * Returns a new object of class '<em>Care Plan1 Deletion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Care Plan1 Deletion</em>'.
	 * @generated
	 */
	CarePlan1Deletion createCarePlan1Deletion();

	/**
	 * Returns a new object of class '<em>Care Plan2 Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Care Plan2 Row</em>'.
	 * @generated
	 */
	CarePlan2Row createCarePlan2Row();

	/**
	 * Returns a new object of class '<em>Service Use Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Use Row</em>'.
	 * @generated
	 */
	ServiceUseRow createServiceUseRow();

	/**
	 * Returns a new object of class '<em>Service Use Plan Deletion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Use Plan Deletion</em>'.
	 * @generated
	 */
	ServiceUsePlanDeletion createServiceUsePlanDeletion();

	/**
	 * Returns a new object of class '<em>Service Actual Deletion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Actual Deletion</em>'.
	 * @generated
	 */
	ServiceActualDeletion createServiceActualDeletion();

	/**
	 * Returns a new object of class '<em>Service Use Annex Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Use Annex Row</em>'.
	 * @generated
	 */
	ServiceUseAnnexRow createServiceUseAnnexRow();

	/**
	 * Returns a new object of class '<em>Care Plan2</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Care Plan2</em>'.
	 * @generated
	 */
	CarePlan2 createCarePlan2();

	/**
	 * Returns a new object of class '<em>Need</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Need</em>'.
	 * @generated
	 */
	Need createNeed();

	/**
	 * Returns a new object of class '<em>Support Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Support Goal</em>'.
	 * @generated
	 */
	SupportGoal createSupportGoal();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CareplanPackage getCareplanPackage();

} //CareplanFactory
