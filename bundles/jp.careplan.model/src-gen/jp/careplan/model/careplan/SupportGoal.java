/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from careplan.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.careplan;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Support Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 援助目標 of a 課題 (援助目標ＮＯ): 長期目標 and 短期目標 with their 期間, and the 援助内容 rows that serve it, in file order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.careplan.SupportGoal#getNumber <em>Number</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupportGoal#getLongTermGoal <em>Long Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupportGoal#getLongTermPeriod <em>Long Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupportGoal#getShortTermGoal <em>Short Term Goal</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupportGoal#getShortTermPeriod <em>Short Term Period</em>}</li>
 *   <li>{@link jp.careplan.model.careplan.SupportGoal#getSupports <em>Supports</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.careplan.CareplanPackage#getSupportGoal()
 * @model annotation="http://careplan.jp/labels ja='\u63f4\u52a9\u76ee\u6a19'"
 * @generated
 */
public interface SupportGoal extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 援助目標ＮＯ
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupportGoal_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupportGoal#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Long Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 長期目標
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Long Term Goal</em>' attribute.
	 * @see #setLongTermGoal(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupportGoal_LongTermGoal()
	 * @model
	 * @generated
	 */
	String getLongTermGoal();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupportGoal#getLongTermGoal <em>Long Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Long Term Goal</em>' attribute.
	 * @see #getLongTermGoal()
	 * @generated
	 */
	void setLongTermGoal(String value);

	/**
	 * Returns the value of the '<em><b>Long Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 長期期間
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Long Term Period</em>' attribute.
	 * @see #setLongTermPeriod(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupportGoal_LongTermPeriod()
	 * @model
	 * @generated
	 */
	String getLongTermPeriod();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupportGoal#getLongTermPeriod <em>Long Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Long Term Period</em>' attribute.
	 * @see #getLongTermPeriod()
	 * @generated
	 */
	void setLongTermPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Short Term Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 短期目標
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Term Goal</em>' attribute.
	 * @see #setShortTermGoal(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupportGoal_ShortTermGoal()
	 * @model
	 * @generated
	 */
	String getShortTermGoal();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupportGoal#getShortTermGoal <em>Short Term Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Term Goal</em>' attribute.
	 * @see #getShortTermGoal()
	 * @generated
	 */
	void setShortTermGoal(String value);

	/**
	 * Returns the value of the '<em><b>Short Term Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 短期期間
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Short Term Period</em>' attribute.
	 * @see #setShortTermPeriod(String)
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupportGoal_ShortTermPeriod()
	 * @model
	 * @generated
	 */
	String getShortTermPeriod();

	/**
	 * Sets the value of the '{@link jp.careplan.model.careplan.SupportGoal#getShortTermPeriod <em>Short Term Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Term Period</em>' attribute.
	 * @see #getShortTermPeriod()
	 * @generated
	 */
	void setShortTermPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Supports</b></em>' reference list.
	 * The list contents are of type {@link jp.careplan.model.careplan.CarePlan2Row}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supports</em>' reference list.
	 * @see jp.careplan.model.careplan.CareplanPackage#getSupportGoal_Supports()
	 * @model annotation="http://careplan.jp/labels ja='\u63f4\u52a9\u5185\u5bb9'"
	 * @generated
	 */
	EList<CarePlan2Row> getSupports();

} // SupportGoal
