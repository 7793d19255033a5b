/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout.impl;

import java.util.Collection;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutPackage;
import jp.careplan.layout.LayoutSet;
import jp.careplan.layout.MonthSegment;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Layout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getName <em>Name</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getMonthSegment <em>Month Segment</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getRecordClass <em>Record Class</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getNote <em>Note</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getSendUnits <em>Send Units</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getExtension <em>Extension</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getBranchDigits <em>Branch Digits</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#isAttachment <em>Attachment</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getParentKind <em>Parent Kind</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getKeyFeature <em>Key Feature</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getDeletesKind <em>Deletes Kind</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getReferenceFeature <em>Reference Feature</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.FileLayoutImpl#getLayoutSet <em>Layout Set</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileLayoutImpl extends MinimalEObjectImpl.Container implements FileLayout {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthSegment() <em>Month Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthSegment()
	 * @generated
	 * @ordered
	 */
	protected static final MonthSegment MONTH_SEGMENT_EDEFAULT = MonthSegment.NONE;

	/**
	 * The cached value of the '{@link #getMonthSegment() <em>Month Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthSegment()
	 * @generated
	 * @ordered
	 */
	protected MonthSegment monthSegment = MONTH_SEGMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecordClass() <em>Record Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordClass()
	 * @generated
	 * @ordered
	 */
	protected EClass recordClass;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSendUnits() <em>Send Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String SEND_UNITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSendUnits() <em>Send Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendUnits()
	 * @generated
	 * @ordered
	 */
	protected String sendUnits = SEND_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtension() <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtension()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTENSION_EDEFAULT = "CSV";

	/**
	 * The cached value of the '{@link #getExtension() <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtension()
	 * @generated
	 * @ordered
	 */
	protected String extension = EXTENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBranchDigits() <em>Branch Digits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranchDigits()
	 * @generated
	 * @ordered
	 */
	protected static final int BRANCH_DIGITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBranchDigits() <em>Branch Digits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranchDigits()
	 * @generated
	 * @ordered
	 */
	protected int branchDigits = BRANCH_DIGITS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAttachment() <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttachment()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTACHMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAttachment() <em>Attachment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttachment()
	 * @generated
	 * @ordered
	 */
	protected boolean attachment = ATTACHMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected String signature = SIGNATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentKind() <em>Parent Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentKind()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentKind() <em>Parent Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentKind()
	 * @generated
	 * @ordered
	 */
	protected String parentKind = PARENT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyFeature() <em>Key Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyFeature() <em>Key Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFeature()
	 * @generated
	 * @ordered
	 */
	protected String keyFeature = KEY_FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeletesKind() <em>Deletes Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletesKind()
	 * @generated
	 * @ordered
	 */
	protected static final String DELETES_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletesKind() <em>Deletes Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletesKind()
	 * @generated
	 * @ordered
	 */
	protected String deletesKind = DELETES_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceFeature() <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceFeature() <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceFeature()
	 * @generated
	 * @ordered
	 */
	protected String referenceFeature = REFERENCE_FEATURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<Column> columns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileLayoutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LayoutPackage.Literals.FILE_LAYOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonthSegment getMonthSegment() {
		return monthSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthSegment(MonthSegment newMonthSegment) {
		MonthSegment oldMonthSegment = monthSegment;
		monthSegment = newMonthSegment == null ? MONTH_SEGMENT_EDEFAULT : newMonthSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__MONTH_SEGMENT, oldMonthSegment, monthSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecordClass() {
		if (recordClass != null && recordClass.eIsProxy()) {
			InternalEObject oldRecordClass = (InternalEObject)recordClass;
			recordClass = (EClass)eResolveProxy(oldRecordClass);
			if (recordClass != oldRecordClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LayoutPackage.FILE_LAYOUT__RECORD_CLASS, oldRecordClass, recordClass));
			}
		}
		return recordClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EClass basicGetRecordClass() {
		return recordClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordClass(EClass newRecordClass) {
		EClass oldRecordClass = recordClass;
		recordClass = newRecordClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__RECORD_CLASS, oldRecordClass, recordClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSendUnits() {
		return sendUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSendUnits(String newSendUnits) {
		String oldSendUnits = sendUnits;
		sendUnits = newSendUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__SEND_UNITS, oldSendUnits, sendUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExtension() {
		return extension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtension(String newExtension) {
		String oldExtension = extension;
		extension = newExtension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__EXTENSION, oldExtension, extension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBranchDigits() {
		return branchDigits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBranchDigits(int newBranchDigits) {
		int oldBranchDigits = branchDigits;
		branchDigits = newBranchDigits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__BRANCH_DIGITS, oldBranchDigits, branchDigits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAttachment() {
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachment(boolean newAttachment) {
		boolean oldAttachment = attachment;
		attachment = newAttachment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__ATTACHMENT, oldAttachment, attachment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(String newSignature) {
		String oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__SIGNATURE, oldSignature, signature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentKind() {
		return parentKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentKind(String newParentKind) {
		String oldParentKind = parentKind;
		parentKind = newParentKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__PARENT_KIND, oldParentKind, parentKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyFeature() {
		return keyFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyFeature(String newKeyFeature) {
		String oldKeyFeature = keyFeature;
		keyFeature = newKeyFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__KEY_FEATURE, oldKeyFeature, keyFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeletesKind() {
		return deletesKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletesKind(String newDeletesKind) {
		String oldDeletesKind = deletesKind;
		deletesKind = newDeletesKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__DELETES_KIND, oldDeletesKind, deletesKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceFeature() {
		return referenceFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceFeature(String newReferenceFeature) {
		String oldReferenceFeature = referenceFeature;
		referenceFeature = newReferenceFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__REFERENCE_FEATURE, oldReferenceFeature, referenceFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Column> getColumns() {
		if (columns == null) {
			columns = new EObjectContainmentWithInverseEList<Column>(Column.class, this, LayoutPackage.FILE_LAYOUT__COLUMNS, LayoutPackage.COLUMN__FILE_LAYOUT);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutSet getLayoutSet() {
		if (eContainerFeatureID() != LayoutPackage.FILE_LAYOUT__LAYOUT_SET) return null;
		return (LayoutSet)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLayoutSet(LayoutSet newLayoutSet, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newLayoutSet, LayoutPackage.FILE_LAYOUT__LAYOUT_SET, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutSet(LayoutSet newLayoutSet) {
		if (newLayoutSet != eInternalContainer() || (eContainerFeatureID() != LayoutPackage.FILE_LAYOUT__LAYOUT_SET && newLayoutSet != null)) {
			if (EcoreUtil.isAncestor(this, newLayoutSet))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newLayoutSet != null)
				msgs = ((InternalEObject)newLayoutSet).eInverseAdd(this, LayoutPackage.LAYOUT_SET__FILE_LAYOUTS, LayoutSet.class, msgs);
			msgs = basicSetLayoutSet(newLayoutSet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.FILE_LAYOUT__LAYOUT_SET, newLayoutSet, newLayoutSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LayoutPackage.FILE_LAYOUT__COLUMNS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getColumns()).basicAdd(otherEnd, msgs);
			case LayoutPackage.FILE_LAYOUT__LAYOUT_SET:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetLayoutSet((LayoutSet)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LayoutPackage.FILE_LAYOUT__COLUMNS:
				return ((InternalEList<?>)getColumns()).basicRemove(otherEnd, msgs);
			case LayoutPackage.FILE_LAYOUT__LAYOUT_SET:
				return basicSetLayoutSet(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case LayoutPackage.FILE_LAYOUT__LAYOUT_SET:
				return eInternalContainer().eInverseRemove(this, LayoutPackage.LAYOUT_SET__FILE_LAYOUTS, LayoutSet.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LayoutPackage.FILE_LAYOUT__KIND:
				return getKind();
			case LayoutPackage.FILE_LAYOUT__NAME:
				return getName();
			case LayoutPackage.FILE_LAYOUT__NAME_EN:
				return getNameEn();
			case LayoutPackage.FILE_LAYOUT__MONTH_SEGMENT:
				return getMonthSegment();
			case LayoutPackage.FILE_LAYOUT__RECORD_CLASS:
				if (resolve) return getRecordClass();
				return basicGetRecordClass();
			case LayoutPackage.FILE_LAYOUT__NOTE:
				return getNote();
			case LayoutPackage.FILE_LAYOUT__SEND_UNITS:
				return getSendUnits();
			case LayoutPackage.FILE_LAYOUT__EXTENSION:
				return getExtension();
			case LayoutPackage.FILE_LAYOUT__BRANCH_DIGITS:
				return getBranchDigits();
			case LayoutPackage.FILE_LAYOUT__ATTACHMENT:
				return isAttachment();
			case LayoutPackage.FILE_LAYOUT__SIGNATURE:
				return getSignature();
			case LayoutPackage.FILE_LAYOUT__PARENT_KIND:
				return getParentKind();
			case LayoutPackage.FILE_LAYOUT__KEY_FEATURE:
				return getKeyFeature();
			case LayoutPackage.FILE_LAYOUT__DELETES_KIND:
				return getDeletesKind();
			case LayoutPackage.FILE_LAYOUT__REFERENCE_FEATURE:
				return getReferenceFeature();
			case LayoutPackage.FILE_LAYOUT__COLUMNS:
				return getColumns();
			case LayoutPackage.FILE_LAYOUT__LAYOUT_SET:
				return getLayoutSet();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LayoutPackage.FILE_LAYOUT__KIND:
				setKind((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__NAME:
				setName((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__NAME_EN:
				setNameEn((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__MONTH_SEGMENT:
				setMonthSegment((MonthSegment)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__RECORD_CLASS:
				setRecordClass((EClass)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__NOTE:
				setNote((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__SEND_UNITS:
				setSendUnits((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__EXTENSION:
				setExtension((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__BRANCH_DIGITS:
				setBranchDigits((Integer)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__ATTACHMENT:
				setAttachment((Boolean)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__SIGNATURE:
				setSignature((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__PARENT_KIND:
				setParentKind((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__KEY_FEATURE:
				setKeyFeature((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__DELETES_KIND:
				setDeletesKind((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__REFERENCE_FEATURE:
				setReferenceFeature((String)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends Column>)newValue);
				return;
			case LayoutPackage.FILE_LAYOUT__LAYOUT_SET:
				setLayoutSet((LayoutSet)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LayoutPackage.FILE_LAYOUT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__MONTH_SEGMENT:
				setMonthSegment(MONTH_SEGMENT_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__RECORD_CLASS:
				setRecordClass((EClass)null);
				return;
			case LayoutPackage.FILE_LAYOUT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__SEND_UNITS:
				setSendUnits(SEND_UNITS_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__EXTENSION:
				setExtension(EXTENSION_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__BRANCH_DIGITS:
				setBranchDigits(BRANCH_DIGITS_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__ATTACHMENT:
				setAttachment(ATTACHMENT_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__SIGNATURE:
				setSignature(SIGNATURE_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__PARENT_KIND:
				setParentKind(PARENT_KIND_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__KEY_FEATURE:
				setKeyFeature(KEY_FEATURE_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__DELETES_KIND:
				setDeletesKind(DELETES_KIND_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__REFERENCE_FEATURE:
				setReferenceFeature(REFERENCE_FEATURE_EDEFAULT);
				return;
			case LayoutPackage.FILE_LAYOUT__COLUMNS:
				getColumns().clear();
				return;
			case LayoutPackage.FILE_LAYOUT__LAYOUT_SET:
				setLayoutSet((LayoutSet)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LayoutPackage.FILE_LAYOUT__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case LayoutPackage.FILE_LAYOUT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LayoutPackage.FILE_LAYOUT__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case LayoutPackage.FILE_LAYOUT__MONTH_SEGMENT:
				return monthSegment != MONTH_SEGMENT_EDEFAULT;
			case LayoutPackage.FILE_LAYOUT__RECORD_CLASS:
				return recordClass != null;
			case LayoutPackage.FILE_LAYOUT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case LayoutPackage.FILE_LAYOUT__SEND_UNITS:
				return SEND_UNITS_EDEFAULT == null ? sendUnits != null : !SEND_UNITS_EDEFAULT.equals(sendUnits);
			case LayoutPackage.FILE_LAYOUT__EXTENSION:
				return EXTENSION_EDEFAULT == null ? extension != null : !EXTENSION_EDEFAULT.equals(extension);
			case LayoutPackage.FILE_LAYOUT__BRANCH_DIGITS:
				return branchDigits != BRANCH_DIGITS_EDEFAULT;
			case LayoutPackage.FILE_LAYOUT__ATTACHMENT:
				return attachment != ATTACHMENT_EDEFAULT;
			case LayoutPackage.FILE_LAYOUT__SIGNATURE:
				return SIGNATURE_EDEFAULT == null ? signature != null : !SIGNATURE_EDEFAULT.equals(signature);
			case LayoutPackage.FILE_LAYOUT__PARENT_KIND:
				return PARENT_KIND_EDEFAULT == null ? parentKind != null : !PARENT_KIND_EDEFAULT.equals(parentKind);
			case LayoutPackage.FILE_LAYOUT__KEY_FEATURE:
				return KEY_FEATURE_EDEFAULT == null ? keyFeature != null : !KEY_FEATURE_EDEFAULT.equals(keyFeature);
			case LayoutPackage.FILE_LAYOUT__DELETES_KIND:
				return DELETES_KIND_EDEFAULT == null ? deletesKind != null : !DELETES_KIND_EDEFAULT.equals(deletesKind);
			case LayoutPackage.FILE_LAYOUT__REFERENCE_FEATURE:
				return REFERENCE_FEATURE_EDEFAULT == null ? referenceFeature != null : !REFERENCE_FEATURE_EDEFAULT.equals(referenceFeature);
			case LayoutPackage.FILE_LAYOUT__COLUMNS:
				return columns != null && !columns.isEmpty();
			case LayoutPackage.FILE_LAYOUT__LAYOUT_SET:
				return getLayoutSet() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", monthSegment: ");
		result.append(monthSegment);
		result.append(", note: ");
		result.append(note);
		result.append(", sendUnits: ");
		result.append(sendUnits);
		result.append(", extension: ");
		result.append(extension);
		result.append(", branchDigits: ");
		result.append(branchDigits);
		result.append(", attachment: ");
		result.append(attachment);
		result.append(", signature: ");
		result.append(signature);
		result.append(", parentKind: ");
		result.append(parentKind);
		result.append(", keyFeature: ");
		result.append(keyFeature);
		result.append(", deletesKind: ");
		result.append(deletesKind);
		result.append(", referenceFeature: ");
		result.append(referenceFeature);
		result.append(')');
		return result.toString();
	}

} //FileLayoutImpl
