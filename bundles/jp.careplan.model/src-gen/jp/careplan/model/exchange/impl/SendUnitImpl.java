/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from exchange.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.exchange.impl;

import java.util.Collection;

import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.model.exchange.ExchangePackage;
import jp.careplan.model.exchange.SendUnit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Send Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.exchange.impl.SendUnitImpl#getSerial <em>Serial</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.SendUnitImpl#getSenderOffice <em>Sender Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.SendUnitImpl#getSenderServiceType <em>Sender Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.SendUnitImpl#getReceiverOffice <em>Receiver Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.SendUnitImpl#getReceiverServiceType <em>Receiver Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.impl.SendUnitImpl#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SendUnitImpl extends MinimalEObjectImpl.Container implements SendUnit {
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
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<ExchangeFile> files;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SendUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExchangePackage.Literals.SEND_UNIT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.SEND_UNIT__SERIAL, oldSerial, serial));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.SEND_UNIT__SENDER_OFFICE, oldSenderOffice, senderOffice));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.SEND_UNIT__SENDER_SERVICE_TYPE, oldSenderServiceType, senderServiceType));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.SEND_UNIT__RECEIVER_OFFICE, oldReceiverOffice, receiverOffice));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExchangePackage.SEND_UNIT__RECEIVER_SERVICE_TYPE, oldReceiverServiceType, receiverServiceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExchangeFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<ExchangeFile>(ExchangeFile.class, this, ExchangePackage.SEND_UNIT__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExchangePackage.SEND_UNIT__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
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
			case ExchangePackage.SEND_UNIT__SERIAL:
				return getSerial();
			case ExchangePackage.SEND_UNIT__SENDER_OFFICE:
				return getSenderOffice();
			case ExchangePackage.SEND_UNIT__SENDER_SERVICE_TYPE:
				return getSenderServiceType();
			case ExchangePackage.SEND_UNIT__RECEIVER_OFFICE:
				return getReceiverOffice();
			case ExchangePackage.SEND_UNIT__RECEIVER_SERVICE_TYPE:
				return getReceiverServiceType();
			case ExchangePackage.SEND_UNIT__FILES:
				return getFiles();
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
			case ExchangePackage.SEND_UNIT__SERIAL:
				setSerial((String)newValue);
				return;
			case ExchangePackage.SEND_UNIT__SENDER_OFFICE:
				setSenderOffice((String)newValue);
				return;
			case ExchangePackage.SEND_UNIT__SENDER_SERVICE_TYPE:
				setSenderServiceType((String)newValue);
				return;
			case ExchangePackage.SEND_UNIT__RECEIVER_OFFICE:
				setReceiverOffice((String)newValue);
				return;
			case ExchangePackage.SEND_UNIT__RECEIVER_SERVICE_TYPE:
				setReceiverServiceType((String)newValue);
				return;
			case ExchangePackage.SEND_UNIT__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends ExchangeFile>)newValue);
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
			case ExchangePackage.SEND_UNIT__SERIAL:
				setSerial(SERIAL_EDEFAULT);
				return;
			case ExchangePackage.SEND_UNIT__SENDER_OFFICE:
				setSenderOffice(SENDER_OFFICE_EDEFAULT);
				return;
			case ExchangePackage.SEND_UNIT__SENDER_SERVICE_TYPE:
				setSenderServiceType(SENDER_SERVICE_TYPE_EDEFAULT);
				return;
			case ExchangePackage.SEND_UNIT__RECEIVER_OFFICE:
				setReceiverOffice(RECEIVER_OFFICE_EDEFAULT);
				return;
			case ExchangePackage.SEND_UNIT__RECEIVER_SERVICE_TYPE:
				setReceiverServiceType(RECEIVER_SERVICE_TYPE_EDEFAULT);
				return;
			case ExchangePackage.SEND_UNIT__FILES:
				getFiles().clear();
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
			case ExchangePackage.SEND_UNIT__SERIAL:
				return SERIAL_EDEFAULT == null ? serial != null : !SERIAL_EDEFAULT.equals(serial);
			case ExchangePackage.SEND_UNIT__SENDER_OFFICE:
				return SENDER_OFFICE_EDEFAULT == null ? senderOffice != null : !SENDER_OFFICE_EDEFAULT.equals(senderOffice);
			case ExchangePackage.SEND_UNIT__SENDER_SERVICE_TYPE:
				return SENDER_SERVICE_TYPE_EDEFAULT == null ? senderServiceType != null : !SENDER_SERVICE_TYPE_EDEFAULT.equals(senderServiceType);
			case ExchangePackage.SEND_UNIT__RECEIVER_OFFICE:
				return RECEIVER_OFFICE_EDEFAULT == null ? receiverOffice != null : !RECEIVER_OFFICE_EDEFAULT.equals(receiverOffice);
			case ExchangePackage.SEND_UNIT__RECEIVER_SERVICE_TYPE:
				return RECEIVER_SERVICE_TYPE_EDEFAULT == null ? receiverServiceType != null : !RECEIVER_SERVICE_TYPE_EDEFAULT.equals(receiverServiceType);
			case ExchangePackage.SEND_UNIT__FILES:
				return files != null && !files.isEmpty();
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
		result.append(" (serial: ");
		result.append(serial);
		result.append(", senderOffice: ");
		result.append(senderOffice);
		result.append(", senderServiceType: ");
		result.append(senderServiceType);
		result.append(", receiverOffice: ");
		result.append(receiverOffice);
		result.append(", receiverServiceType: ");
		result.append(receiverServiceType);
		result.append(')');
		return result.toString();
	}

} //SendUnitImpl
