/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from exchange.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.exchange;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Send Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 送信単位: the files one sender sent to one receiver under one ファイル連番. Units are processed in ascending 連番 (取込順序).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.exchange.SendUnit#getSerial <em>Serial</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.SendUnit#getSenderOffice <em>Sender Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.SendUnit#getSenderServiceType <em>Sender Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.SendUnit#getReceiverOffice <em>Receiver Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.SendUnit#getReceiverServiceType <em>Receiver Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.SendUnit#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.exchange.ExchangePackage#getSendUnit()
 * @model
 * @generated
 */
public interface SendUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial</em>' attribute.
	 * @see #setSerial(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getSendUnit_Serial()
	 * @model required="true"
	 * @generated
	 */
	String getSerial();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.SendUnit#getSerial <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial</em>' attribute.
	 * @see #getSerial()
	 * @generated
	 */
	void setSerial(String value);

	/**
	 * Returns the value of the '<em><b>Sender Office</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sender Office</em>' attribute.
	 * @see #setSenderOffice(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getSendUnit_SenderOffice()
	 * @model required="true"
	 * @generated
	 */
	String getSenderOffice();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.SendUnit#getSenderOffice <em>Sender Office</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender Office</em>' attribute.
	 * @see #getSenderOffice()
	 * @generated
	 */
	void setSenderOffice(String value);

	/**
	 * Returns the value of the '<em><b>Sender Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sender Service Type</em>' attribute.
	 * @see #setSenderServiceType(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getSendUnit_SenderServiceType()
	 * @model
	 * @generated
	 */
	String getSenderServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.SendUnit#getSenderServiceType <em>Sender Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender Service Type</em>' attribute.
	 * @see #getSenderServiceType()
	 * @generated
	 */
	void setSenderServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Receiver Office</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Receiver Office</em>' attribute.
	 * @see #setReceiverOffice(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getSendUnit_ReceiverOffice()
	 * @model required="true"
	 * @generated
	 */
	String getReceiverOffice();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.SendUnit#getReceiverOffice <em>Receiver Office</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver Office</em>' attribute.
	 * @see #getReceiverOffice()
	 * @generated
	 */
	void setReceiverOffice(String value);

	/**
	 * Returns the value of the '<em><b>Receiver Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Receiver Service Type</em>' attribute.
	 * @see #setReceiverServiceType(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getSendUnit_ReceiverServiceType()
	 * @model
	 * @generated
	 */
	String getReceiverServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.SendUnit#getReceiverServiceType <em>Receiver Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver Service Type</em>' attribute.
	 * @see #getReceiverServiceType()
	 * @generated
	 */
	void setReceiverServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link jp.careplan.model.exchange.ExchangeFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see jp.careplan.model.exchange.ExchangePackage#getSendUnit_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExchangeFile> getFiles();

} // SendUnit
