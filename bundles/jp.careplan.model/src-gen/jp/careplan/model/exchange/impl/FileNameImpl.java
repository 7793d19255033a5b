/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from exchange.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.exchange.impl;

import jp.careplan.model.exchange.ExchangePackage;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.NamingRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Name</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getSenderOffice <em>Sender Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getSenderServiceType <em>Sender Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getReceiverOffice <em>Receiver Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getReceiverServiceType <em>Receiver Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getSerial <em>Serial</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getBranch <em>Branch</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getExtension <em>Extension</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.FileNameImpl#getRule <em>Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileNameImpl extends MinimalEObjectImpl.Container implements FileName {
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
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected String month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSenderOffice() <em>Sender Office</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSenderOffice()
	 * @generated
	 * @ordered
	 */
	protected static final String SENDER_OFFICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSenderOffice() <em>Sender Office</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSenderOffice()
	 * @generated
	 * @ordered
	 */
	protected String senderOffice = SENDER_OFFICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSenderServiceType() <em>Sender Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSenderServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SENDER_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSenderServiceType() <em>Sender Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSenderServiceType()
	 * @generated
	 * @ordered
	 */
	protected String senderServiceType = SENDER_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceiverOffice() <em>Receiver Office</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiverOffice()
	 * @generated
	 * @ordered
	 */
	protected static final String RECEIVER_OFFICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceiverOffice() <em>Receiver Office</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiverOffice()
	 * @generated
	 * @ordered
	 */
	protected String receiverOffice = RECEIVER_OFFICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceiverServiceType() <em>Receiver Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiverServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String RECEIVER_SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceiverServiceType() <em>Receiver Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiverServiceType()
	 * @generated
	 * @ordered
	 */
	protected String receiverServiceType = RECEIVER_SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected String serial = SERIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBranch() <em>Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranch()
	 * @generated
	 * @ordered
	 */
	protected static final String BRANCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBranch() <em>Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranch()
	 * @generated
	 * @ordered
	 */
	protected String branch = BRANCH_EDEFAULT;

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
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final NamingRule RULE_EDEFAULT = NamingRule.V3;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileNameImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExchangePackage.Literals.FILE_NAME;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(String newMonth) {
		String oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSenderOffice() {
		return senderOffice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSenderOffice(String newSenderOffice) {
		String oldSenderOffice = senderOffice;
		senderOffice = newSenderOffice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__SENDER_OFFICE, oldSenderOffice, senderOffice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSenderServiceType() {
		return senderServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSenderServiceType(String newSenderServiceType) {
		String oldSenderServiceType = senderServiceType;
		senderServiceType = newSenderServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__SENDER_SERVICE_TYPE, oldSenderServiceType, senderServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReceiverOffice() {
		return receiverOffice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceiverOffice(String newReceiverOffice) {
		String oldReceiverOffice = receiverOffice;
		receiverOffice = newReceiverOffice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__RECEIVER_OFFICE, oldReceiverOffice, receiverOffice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReceiverServiceType() {
		return receiverServiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceiverServiceType(String newReceiverServiceType) {
		String oldReceiverServiceType = receiverServiceType;
		receiverServiceType = newReceiverServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__RECEIVER_SERVICE_TYPE, oldReceiverServiceType, receiverServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerial() {
		return serial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerial(String newSerial) {
		String oldSerial = serial;
		serial = newSerial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__SERIAL, oldSerial, serial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBranch() {
		return branch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBranch(String newBranch) {
		String oldBranch = branch;
		branch = newBranch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__BRANCH, oldBranch, branch));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.FILE_NAME__EXTENSION, oldExtension, extension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamingRule getRule() {
		return getSenderServiceType() == null && getReceiverServiceType() == null ? NamingRule.V3 : NamingRule.V4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExchangePackage.FILE_NAME__KIND:
				return getKind();
			case ExchangePackage.FILE_NAME__MONTH:
				return getMonth();
			case ExchangePackage.FILE_NAME__SENDER_OFFICE:
				return getSenderOffice();
			case ExchangePackage.FILE_NAME__SENDER_SERVICE_TYPE:
				return getSenderServiceType();
			case ExchangePackage.FILE_NAME__RECEIVER_OFFICE:
				return getReceiverOffice();
			case ExchangePackage.FILE_NAME__RECEIVER_SERVICE_TYPE:
				return getReceiverServiceType();
			case ExchangePackage.FILE_NAME__SERIAL:
				return getSerial();
			case ExchangePackage.FILE_NAME__BRANCH:
				return getBranch();
			case ExchangePackage.FILE_NAME__EXTENSION:
				return getExtension();
			case ExchangePackage.FILE_NAME__RULE:
				return getRule();
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
			case ExchangePackage.FILE_NAME__KIND:
				setKind((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__MONTH:
				setMonth((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__SENDER_OFFICE:
				setSenderOffice((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__SENDER_SERVICE_TYPE:
				setSenderServiceType((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__RECEIVER_OFFICE:
				setReceiverOffice((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__RECEIVER_SERVICE_TYPE:
				setReceiverServiceType((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__SERIAL:
				setSerial((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__BRANCH:
				setBranch((String)newValue);
				return;
			case ExchangePackage.FILE_NAME__EXTENSION:
				setExtension((String)newValue);
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
			case ExchangePackage.FILE_NAME__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__SENDER_OFFICE:
				setSenderOffice(SENDER_OFFICE_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__SENDER_SERVICE_TYPE:
				setSenderServiceType(SENDER_SERVICE_TYPE_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__RECEIVER_OFFICE:
				setReceiverOffice(RECEIVER_OFFICE_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__RECEIVER_SERVICE_TYPE:
				setReceiverServiceType(RECEIVER_SERVICE_TYPE_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__SERIAL:
				setSerial(SERIAL_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__BRANCH:
				setBranch(BRANCH_EDEFAULT);
				return;
			case ExchangePackage.FILE_NAME__EXTENSION:
				setExtension(EXTENSION_EDEFAULT);
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
			case ExchangePackage.FILE_NAME__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case ExchangePackage.FILE_NAME__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case ExchangePackage.FILE_NAME__SENDER_OFFICE:
				return SENDER_OFFICE_EDEFAULT == null ? senderOffice != null : !SENDER_OFFICE_EDEFAULT.equals(senderOffice);
			case ExchangePackage.FILE_NAME__SENDER_SERVICE_TYPE:
				return SENDER_SERVICE_TYPE_EDEFAULT == null ? senderServiceType != null : !SENDER_SERVICE_TYPE_EDEFAULT.equals(senderServiceType);
			case ExchangePackage.FILE_NAME__RECEIVER_OFFICE:
				return RECEIVER_OFFICE_EDEFAULT == null ? receiverOffice != null : !RECEIVER_OFFICE_EDEFAULT.equals(receiverOffice);
			case ExchangePackage.FILE_NAME__RECEIVER_SERVICE_TYPE:
				return RECEIVER_SERVICE_TYPE_EDEFAULT == null ? receiverServiceType != null : !RECEIVER_SERVICE_TYPE_EDEFAULT.equals(receiverServiceType);
			case ExchangePackage.FILE_NAME__SERIAL:
				return SERIAL_EDEFAULT == null ? serial != null : !SERIAL_EDEFAULT.equals(serial);
			case ExchangePackage.FILE_NAME__BRANCH:
				return BRANCH_EDEFAULT == null ? branch != null : !BRANCH_EDEFAULT.equals(branch);
			case ExchangePackage.FILE_NAME__EXTENSION:
				return EXTENSION_EDEFAULT == null ? extension != null : !EXTENSION_EDEFAULT.equals(extension);
			case ExchangePackage.FILE_NAME__RULE:
				return getRule() != RULE_EDEFAULT;
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
		result.append(", month: ");
		result.append(month);
		result.append(", senderOffice: ");
		result.append(senderOffice);
		result.append(", senderServiceType: ");
		result.append(senderServiceType);
		result.append(", receiverOffice: ");
		result.append(receiverOffice);
		result.append(", receiverServiceType: ");
		result.append(receiverServiceType);
		result.append(", serial: ");
		result.append(serial);
		result.append(", branch: ");
		result.append(branch);
		result.append(", extension: ");
		result.append(extension);
		result.append(')');
		return result.toString();
	}

} //FileNameImpl
