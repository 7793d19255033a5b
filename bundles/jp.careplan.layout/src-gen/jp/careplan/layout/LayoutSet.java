/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The layouts of one version of the standard, e.g. 3.2 (CSVバージョン 202208).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.layout.LayoutSet#getId <em>Id</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getLabel <em>Label</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getStandardVersion <em>Standard Version</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getCsvVersion <em>Csv Version</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getPriority <em>Priority</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getFileNameRule <em>File Name Rule</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getNote <em>Note</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getFileLayouts <em>File Layouts</em>}</li>
 *   <li>{@link jp.careplan.layout.LayoutSet#getCodeLists <em>Code Lists</em>}</li>
 * </ul>
 *
 * @see jp.careplan.layout.LayoutPackage#getLayoutSet()
 * @model
 * @generated
 */
public interface LayoutSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Standard Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 版数 of the specification, e.g. 3.2 or 4.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard Version</em>' attribute.
	 * @see #setStandardVersion(String)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_StandardVersion()
	 * @model
	 * @generated
	 */
	String getStandardVersion();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getStandardVersion <em>Standard Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Version</em>' attribute.
	 * @see #getStandardVersion()
	 * @generated
	 */
	void setStandardVersion(String value);

	/**
	 * Returns the value of the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CSVバージョン value in column 1 of every record, e.g. 202208.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Csv Version</em>' attribute.
	 * @see #setCsvVersion(String)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_CsvVersion()
	 * @model required="true"
	 * @generated
	 */
	String getCsvVersion();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getCsvVersion <em>Csv Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Csv Version</em>' attribute.
	 * @see #getCsvVersion()
	 * @generated
	 */
	void setCsvVersion(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first service month (YYYYMM) the version applies to (適用開始年月).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(String)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_ValidFrom()
	 * @model required="true"
	 * @generated
	 */
	String getValidFrom();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_Priority()
	 * @model default="0"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>File Name Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The naming rule this version's file names follow at the least, as the exchange model's NamingRule writes it: 3.2 (no サービス種類コード segments) or 4.x (a サービス種類コード after each 事業所番号). A file read by these layouts whose name follows an earlier rule lacks what the version's names carry and is reported (CSV-NAME-RULE, a warning); a later rule's name is not (a sender of 4.x names may well send a month of 3.2 content so). Empty: not checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name Rule</em>' attribute.
	 * @see #setFileNameRule(String)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_FileNameRule()
	 * @model
	 * @generated
	 */
	String getFileNameRule();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getFileNameRule <em>File Name Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name Rule</em>' attribute.
	 * @see #getFileNameRule()
	 * @generated
	 */
	void setFileNameRule(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.LayoutSet#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>File Layouts</b></em>' containment reference list.
	 * The list contents are of type {@link jp.careplan.layout.FileLayout}.
	 * It is bidirectional and its opposite is '{@link jp.careplan.layout.FileLayout#getLayoutSet <em>Layout Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Layouts</em>' containment reference list.
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_FileLayouts()
	 * @see jp.careplan.layout.FileLayout#getLayoutSet
	 * @model opposite="layoutSet" containment="true"
	 * @generated
	 */
	EList<FileLayout> getFileLayouts();

	/**
	 * Returns the value of the '<em><b>Code Lists</b></em>' containment reference list.
	 * The list contents are of type {@link jp.careplan.layout.CodeList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Lists</em>' containment reference list.
	 * @see jp.careplan.layout.LayoutPackage#getLayoutSet_CodeLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeList> getCodeLists();

} // LayoutSet
