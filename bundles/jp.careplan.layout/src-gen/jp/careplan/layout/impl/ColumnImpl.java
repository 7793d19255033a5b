/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from layout.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.layout.impl;

import jp.careplan.layout.CodeList;
import jp.careplan.layout.Column;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Column</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getName <em>Name</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getType <em>Type</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getLength <em>Length</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getCodeList <em>Code List</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#isFreeText <em>Free Text</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getNote <em>Note</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getUncertainty <em>Uncertainty</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getUncertainAbout <em>Uncertain About</em>}</li>
 *   <li>{@link jp.careplan.layout.impl.ColumnImpl#getFileLayout <em>File Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ColumnImpl extends MinimalEObjectImpl.Container implements Column {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ColumnType TYPE_EDEFAULT = ColumnType.TEXT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ColumnType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCodeList() <em>Code List</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeList()
	 * @generated
	 * @ordered
	 */
	protected CodeList codeList;

	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected String feature = FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #isFreeText() <em>Free Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFreeText()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FREE_TEXT_EDEFAULT = false;

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
	 * The default value of the '{@link #getUncertainty() <em>Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertainty()
	 * @generated
	 * @ordered
	 */
	protected static final String UNCERTAINTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUncertainty() <em>Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertainty()
	 * @generated
	 * @ordered
	 */
	protected String uncertainty = UNCERTAINTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUncertainAbout() <em>Uncertain About</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertainAbout()
	 * @generated
	 * @ordered
	 */
	protected static final String UNCERTAIN_ABOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUncertainAbout() <em>Uncertain About</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertainAbout()
	 * @generated
	 * @ordered
	 */
	protected String uncertainAbout = UNCERTAIN_ABOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ColumnImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LayoutPackage.Literals.COLUMN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColumnType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ColumnType newType) {
		ColumnType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeList getCodeList() {
		if (codeList != null && codeList.eIsProxy()) {
			InternalEObject oldCodeList = (InternalEObject)codeList;
			codeList = (CodeList)eResolveProxy(oldCodeList);
			if (codeList != oldCodeList) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LayoutPackage.COLUMN__CODE_LIST, oldCodeList, codeList));
			}
		}
		return codeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodeList basicGetCodeList() {
		return codeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeList(CodeList newCodeList) {
		CodeList oldCodeList = codeList;
		codeList = newCodeList;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__CODE_LIST, oldCodeList, codeList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		String oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFreeText() {
		return getType() == ColumnType.TEXT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUncertainty() {
		return uncertainty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUncertainty(String newUncertainty) {
		String oldUncertainty = uncertainty;
		uncertainty = newUncertainty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__UNCERTAINTY, oldUncertainty, uncertainty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUncertainAbout() {
		return uncertainAbout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUncertainAbout(String newUncertainAbout) {
		String oldUncertainAbout = uncertainAbout;
		uncertainAbout = newUncertainAbout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__UNCERTAIN_ABOUT, oldUncertainAbout, uncertainAbout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileLayout getFileLayout() {
		if (eContainerFeatureID() != LayoutPackage.COLUMN__FILE_LAYOUT) return null;
		return (FileLayout)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFileLayout(FileLayout newFileLayout, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newFileLayout, LayoutPackage.COLUMN__FILE_LAYOUT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileLayout(FileLayout newFileLayout) {
		if (newFileLayout != eInternalContainer() || (eContainerFeatureID() != LayoutPackage.COLUMN__FILE_LAYOUT && newFileLayout != null)) {
			if (EcoreUtil.isAncestor(this, newFileLayout))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newFileLayout != null)
				msgs = ((InternalEObject)newFileLayout).eInverseAdd(this, LayoutPackage.FILE_LAYOUT__COLUMNS, FileLayout.class, msgs);
			msgs = basicSetFileLayout(newFileLayout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LayoutPackage.COLUMN__FILE_LAYOUT, newFileLayout, newFileLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LayoutPackage.COLUMN__FILE_LAYOUT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetFileLayout((FileLayout)otherEnd, msgs);
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
			case LayoutPackage.COLUMN__FILE_LAYOUT:
				return basicSetFileLayout(null, msgs);
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
			case LayoutPackage.COLUMN__FILE_LAYOUT:
				return eInternalContainer().eInverseRemove(this, LayoutPackage.FILE_LAYOUT__COLUMNS, FileLayout.class, msgs);
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
			case LayoutPackage.COLUMN__NUMBER:
				return getNumber();
			case LayoutPackage.COLUMN__NAME:
				return getName();
			case LayoutPackage.COLUMN__REQUIRED:
				return isRequired();
			case LayoutPackage.COLUMN__TYPE:
				return getType();
			case LayoutPackage.COLUMN__LENGTH:
				return getLength();
			case LayoutPackage.COLUMN__FORMAT:
				return getFormat();
			case LayoutPackage.COLUMN__CODE_LIST:
				if (resolve) return getCodeList();
				return basicGetCodeList();
			case LayoutPackage.COLUMN__FEATURE:
				return getFeature();
			case LayoutPackage.COLUMN__FREE_TEXT:
				return isFreeText();
			case LayoutPackage.COLUMN__NOTE:
				return getNote();
			case LayoutPackage.COLUMN__UNCERTAINTY:
				return getUncertainty();
			case LayoutPackage.COLUMN__UNCERTAIN_ABOUT:
				return getUncertainAbout();
			case LayoutPackage.COLUMN__FILE_LAYOUT:
				return getFileLayout();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LayoutPackage.COLUMN__NUMBER:
				setNumber((Integer)newValue);
				return;
			case LayoutPackage.COLUMN__NAME:
				setName((String)newValue);
				return;
			case LayoutPackage.COLUMN__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case LayoutPackage.COLUMN__TYPE:
				setType((ColumnType)newValue);
				return;
			case LayoutPackage.COLUMN__LENGTH:
				setLength((Integer)newValue);
				return;
			case LayoutPackage.COLUMN__FORMAT:
				setFormat((String)newValue);
				return;
			case LayoutPackage.COLUMN__CODE_LIST:
				setCodeList((CodeList)newValue);
				return;
			case LayoutPackage.COLUMN__FEATURE:
				setFeature((String)newValue);
				return;
			case LayoutPackage.COLUMN__NOTE:
				setNote((String)newValue);
				return;
			case LayoutPackage.COLUMN__UNCERTAINTY:
				setUncertainty((String)newValue);
				return;
			case LayoutPackage.COLUMN__UNCERTAIN_ABOUT:
				setUncertainAbout((String)newValue);
				return;
			case LayoutPackage.COLUMN__FILE_LAYOUT:
				setFileLayout((FileLayout)newValue);
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
			case LayoutPackage.COLUMN__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__CODE_LIST:
				setCodeList((CodeList)null);
				return;
			case LayoutPackage.COLUMN__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__UNCERTAINTY:
				setUncertainty(UNCERTAINTY_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__UNCERTAIN_ABOUT:
				setUncertainAbout(UNCERTAIN_ABOUT_EDEFAULT);
				return;
			case LayoutPackage.COLUMN__FILE_LAYOUT:
				setFileLayout((FileLayout)null);
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
			case LayoutPackage.COLUMN__NUMBER:
				return number != NUMBER_EDEFAULT;
			case LayoutPackage.COLUMN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LayoutPackage.COLUMN__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case LayoutPackage.COLUMN__TYPE:
				return type != TYPE_EDEFAULT;
			case LayoutPackage.COLUMN__LENGTH:
				return length != LENGTH_EDEFAULT;
			case LayoutPackage.COLUMN__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case LayoutPackage.COLUMN__CODE_LIST:
				return codeList != null;
			case LayoutPackage.COLUMN__FEATURE:
				return FEATURE_EDEFAULT == null ? feature != null : !FEATURE_EDEFAULT.equals(feature);
			case LayoutPackage.COLUMN__FREE_TEXT:
				return isFreeText() != FREE_TEXT_EDEFAULT;
			case LayoutPackage.COLUMN__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case LayoutPackage.COLUMN__UNCERTAINTY:
				return UNCERTAINTY_EDEFAULT == null ? uncertainty != null : !UNCERTAINTY_EDEFAULT.equals(uncertainty);
			case LayoutPackage.COLUMN__UNCERTAIN_ABOUT:
				return UNCERTAIN_ABOUT_EDEFAULT == null ? uncertainAbout != null : !UNCERTAIN_ABOUT_EDEFAULT.equals(uncertainAbout);
			case LayoutPackage.COLUMN__FILE_LAYOUT:
				return getFileLayout() != null;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", name: ");
		result.append(name);
		result.append(", required: ");
		result.append(required);
		result.append(", type: ");
		result.append(type);
		result.append(", length: ");
		result.append(length);
		result.append(", format: ");
		result.append(format);
		result.append(", feature: ");
		result.append(feature);
		result.append(", note: ");
		result.append(note);
		result.append(", uncertainty: ");
		result.append(uncertainty);
		result.append(", uncertainAbout: ");
		result.append(uncertainAbout);
		result.append(')');
		return result.toString();
	}

} //ColumnImpl
