/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The columns of one file kind in one version, in order (No. 1 first).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.layout.FileLayout#getKind <em>Kind</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getName <em>Name</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getNameEn <em>Name En</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getMonthSegment <em>Month Segment</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getRecordClass <em>Record Class</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getNote <em>Note</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getSendUnits <em>Send Units</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getExtension <em>Extension</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getBranchDigits <em>Branch Digits</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#isAttachment <em>Attachment</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getSignature <em>Signature</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getParentKind <em>Parent Kind</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getKeyFeature <em>Key Feature</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getDeletesKind <em>Deletes Kind</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getReferenceFeature <em>Reference Feature</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getColumns <em>Columns</em>}</li>
 *   <li>{@link jp.careplan.layout.FileLayout#getLayoutSet <em>Layout Set</em>}</li>
 * </ul>
 *
 * @see jp.careplan.layout.LayoutPackage#getFileLayout()
 * @model
 * @generated
 */
public interface FileLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file-name prefix of the kind, e.g. UPPLAN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_Kind()
	 * @model required="true"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 名称 of the file as the standard writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Month Segment</b></em>' attribute.
	 * The literals are from the enumeration {@link jp.careplan.layout.MonthSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month Segment</em>' attribute.
	 * @see jp.careplan.layout.MonthSegment
	 * @see #setMonthSegment(MonthSegment)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_MonthSegment()
	 * @model
	 * @generated
	 */
	MonthSegment getMonthSegment();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getMonthSegment <em>Month Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month Segment</em>' attribute.
	 * @see jp.careplan.layout.MonthSegment
	 * @see #getMonthSegment()
	 * @generated
	 */
	void setMonthSegment(MonthSegment value);

	/**
	 * Returns the value of the '<em><b>Record Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model class one record of the file is read into (none for an attachment).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Class</em>' reference.
	 * @see #setRecordClass(EClass)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_RecordClass()
	 * @model
	 * @generated
	 */
	EClass getRecordClass();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getRecordClass <em>Record Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Class</em>' reference.
	 * @see #getRecordClass()
	 * @generated
	 */
	void setRecordClass(EClass value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Send Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The send units (送信単位) a file of the kind may travel in, as space-separated names: a unit holds files only of kinds that share a name. A name ending in @000000 applies to files whose month segment is 000000, one ending in @month to the others (利用者補足情報 goes with 第1表 or with 第6表 by its month). Empty: the kind travels alone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Send Units</em>' attribute.
	 * @see #setSendUnits(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_SendUnits()
	 * @model
	 * @generated
	 */
	String getSendUnits();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getSendUnits <em>Send Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Units</em>' attribute.
	 * @see #getSendUnits()
	 * @generated
	 */
	void setSendUnits(String value);

	/**
	 * Returns the value of the '<em><b>Extension</b></em>' attribute.
	 * The default value is <code>"CSV"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The extension of the kind's file names as the standard writes it, without the dot (any case is accepted when reading).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extension</em>' attribute.
	 * @see #setExtension(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_Extension()
	 * @model default="CSV"
	 * @generated
	 */
	String getExtension();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getExtension <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension</em>' attribute.
	 * @see #getExtension()
	 * @generated
	 */
	void setExtension(String value);

	/**
	 * Returns the value of the '<em><b>Branch Digits</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of digits of a 枝番 segment after the ファイル連番 (UPKIHON_IMAGE: 4); 0 when the names have none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Branch Digits</em>' attribute.
	 * @see #setBranchDigits(int)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_BranchDigits()
	 * @model default="0"
	 * @generated
	 */
	int getBranchDigits();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getBranchDigits <em>Branch Digits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Branch Digits</em>' attribute.
	 * @see #getBranchDigits()
	 * @generated
	 */
	void setBranchDigits(int value);

	/**
	 * Returns the value of the '<em><b>Attachment</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files of the kind are not CSV but attachments of a record of the parent kind (a 家族構成 image): they are carried through byte for byte, never read as records; the layout has no columns and no record class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachment</em>' attribute.
	 * @see #setAttachment(boolean)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_Attachment()
	 * @model default="false"
	 * @generated
	 */
	boolean isAttachment();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#isAttachment <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachment</em>' attribute.
	 * @see #isAttachment()
	 * @generated
	 */
	void setAttachment(boolean value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an attachment: the bytes every file of the kind begins with, in hexadecimal (a JPEG: FFD8FF); empty when there is no such check.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature</em>' attribute.
	 * @see #setSignature(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_Signature()
	 * @model
	 * @generated
	 */
	String getSignature();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getSignature <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' attribute.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(String value);

	/**
	 * Returns the value of the '<em><b>Parent Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind whose records this kind depends on (UPKIHON_SUB1 → UPKIHON): each record needs a record of that kind with the same 保険者番号, 被保険者番号 and key item (keyFeature) in its unit or an earlier one; for an attachment, a record of that kind whose referenceFeature names the file. Empty: the core's own rules for the 3.2 kinds apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent Kind</em>' attribute.
	 * @see #setParentKind(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_ParentKind()
	 * @model
	 * @generated
	 */
	String getParentKind();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getParentKind <em>Parent Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Kind</em>' attribute.
	 * @see #getParentKind()
	 * @generated
	 */
	void setParentKind(String value);

	/**
	 * Returns the value of the '<em><b>Key Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item that, with 保険者番号 and 被保険者番号, identifies a record of the kind (相談日 of 利用者基本情報), ties it to its parent, or names what a deletion removes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Feature</em>' attribute.
	 * @see #setKeyFeature(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_KeyFeature()
	 * @model
	 * @generated
	 */
	String getKeyFeature();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getKeyFeature <em>Key Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Feature</em>' attribute.
	 * @see #getKeyFeature()
	 * @generated
	 */
	void setKeyFeature(String value);

	/**
	 * Returns the value of the '<em><b>Deletes Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a deletion kind: the kind whose record (same 保険者番号, 被保険者番号 and keyFeature) it removes, with every record of the kinds whose parentKind is that kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deletes Kind</em>' attribute.
	 * @see #setDeletesKind(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_DeletesKind()
	 * @model
	 * @generated
	 */
	String getDeletesKind();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getDeletesKind <em>Deletes Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deletes Kind</em>' attribute.
	 * @see #getDeletesKind()
	 * @generated
	 */
	void setDeletesKind(String value);

	/**
	 * Returns the value of the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an attachment: the parent's item that names the file (家族構成 画像ファイル名).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Feature</em>' attribute.
	 * @see #setReferenceFeature(String)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_ReferenceFeature()
	 * @model
	 * @generated
	 */
	String getReferenceFeature();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getReferenceFeature <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Feature</em>' attribute.
	 * @see #getReferenceFeature()
	 * @generated
	 */
	void setReferenceFeature(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link jp.careplan.layout.Column}.
	 * It is bidirectional and its opposite is '{@link jp.careplan.layout.Column#getFileLayout <em>File Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_Columns()
	 * @see jp.careplan.layout.Column#getFileLayout
	 * @model opposite="fileLayout" containment="true"
	 * @generated
	 */
	EList<Column> getColumns();

	/**
	 * Returns the value of the '<em><b>Layout Set</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link jp.careplan.layout.LayoutSet#getFileLayouts <em>File Layouts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout Set</em>' container reference.
	 * @see #setLayoutSet(LayoutSet)
	 * @see jp.careplan.layout.LayoutPackage#getFileLayout_LayoutSet()
	 * @see jp.careplan.layout.LayoutSet#getFileLayouts
	 * @model opposite="fileLayouts"
	 * @generated
	 */
	LayoutSet getLayoutSet();

	/**
	 * Sets the value of the '{@link jp.careplan.layout.FileLayout#getLayoutSet <em>Layout Set</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Set</em>' container reference.
	 * @see #getLayoutSet()
	 * @generated
	 */
	void setLayoutSet(LayoutSet value);

} // FileLayout
