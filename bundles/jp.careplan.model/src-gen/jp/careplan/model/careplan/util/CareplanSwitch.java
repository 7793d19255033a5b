/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan.util;

import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.model.careplan.CarePlan1Deletion;
import jp.careplan.model.careplan.CarePlan2;
import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.CareplanDocument;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Need;
import jp.careplan.model.careplan.ServiceActualDeletion;
import jp.careplan.model.careplan.ServiceUseAnnexRow;
import jp.careplan.model.careplan.ServiceUsePlanDeletion;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.careplan.SupplementaryInfo;

import jp.careplan.model.careplan.SupportGoal;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see jp.careplan.model.careplan.CareplanPackage
 * @generated
 */
public class CareplanSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CareplanPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CareplanSwitch() {
		if (modelPackage == null) {
			modelPackage = CareplanPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CareplanPackage.RECORD: {
				jp.careplan.model.careplan.Record record = (jp.careplan.model.careplan.Record)theEObject;
				T result = caseRecord(record);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.CAREPLAN_DOCUMENT: {
				CareplanDocument careplanDocument = (CareplanDocument)theEObject;
				T result = caseCareplanDocument(careplanDocument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.SUPPLEMENTARY_INFO: {
				SupplementaryInfo supplementaryInfo = (SupplementaryInfo)theEObject;
				T result = caseSupplementaryInfo(supplementaryInfo);
				if (result == null) result = caseRecord(supplementaryInfo);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.CARE_PLAN1: {
				CarePlan1 carePlan1 = (CarePlan1)theEObject;
				T result = caseCarePlan1(carePlan1);
				if (result == null) result = caseRecord(carePlan1);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.CARE_PLAN1_DELETION: {
				CarePlan1Deletion carePlan1Deletion = (CarePlan1Deletion)theEObject;
				T result = caseCarePlan1Deletion(carePlan1Deletion);
				if (result == null) result = caseRecord(carePlan1Deletion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.CARE_PLAN2_ROW: {
				CarePlan2Row carePlan2Row = (CarePlan2Row)theEObject;
				T result = caseCarePlan2Row(carePlan2Row);
				if (result == null) result = caseRecord(carePlan2Row);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.SERVICE_USE_ROW: {
				ServiceUseRow serviceUseRow = (ServiceUseRow)theEObject;
				T result = caseServiceUseRow(serviceUseRow);
				if (result == null) result = caseRecord(serviceUseRow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.SERVICE_USE_PLAN_DELETION: {
				ServiceUsePlanDeletion serviceUsePlanDeletion = (ServiceUsePlanDeletion)theEObject;
				T result = caseServiceUsePlanDeletion(serviceUsePlanDeletion);
				if (result == null) result = caseRecord(serviceUsePlanDeletion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.SERVICE_ACTUAL_DELETION: {
				ServiceActualDeletion serviceActualDeletion = (ServiceActualDeletion)theEObject;
				T result = caseServiceActualDeletion(serviceActualDeletion);
				if (result == null) result = caseRecord(serviceActualDeletion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.SERVICE_USE_ANNEX_ROW: {
				ServiceUseAnnexRow serviceUseAnnexRow = (ServiceUseAnnexRow)theEObject;
				T result = caseServiceUseAnnexRow(serviceUseAnnexRow);
				if (result == null) result = caseRecord(serviceUseAnnexRow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.CARE_PLAN2: {
				CarePlan2 carePlan2 = (CarePlan2)theEObject;
				T result = caseCarePlan2(carePlan2);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.NEED: {
				Need need = (Need)theEObject;
				T result = caseNeed(need);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CareplanPackage.SUPPORT_GOAL: {
				SupportGoal supportGoal = (SupportGoal)theEObject;
				T result = caseSupportGoal(supportGoal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecord(jp.careplan.model.careplan.Record object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Document</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Document</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCareplanDocument(CareplanDocument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Supplementary Info</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Supplementary Info</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSupplementaryInfo(SupplementaryInfo object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Care Plan1</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Care Plan1</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCarePlan1(CarePlan1 object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Care Plan1 Deletion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Care Plan1 Deletion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCarePlan1Deletion(CarePlan1Deletion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Care Plan2 Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Care Plan2 Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCarePlan2Row(CarePlan2Row object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Use Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Use Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceUseRow(ServiceUseRow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Use Plan Deletion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Use Plan Deletion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceUsePlanDeletion(ServiceUsePlanDeletion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Actual Deletion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Actual Deletion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceActualDeletion(ServiceActualDeletion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Use Annex Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Use Annex Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceUseAnnexRow(ServiceUseAnnexRow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Care Plan2</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Care Plan2</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCarePlan2(CarePlan2 object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Need</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Need</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNeed(Need object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Support Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Support Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSupportGoal(SupportGoal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CareplanSwitch
