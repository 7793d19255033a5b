/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout;

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
 * The layout model: a version of the standard's CSV files as data. A layout set (one CSVバージョン from a first service month) holds a file layout per file kind; a file layout lists its columns in order with the standard's item name, whether the item is required, its type, length, format and code list, and which feature of the record class it binds.
 * <!-- end-model-doc -->
 * @see jp.careplan.layout.LayoutFactory
 * @model kind="package"
 * @generated
 */
public interface LayoutPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "layout";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://careplan.jp/model/layout/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "layout";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LayoutPackage eINSTANCE = jp.careplan.layout.impl.LayoutPackageImpl.init();

	/**
	 * The meta object id for the '{@link jp.careplan.layout.impl.LayoutSetImpl <em>Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.layout.impl.LayoutSetImpl
	 * @see jp.careplan.layout.impl.LayoutPackageImpl#getLayoutSet()
	 * @generated
	 */
	int LAYOUT_SET = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Standard Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__STANDARD_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Csv Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__CSV_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__VALID_FROM = 4;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__PRIORITY = 5;

	/**
	 * The feature id for the '<em><b>File Name Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__FILE_NAME_RULE = 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__NOTE = 7;

	/**
	 * The feature id for the '<em><b>File Layouts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__FILE_LAYOUTS = 8;

	/**
	 * The feature id for the '<em><b>Code Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET__CODE_LISTS = 9;

	/**
	 * The number of structural features of the '<em>Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.layout.impl.FileLayoutImpl <em>File Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.layout.impl.FileLayoutImpl
	 * @see jp.careplan.layout.impl.LayoutPackageImpl#getFileLayout()
	 * @generated
	 */
	int FILE_LAYOUT = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__NAME_EN = 2;

	/**
	 * The feature id for the '<em><b>Month Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__MONTH_SEGMENT = 3;

	/**
	 * The feature id for the '<em><b>Record Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__RECORD_CLASS = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__NOTE = 5;

	/**
	 * The feature id for the '<em><b>Send Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__SEND_UNITS = 6;

	/**
	 * The feature id for the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__EXTENSION = 7;

	/**
	 * The feature id for the '<em><b>Branch Digits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__BRANCH_DIGITS = 8;

	/**
	 * The feature id for the '<em><b>Attachment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__ATTACHMENT = 9;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__SIGNATURE = 10;

	/**
	 * The feature id for the '<em><b>Parent Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__PARENT_KIND = 11;

	/**
	 * The feature id for the '<em><b>Key Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__KEY_FEATURE = 12;

	/**
	 * The feature id for the '<em><b>Deletes Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__DELETES_KIND = 13;

	/**
	 * The feature id for the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__REFERENCE_FEATURE = 14;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__COLUMNS = 15;

	/**
	 * The feature id for the '<em><b>Layout Set</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT__LAYOUT_SET = 16;

	/**
	 * The number of structural features of the '<em>File Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>File Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.layout.impl.ColumnImpl <em>Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.layout.impl.ColumnImpl
	 * @see jp.careplan.layout.impl.LayoutPackageImpl#getColumn()
	 * @generated
	 */
	int COLUMN = 2;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__REQUIRED = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__LENGTH = 4;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__FORMAT = 5;

	/**
	 * The feature id for the '<em><b>Code List</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__CODE_LIST = 6;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__FEATURE = 7;

	/**
	 * The feature id for the '<em><b>Free Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__FREE_TEXT = 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__NOTE = 9;

	/**
	 * The feature id for the '<em><b>Uncertainty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__UNCERTAINTY = 10;

	/**
	 * The feature id for the '<em><b>Uncertain About</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__UNCERTAIN_ABOUT = 11;

	/**
	 * The feature id for the '<em><b>File Layout</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__FILE_LAYOUT = 12;

	/**
	 * The number of structural features of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.layout.impl.CodeListImpl <em>Code List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.layout.impl.CodeListImpl
	 * @see jp.careplan.layout.impl.LayoutPackageImpl#getCodeList()
	 * @generated
	 */
	int CODE_LIST = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__NAME = 1;

	/**
	 * The feature id for the '<em><b>Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__OPEN = 2;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__CODES = 3;

	/**
	 * The number of structural features of the '<em>Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.layout.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.layout.impl.CodeImpl
	 * @see jp.careplan.layout.impl.LayoutPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 4;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.layout.MonthSegment <em>Month Segment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.layout.MonthSegment
	 * @see jp.careplan.layout.impl.LayoutPackageImpl#getMonthSegment()
	 * @generated
	 */
	int MONTH_SEGMENT = 5;

	/**
	 * The meta object id for the '{@link jp.careplan.layout.ColumnType <em>Column Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.layout.ColumnType
	 * @see jp.careplan.layout.impl.LayoutPackageImpl#getColumnType()
	 * @generated
	 */
	int COLUMN_TYPE = 6;


	/**
	 * Returns the meta object for class '{@link jp.careplan.layout.LayoutSet <em>Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set</em>'.
	 * @see jp.careplan.layout.LayoutSet
	 * @generated
	 */
	EClass getLayoutSet();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see jp.careplan.layout.LayoutSet#getId()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see jp.careplan.layout.LayoutSet#getLabel()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_Label();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getStandardVersion <em>Standard Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Version</em>'.
	 * @see jp.careplan.layout.LayoutSet#getStandardVersion()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_StandardVersion();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getCsvVersion <em>Csv Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Csv Version</em>'.
	 * @see jp.careplan.layout.LayoutSet#getCsvVersion()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_CsvVersion();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see jp.careplan.layout.LayoutSet#getValidFrom()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see jp.careplan.layout.LayoutSet#getPriority()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_Priority();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getFileNameRule <em>File Name Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name Rule</em>'.
	 * @see jp.careplan.layout.LayoutSet#getFileNameRule()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_FileNameRule();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.LayoutSet#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see jp.careplan.layout.LayoutSet#getNote()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EAttribute getLayoutSet_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.layout.LayoutSet#getFileLayouts <em>File Layouts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>File Layouts</em>'.
	 * @see jp.careplan.layout.LayoutSet#getFileLayouts()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EReference getLayoutSet_FileLayouts();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.layout.LayoutSet#getCodeLists <em>Code Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Code Lists</em>'.
	 * @see jp.careplan.layout.LayoutSet#getCodeLists()
	 * @see #getLayoutSet()
	 * @generated
	 */
	EReference getLayoutSet_CodeLists();

	/**
	 * Returns the meta object for class '{@link jp.careplan.layout.FileLayout <em>File Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Layout</em>'.
	 * @see jp.careplan.layout.FileLayout
	 * @generated
	 */
	EClass getFileLayout();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see jp.careplan.layout.FileLayout#getKind()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_Kind();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see jp.careplan.layout.FileLayout#getName()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_Name();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see jp.careplan.layout.FileLayout#getNameEn()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getMonthSegment <em>Month Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month Segment</em>'.
	 * @see jp.careplan.layout.FileLayout#getMonthSegment()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_MonthSegment();

	/**
	 * Returns the meta object for the reference '{@link jp.careplan.layout.FileLayout#getRecordClass <em>Record Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Record Class</em>'.
	 * @see jp.careplan.layout.FileLayout#getRecordClass()
	 * @see #getFileLayout()
	 * @generated
	 */
	EReference getFileLayout_RecordClass();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see jp.careplan.layout.FileLayout#getNote()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_Note();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getSendUnits <em>Send Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Units</em>'.
	 * @see jp.careplan.layout.FileLayout#getSendUnits()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_SendUnits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension</em>'.
	 * @see jp.careplan.layout.FileLayout#getExtension()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_Extension();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getBranchDigits <em>Branch Digits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Branch Digits</em>'.
	 * @see jp.careplan.layout.FileLayout#getBranchDigits()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_BranchDigits();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#isAttachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attachment</em>'.
	 * @see jp.careplan.layout.FileLayout#isAttachment()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_Attachment();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature</em>'.
	 * @see jp.careplan.layout.FileLayout#getSignature()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_Signature();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getParentKind <em>Parent Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Kind</em>'.
	 * @see jp.careplan.layout.FileLayout#getParentKind()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_ParentKind();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getKeyFeature <em>Key Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Feature</em>'.
	 * @see jp.careplan.layout.FileLayout#getKeyFeature()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_KeyFeature();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getDeletesKind <em>Deletes Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deletes Kind</em>'.
	 * @see jp.careplan.layout.FileLayout#getDeletesKind()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_DeletesKind();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.FileLayout#getReferenceFeature <em>Reference Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Feature</em>'.
	 * @see jp.careplan.layout.FileLayout#getReferenceFeature()
	 * @see #getFileLayout()
	 * @generated
	 */
	EAttribute getFileLayout_ReferenceFeature();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.layout.FileLayout#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see jp.careplan.layout.FileLayout#getColumns()
	 * @see #getFileLayout()
	 * @generated
	 */
	EReference getFileLayout_Columns();

	/**
	 * Returns the meta object for the container reference '{@link jp.careplan.layout.FileLayout#getLayoutSet <em>Layout Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Layout Set</em>'.
	 * @see jp.careplan.layout.FileLayout#getLayoutSet()
	 * @see #getFileLayout()
	 * @generated
	 */
	EReference getFileLayout_LayoutSet();

	/**
	 * Returns the meta object for class '{@link jp.careplan.layout.Column <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column</em>'.
	 * @see jp.careplan.layout.Column
	 * @generated
	 */
	EClass getColumn();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see jp.careplan.layout.Column#getNumber()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Number();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see jp.careplan.layout.Column#getName()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Name();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see jp.careplan.layout.Column#isRequired()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Required();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see jp.careplan.layout.Column#getType()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Type();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see jp.careplan.layout.Column#getLength()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Length();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see jp.careplan.layout.Column#getFormat()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Format();

	/**
	 * Returns the meta object for the reference '{@link jp.careplan.layout.Column#getCodeList <em>Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code List</em>'.
	 * @see jp.careplan.layout.Column#getCodeList()
	 * @see #getColumn()
	 * @generated
	 */
	EReference getColumn_CodeList();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see jp.careplan.layout.Column#getFeature()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Feature();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#isFreeText <em>Free Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Free Text</em>'.
	 * @see jp.careplan.layout.Column#isFreeText()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_FreeText();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see jp.careplan.layout.Column#getNote()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Note();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getUncertainty <em>Uncertainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uncertainty</em>'.
	 * @see jp.careplan.layout.Column#getUncertainty()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Uncertainty();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Column#getUncertainAbout <em>Uncertain About</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uncertain About</em>'.
	 * @see jp.careplan.layout.Column#getUncertainAbout()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_UncertainAbout();

	/**
	 * Returns the meta object for the container reference '{@link jp.careplan.layout.Column#getFileLayout <em>File Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>File Layout</em>'.
	 * @see jp.careplan.layout.Column#getFileLayout()
	 * @see #getColumn()
	 * @generated
	 */
	EReference getColumn_FileLayout();

	/**
	 * Returns the meta object for class '{@link jp.careplan.layout.CodeList <em>Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code List</em>'.
	 * @see jp.careplan.layout.CodeList
	 * @generated
	 */
	EClass getCodeList();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.CodeList#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see jp.careplan.layout.CodeList#getId()
	 * @see #getCodeList()
	 * @generated
	 */
	EAttribute getCodeList_Id();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.CodeList#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see jp.careplan.layout.CodeList#getName()
	 * @see #getCodeList()
	 * @generated
	 */
	EAttribute getCodeList_Name();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.CodeList#isOpen <em>Open</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open</em>'.
	 * @see jp.careplan.layout.CodeList#isOpen()
	 * @see #getCodeList()
	 * @generated
	 */
	EAttribute getCodeList_Open();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.layout.CodeList#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see jp.careplan.layout.CodeList#getCodes()
	 * @see #getCodeList()
	 * @generated
	 */
	EReference getCodeList_Codes();

	/**
	 * Returns the meta object for class '{@link jp.careplan.layout.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see jp.careplan.layout.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Code#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see jp.careplan.layout.Code#getValue()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Value();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.layout.Code#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see jp.careplan.layout.Code#getLabel()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Label();

	/**
	 * Returns the meta object for enum '{@link jp.careplan.layout.MonthSegment <em>Month Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Month Segment</em>'.
	 * @see jp.careplan.layout.MonthSegment
	 * @generated
	 */
	EEnum getMonthSegment();

	/**
	 * Returns the meta object for enum '{@link jp.careplan.layout.ColumnType <em>Column Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Column Type</em>'.
	 * @see jp.careplan.layout.ColumnType
	 * @generated
	 */
	EEnum getColumnType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LayoutFactory getLayoutFactory();

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
		 * The meta object literal for the '{@link jp.careplan.layout.impl.LayoutSetImpl <em>Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.layout.impl.LayoutSetImpl
		 * @see jp.careplan.layout.impl.LayoutPackageImpl#getLayoutSet()
		 * @generated
		 */
		EClass LAYOUT_SET = eINSTANCE.getLayoutSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__ID = eINSTANCE.getLayoutSet_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__LABEL = eINSTANCE.getLayoutSet_Label();

		/**
		 * The meta object literal for the '<em><b>Standard Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__STANDARD_VERSION = eINSTANCE.getLayoutSet_StandardVersion();

		/**
		 * The meta object literal for the '<em><b>Csv Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__CSV_VERSION = eINSTANCE.getLayoutSet_CsvVersion();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__VALID_FROM = eINSTANCE.getLayoutSet_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__PRIORITY = eINSTANCE.getLayoutSet_Priority();

		/**
		 * The meta object literal for the '<em><b>File Name Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__FILE_NAME_RULE = eINSTANCE.getLayoutSet_FileNameRule();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_SET__NOTE = eINSTANCE.getLayoutSet_Note();

		/**
		 * The meta object literal for the '<em><b>File Layouts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT_SET__FILE_LAYOUTS = eINSTANCE.getLayoutSet_FileLayouts();

		/**
		 * The meta object literal for the '<em><b>Code Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT_SET__CODE_LISTS = eINSTANCE.getLayoutSet_CodeLists();

		/**
		 * The meta object literal for the '{@link jp.careplan.layout.impl.FileLayoutImpl <em>File Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.layout.impl.FileLayoutImpl
		 * @see jp.careplan.layout.impl.LayoutPackageImpl#getFileLayout()
		 * @generated
		 */
		EClass FILE_LAYOUT = eINSTANCE.getFileLayout();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__KIND = eINSTANCE.getFileLayout_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__NAME = eINSTANCE.getFileLayout_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__NAME_EN = eINSTANCE.getFileLayout_NameEn();

		/**
		 * The meta object literal for the '<em><b>Month Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__MONTH_SEGMENT = eINSTANCE.getFileLayout_MonthSegment();

		/**
		 * The meta object literal for the '<em><b>Record Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE_LAYOUT__RECORD_CLASS = eINSTANCE.getFileLayout_RecordClass();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__NOTE = eINSTANCE.getFileLayout_Note();

		/**
		 * The meta object literal for the '<em><b>Send Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__SEND_UNITS = eINSTANCE.getFileLayout_SendUnits();

		/**
		 * The meta object literal for the '<em><b>Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__EXTENSION = eINSTANCE.getFileLayout_Extension();

		/**
		 * The meta object literal for the '<em><b>Branch Digits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__BRANCH_DIGITS = eINSTANCE.getFileLayout_BranchDigits();

		/**
		 * The meta object literal for the '<em><b>Attachment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__ATTACHMENT = eINSTANCE.getFileLayout_Attachment();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__SIGNATURE = eINSTANCE.getFileLayout_Signature();

		/**
		 * The meta object literal for the '<em><b>Parent Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__PARENT_KIND = eINSTANCE.getFileLayout_ParentKind();

		/**
		 * The meta object literal for the '<em><b>Key Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__KEY_FEATURE = eINSTANCE.getFileLayout_KeyFeature();

		/**
		 * The meta object literal for the '<em><b>Deletes Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__DELETES_KIND = eINSTANCE.getFileLayout_DeletesKind();

		/**
		 * The meta object literal for the '<em><b>Reference Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_LAYOUT__REFERENCE_FEATURE = eINSTANCE.getFileLayout_ReferenceFeature();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE_LAYOUT__COLUMNS = eINSTANCE.getFileLayout_Columns();

		/**
		 * The meta object literal for the '<em><b>Layout Set</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE_LAYOUT__LAYOUT_SET = eINSTANCE.getFileLayout_LayoutSet();

		/**
		 * The meta object literal for the '{@link jp.careplan.layout.impl.ColumnImpl <em>Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.layout.impl.ColumnImpl
		 * @see jp.careplan.layout.impl.LayoutPackageImpl#getColumn()
		 * @generated
		 */
		EClass COLUMN = eINSTANCE.getColumn();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__NUMBER = eINSTANCE.getColumn_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__NAME = eINSTANCE.getColumn_Name();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__REQUIRED = eINSTANCE.getColumn_Required();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__TYPE = eINSTANCE.getColumn_Type();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__LENGTH = eINSTANCE.getColumn_Length();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__FORMAT = eINSTANCE.getColumn_Format();

		/**
		 * The meta object literal for the '<em><b>Code List</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN__CODE_LIST = eINSTANCE.getColumn_CodeList();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__FEATURE = eINSTANCE.getColumn_Feature();

		/**
		 * The meta object literal for the '<em><b>Free Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__FREE_TEXT = eINSTANCE.getColumn_FreeText();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__NOTE = eINSTANCE.getColumn_Note();

		/**
		 * The meta object literal for the '<em><b>Uncertainty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__UNCERTAINTY = eINSTANCE.getColumn_Uncertainty();

		/**
		 * The meta object literal for the '<em><b>Uncertain About</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__UNCERTAIN_ABOUT = eINSTANCE.getColumn_UncertainAbout();

		/**
		 * The meta object literal for the '<em><b>File Layout</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN__FILE_LAYOUT = eINSTANCE.getColumn_FileLayout();

		/**
		 * The meta object literal for the '{@link jp.careplan.layout.impl.CodeListImpl <em>Code List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.layout.impl.CodeListImpl
		 * @see jp.careplan.layout.impl.LayoutPackageImpl#getCodeList()
		 * @generated
		 */
		EClass CODE_LIST = eINSTANCE.getCodeList();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST__ID = eINSTANCE.getCodeList_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST__NAME = eINSTANCE.getCodeList_Name();

		/**
		 * The meta object literal for the '<em><b>Open</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST__OPEN = eINSTANCE.getCodeList_Open();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_LIST__CODES = eINSTANCE.getCodeList_Codes();

		/**
		 * The meta object literal for the '{@link jp.careplan.layout.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.layout.impl.CodeImpl
		 * @see jp.careplan.layout.impl.LayoutPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__VALUE = eINSTANCE.getCode_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__LABEL = eINSTANCE.getCode_Label();

		/**
		 * The meta object literal for the '{@link jp.careplan.layout.MonthSegment <em>Month Segment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.layout.MonthSegment
		 * @see jp.careplan.layout.impl.LayoutPackageImpl#getMonthSegment()
		 * @generated
		 */
		EEnum MONTH_SEGMENT = eINSTANCE.getMonthSegment();

		/**
		 * The meta object literal for the '{@link jp.careplan.layout.ColumnType <em>Column Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.layout.ColumnType
		 * @see jp.careplan.layout.impl.LayoutPackageImpl#getColumnType()
		 * @generated
		 */
		EEnum COLUMN_TYPE = eINSTANCE.getColumnType();

	}

} //LayoutPackage
