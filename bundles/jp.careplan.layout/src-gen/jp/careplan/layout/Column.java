/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Column</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One column (項目) of a file layout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.layout.Column#getNumber <em>Number</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getName <em>Name</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#isRequired <em>Required</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getType <em>Type</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getLength <em>Length</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getFormat <em>Format</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getCodeList <em>Code List</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getFeature <em>Feature</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#isFreeText <em>Free Text</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getNote <em>Note</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getUncertainty <em>Uncertainty</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getUncertainAbout <em>Uncertain About</em>}</li>
 *   <li>{@link jp.careplan.layout.Column#getFileLayout <em>File Layout</em>}</li>
 * </ul>
 *
 * @see jp.careplan.layout.LayoutPackage#getColumn()
 * @model
 * @generated
 */
public interface Column extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No.: the 1-based position of the column in a record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Number()
	 * @model required="true"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 日本語名称: the item name exactly as the standard writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link jp.careplan.layout.ColumnType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see jp.careplan.layout.ColumnType
	 * @see #setType(ColumnType)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Type()
	 * @model required="true"
	 * @generated
	 */
	ColumnType getType();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see jp.careplan.layout.ColumnType
	 * @see #getType()
	 * @generated
	 */
	void setType(ColumnType value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 項目長 (the maximum number of characters); 0 where the standard prints ― (free length).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 書式 as the standard writes it, e.g. YYYYMMDD, HHMM, XXX-XXXX, 99.99.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Code List</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code List</em>' reference.
	 * @see #setCodeList(CodeList)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_CodeList()
	 * @model
	 * @generated
	 */
	CodeList getCodeList();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getCodeList <em>Code List</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code List</em>' reference.
	 * @see #getCodeList()
	 * @generated
	 */
	void setCodeList(CodeList value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the attribute of the file layout's record class that holds the column's value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Free Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the item is フリーテキスト: always written in double quotes, with quotes doubled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Free Text</em>' attribute.
	 * @see jp.careplan.layout.LayoutPackage#getColumn_FreeText()
	 * @model required="true" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isFreeText();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The standard's notes on the item (書式、選択肢など), quoted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Uncertainty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is uncertain about this column in the source of the layout, and which reading was chosen; null when nothing is. Rules resting on an uncertain value report warnings, not errors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uncertainty</em>' attribute.
	 * @see #setUncertainty(String)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_Uncertainty()
	 * @model
	 * @generated
	 */
	String getUncertainty();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getUncertainty <em>Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uncertainty</em>' attribute.
	 * @see #getUncertainty()
	 * @generated
	 */
	void setUncertainty(String value);

	/**
	 * Returns the value of the '<em><b>Uncertain About</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which of the column's properties its uncertainty concerns, as words separated by spaces: required, length, format, codes, note, name. Only the problems that rest on one of them are warnings (a value that breaks a certain format is an error although whether the item is required is not); null or empty: all of them, as before this attribute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uncertain About</em>' attribute.
	 * @see #setUncertainAbout(String)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_UncertainAbout()
	 * @model
	 * @generated
	 */
	String getUncertainAbout();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getUncertainAbout <em>Uncertain About</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uncertain About</em>' attribute.
	 * @see #getUncertainAbout()
	 * @generated
	 */
	void setUncertainAbout(String value);

	/**
	 * Returns the value of the '<em><b>File Layout</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link jp.careplan.layout.FileLayout#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Layout</em>' container reference.
	 * @see #setFileLayout(FileLayout)
	 * @see jp.careplan.layout.LayoutPackage#getColumn_FileLayout()
	 * @see jp.careplan.layout.FileLayout#getColumns
	 * @model opposite="columns"
	 * @generated
	 */
	FileLayout getFileLayout();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.Column#getFileLayout <em>File Layout</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Layout</em>' container reference.
	 * @see #getFileLayout()
	 * @generated
	 */
	void setFileLayout(FileLayout value);

} // Column
