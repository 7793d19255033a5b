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
		result.append(')');
		return result.toString();
	}

} //FileLayoutImpl
