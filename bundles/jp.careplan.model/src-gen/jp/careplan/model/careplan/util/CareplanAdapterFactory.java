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
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see jp.careplan.model.careplan.CareplanPackage
 * @generated
 */
public class CareplanAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CareplanPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CareplanAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CareplanPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CareplanSwitch<Adapter> modelSwitch =
		new CareplanSwitch<Adapter>() {
			@Override
			public Adapter caseRecord(jp.careplan.model.careplan.Record object) {
				return createRecordAdapter();
			}
			@Override
			public Adapter caseCareplanDocument(CareplanDocument object) {
				return createCareplanDocumentAdapter();
			}
			@Override
			public Adapter caseSupplementaryInfo(SupplementaryInfo object) {
				return createSupplementaryInfoAdapter();
			}
			@Override
			public Adapter caseCarePlan1(CarePlan1 object) {
				return createCarePlan1Adapter();
			}
			@Override
			public Adapter caseCarePlan1Deletion(CarePlan1Deletion object) {
				return createCarePlan1DeletionAdapter();
			}
			@Override
			public Adapter caseCarePlan2Row(CarePlan2Row object) {
				return createCarePlan2RowAdapter();
			}
			@Override
			public Adapter caseServiceUseRow(ServiceUseRow object) {
				return createServiceUseRowAdapter();
			}
			@Override
			public Adapter caseServiceUsePlanDeletion(ServiceUsePlanDeletion object) {
				return createServiceUsePlanDeletionAdapter();
			}
			@Override
			public Adapter caseServiceActualDeletion(ServiceActualDeletion object) {
				return createServiceActualDeletionAdapter();
			}
			@Override
			public Adapter caseServiceUseAnnexRow(ServiceUseAnnexRow object) {
				return createServiceUseAnnexRowAdapter();
			}
			@Override
			public Adapter caseCarePlan2(CarePlan2 object) {
				return createCarePlan2Adapter();
			}
			@Override
			public Adapter caseNeed(Need object) {
				return createNeedAdapter();
			}
			@Override
			public Adapter caseSupportGoal(SupportGoal object) {
				return createSupportGoalAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.Record
	 * @generated
	 */
	public Adapter createRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.CareplanDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.CareplanDocument
	 * @generated
	 */
	public Adapter createCareplanDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.SupplementaryInfo <em>Supplementary Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.SupplementaryInfo
	 * @generated
	 */
	public Adapter createSupplementaryInfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.CarePlan1 <em>Care Plan1</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.CarePlan1
	 * @generated
	 */
	public Adapter createCarePlan1Adapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.CarePlan1Deletion <em>Care Plan1 Deletion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.CarePlan1Deletion
	 * @generated
	 */
	public Adapter createCarePlan1DeletionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.CarePlan2Row <em>Care Plan2 Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.CarePlan2Row
	 * @generated
	 */
	public Adapter createCarePlan2RowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.ServiceUseRow <em>Service Use Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.ServiceUseRow
	 * @generated
	 */
	public Adapter createServiceUseRowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.ServiceUsePlanDeletion <em>Service Use Plan Deletion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.ServiceUsePlanDeletion
	 * @generated
	 */
	public Adapter createServiceUsePlanDeletionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.ServiceActualDeletion <em>Service Actual Deletion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.ServiceActualDeletion
	 * @generated
	 */
	public Adapter createServiceActualDeletionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.ServiceUseAnnexRow <em>Service Use Annex Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.ServiceUseAnnexRow
	 * @generated
	 */
	public Adapter createServiceUseAnnexRowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.CarePlan2 <em>Care Plan2</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.CarePlan2
	 * @generated
	 */
	public Adapter createCarePlan2Adapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.Need <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.Need
	 * @generated
	 */
	public Adapter createNeedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link jp.careplan.model.careplan.SupportGoal <em>Support Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see jp.careplan.model.careplan.SupportGoal
	 * @generated
	 */
	public Adapter createSupportGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CareplanAdapterFactory
