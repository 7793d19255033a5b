/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout.impl;

import java.util.Collection;

import jp.careplan.layout.CodeList;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutPackage;
import jp.careplan.layout.LayoutSet;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getId <em>Id</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getStandardVersion <em>Standard Version</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getCsvVersion <em>Csv Version</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getFileNameRule <em>File Name Rule</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getNote <em>Note</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getFileLayouts <em>File Layouts</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.LayoutSetImpl#getCodeLists <em>Code Lists</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayoutSetImpl extends MinimalEObjectImpl.Container implements LayoutSet {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStandardVersion() <em>Standard Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String STANDARD_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStandardVersion() <em>Standard Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardVersion()
	 * @generated
	 * @ordered
	 */
	protected String standardVersion = STANDARD_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCsvVersion() <em>Csv Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsvVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CSV_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCsvVersion() <em>Csv Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsvVersion()
	 * @generated
	 * @ordered
	 */
	protected String csvVersion = CSV_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected String validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileNameRule() <em>File Name Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNameRule()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileNameRule() <em>File Name Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNameRule()
	 * @generated
	 * @ordered
	 */
	protected String fileNameRule = FILE_NAME_RULE_EDEFAULT;

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
	 * The cached value of the '{@link #getFileLayouts() <em>File Layouts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileLayouts()
	 * @generated
	 * @ordered
	 */
	protected EList<FileLayout> fileLayouts;

	/**
	 * The cached value of the '{@link #getCodeLists() <em>Code Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeLists()
	 * @generated
	 * @ordered
	 */
	protected EList<CodeList> codeLists;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayoutSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LayoutPackage.Literals.LAYOUT_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStandardVersion() {
		return standardVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardVersion(String newStandardVersion) {
		String oldStandardVersion = standardVersion;
		standardVersion = newStandardVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__STANDARD_VERSION, oldStandardVersion, standardVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCsvVersion() {
		return csvVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCsvVersion(String newCsvVersion) {
		String oldCsvVersion = csvVersion;
		csvVersion = newCsvVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__CSV_VERSION, oldCsvVersion, csvVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(String newValidFrom) {
		String oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileNameRule() {
		return fileNameRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileNameRule(String newFileNameRule) {
		String oldFileNameRule = fileNameRule;
		fileNameRule = newFileNameRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__FILE_NAME_RULE, oldFileNameRule, fileNameRule));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.LAYOUT_SET__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FileLayout> getFileLayouts() {
		if (fileLayouts == null) {
			fileLayouts = new EObjectContainmentWithInverseEList<FileLayout>(FileLayout.class, this, LayoutPackage.LAYOUT_SET__FILE_LAYOUTS, LayoutPackage.FILE_LAYOUT__LAYOUT_SET);
		}
		return fileLayouts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodeList> getCodeLists() {
		if (codeLists == null) {
			codeLists = new EObjectContainmentEList<CodeList>(CodeList.class, this, LayoutPackage.LAYOUT_SET__CODE_LISTS);
		}
		return codeLists;
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
			case LayoutPackage.LAYOUT_SET__FILE_LAYOUTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getFileLayouts()).basicAdd(otherEnd, msgs);
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
			case LayoutPackage.LAYOUT_SET__FILE_LAYOUTS:
				return ((InternalEList<?>)getFileLayouts()).basicRemove(otherEnd, msgs);
			case LayoutPackage.LAYOUT_SET__CODE_LISTS:
				return ((InternalEList<?>)getCodeLists()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LayoutPackage.LAYOUT_SET__ID:
				return getId();
			case LayoutPackage.LAYOUT_SET__LABEL:
				return getLabel();
			case LayoutPackage.LAYOUT_SET__STANDARD_VERSION:
				return getStandardVersion();
			case LayoutPackage.LAYOUT_SET__CSV_VERSION:
				return getCsvVersion();
			case LayoutPackage.LAYOUT_SET__VALID_FROM:
				return getValidFrom();
			case LayoutPackage.LAYOUT_SET__PRIORITY:
				return getPriority();
			case LayoutPackage.LAYOUT_SET__FILE_NAME_RULE:
				return getFileNameRule();
			case LayoutPackage.LAYOUT_SET__NOTE:
				return getNote();
			case LayoutPackage.LAYOUT_SET__FILE_LAYOUTS:
				return getFileLayouts();
			case LayoutPackage.LAYOUT_SET__CODE_LISTS:
				return getCodeLists();
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
			case LayoutPackage.LAYOUT_SET__ID:
				setId((String)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__LABEL:
				setLabel((String)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__STANDARD_VERSION:
				setStandardVersion((String)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__CSV_VERSION:
				setCsvVersion((String)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__VALID_FROM:
				setValidFrom((String)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__FILE_NAME_RULE:
				setFileNameRule((String)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__NOTE:
				setNote((String)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__FILE_LAYOUTS:
				getFileLayouts().clear();
				getFileLayouts().addAll((Collection<? extends FileLayout>)newValue);
				return;
			case LayoutPackage.LAYOUT_SET__CODE_LISTS:
				getCodeLists().clear();
				getCodeLists().addAll((Collection<? extends CodeList>)newValue);
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
			case LayoutPackage.LAYOUT_SET__ID:
				setId(ID_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__STANDARD_VERSION:
				setStandardVersion(STANDARD_VERSION_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__CSV_VERSION:
				setCsvVersion(CSV_VERSION_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__FILE_NAME_RULE:
				setFileNameRule(FILE_NAME_RULE_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case LayoutPackage.LAYOUT_SET__FILE_LAYOUTS:
				getFileLayouts().clear();
				return;
			case LayoutPackage.LAYOUT_SET__CODE_LISTS:
				getCodeLists().clear();
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
			case LayoutPackage.LAYOUT_SET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LayoutPackage.LAYOUT_SET__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case LayoutPackage.LAYOUT_SET__STANDARD_VERSION:
				return STANDARD_VERSION_EDEFAULT == null ? standardVersion != null : !STANDARD_VERSION_EDEFAULT.equals(standardVersion);
			case LayoutPackage.LAYOUT_SET__CSV_VERSION:
				return CSV_VERSION_EDEFAULT == null ? csvVersion != null : !CSV_VERSION_EDEFAULT.equals(csvVersion);
			case LayoutPackage.LAYOUT_SET__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case LayoutPackage.LAYOUT_SET__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case LayoutPackage.LAYOUT_SET__FILE_NAME_RULE:
				return FILE_NAME_RULE_EDEFAULT == null ? fileNameRule != null : !FILE_NAME_RULE_EDEFAULT.equals(fileNameRule);
			case LayoutPackage.LAYOUT_SET__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case LayoutPackage.LAYOUT_SET__FILE_LAYOUTS:
				return fileLayouts != null && !fileLayouts.isEmpty();
			case LayoutPackage.LAYOUT_SET__CODE_LISTS:
				return codeLists != null && !codeLists.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", standardVersion: ");
		result.append(standardVersion);
		result.append(", csvVersion: ");
		result.append(csvVersion);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", priority: ");
		result.append(priority);
		result.append(", fileNameRule: ");
		result.append(fileNameRule);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //LayoutSetImpl
