/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from exchange.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.exchange;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Name</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The parts of a standard file name, e.g. UPPLAN_201912_0300000100_0300000005_20191025200201.CSV (3.2) or UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV (4.x).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link jp.careplan.model.exchange.FileName#getKind <em>Kind</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getMonth <em>Month</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getSenderOffice <em>Sender Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getSenderServiceType <em>Sender Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getReceiverOffice <em>Receiver Office</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getReceiverServiceType <em>Receiver Service Type</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getSerial <em>Serial</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getBranch <em>Branch</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getExtension <em>Extension</em>}</li>
 *   <li>{@link jp.careplan.model.exchange.FileName#getRule <em>Rule</em>}</li>
 * </ul>
 *
 * @see jp.careplan.model.exchange.ExchangePackage#getFileName()
 * @model
 * @generated
 */
public interface FileName extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file kind's prefix as written, e.g. UPPLAN or UPKIHON_SUB1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_Kind()
	 * @model required="true"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 対象年月 or 提供年月 (YYYYMM, or 000000 for a 利用者補足情報 tied to 第1表/第2表); null for kinds whose name has no month segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_Month()
	 * @model
	 * @generated
	 */
	String getMonth();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(String value);

	/**
	 * Returns the value of the '<em><b>Sender Office</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 送信元の事業所番号 (10 digits).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender Office</em>' attribute.
	 * @see #setSenderOffice(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_SenderOffice()
	 * @model required="true"
	 * @generated
	 */
	String getSenderOffice();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getSenderOffice <em>Sender Office</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * 送信元のサービス種類コード (2 digits); null in a 3.2 name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender Service Type</em>' attribute.
	 * @see #setSenderServiceType(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_SenderServiceType()
	 * @model
	 * @generated
	 */
	String getSenderServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getSenderServiceType <em>Sender Service Type</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * 送信先の事業所番号 (10 digits).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiver Office</em>' attribute.
	 * @see #setReceiverOffice(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_ReceiverOffice()
	 * @model required="true"
	 * @generated
	 */
	String getReceiverOffice();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getReceiverOffice <em>Receiver Office</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * 送信先のサービス種類コード (2 digits); null in a 3.2 name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiver Service Type</em>' attribute.
	 * @see #setReceiverServiceType(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_ReceiverServiceType()
	 * @model
	 * @generated
	 */
	String getReceiverServiceType();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getReceiverServiceType <em>Receiver Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver Service Type</em>' attribute.
	 * @see #getReceiverServiceType()
	 * @generated
	 */
	void setReceiverServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ファイル連番: the 14-digit YYYYMMDDHHMMSS shared by the files of one send unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial</em>' attribute.
	 * @see #setSerial(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_Serial()
	 * @model required="true"
	 * @generated
	 */
	String getSerial();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getSerial <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial</em>' attribute.
	 * @see #getSerial()
	 * @generated
	 */
	void setSerial(String value);

	/**
	 * Returns the value of the '<em><b>Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 枝番 after the ファイル連番, for kinds whose names carry one (UPKIHON_IMAGE: 4 digits); null for the others.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Branch</em>' attribute.
	 * @see #setBranch(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_Branch()
	 * @model
	 * @generated
	 */
	String getBranch();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getBranch <em>Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Branch</em>' attribute.
	 * @see #getBranch()
	 * @generated
	 */
	void setBranch(String value);

	/**
	 * Returns the value of the '<em><b>Extension</b></em>' attribute.
	 * The default value is <code>"CSV"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The extension as written, without the dot (the standard writes CSV).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extension</em>' attribute.
	 * @see #setExtension(String)
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_Extension()
	 * @model default="CSV" required="true"
	 * @generated
	 */
	String getExtension();

	/**
	 * Sets the value of the '{@link jp.careplan.model.exchange.FileName#getExtension <em>Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extension</em>' attribute.
	 * @see #getExtension()
	 * @generated
	 */
	void setExtension(String value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * The literals are from the enumeration {@link jp.careplan.model.exchange.NamingRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The naming rule the parts follow: 4.x when the name carries サービス種類コード, 3.2 otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see jp.careplan.model.exchange.NamingRule
	 * @see jp.careplan.model.exchange.ExchangePackage#getFileName_Rule()
	 * @model required="true" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	NamingRule getRule();

} // FileName
