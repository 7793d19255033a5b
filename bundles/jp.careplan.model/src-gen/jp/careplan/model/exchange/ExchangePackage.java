/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from exchange.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.exchange;

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
 * The exchange of care-plan files between a 居宅介護支援事業所 and service providers: the parts of a standard file name, the files of a send unit (送信単位, the files sharing one 14-digit ファイル連番 between one sender and one receiver) and the folder that holds them.
 * Values are kept exactly as written in the file name (strings of digits), so that a name can be formatted back to the same characters.
 * <!-- end-model-doc -->
 * @see jp.careplan.model.exchange.ExchangeFactory
 * @model kind="package"
 * @generated
 */
public interface ExchangePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "exchange";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://careplan.jp/model/exchange/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "exchange";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExchangePackage eINSTANCE = jp.careplan.model.exchange.impl.ExchangePackageImpl.init();

	/**
	 * The meta object id for the '{@link jp.careplan.model.exchange.impl.FileNameImpl <em>File Name</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.exchange.impl.FileNameImpl
	 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getFileName()
	 * @generated
	 */
	int FILE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__KIND = 0;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__MONTH = 1;

	/**
	 * The feature id for the '<em><b>Sender Office</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__SENDER_OFFICE = 2;

	/**
	 * The feature id for the '<em><b>Sender Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__SENDER_SERVICE_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Receiver Office</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__RECEIVER_OFFICE = 4;

	/**
	 * The feature id for the '<em><b>Receiver Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__RECEIVER_SERVICE_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__SERIAL = 6;

	/**
	 * The feature id for the '<em><b>Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__BRANCH = 7;

	/**
	 * The feature id for the '<em><b>Extension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__EXTENSION = 8;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME__RULE = 9;

	/**
	 * The number of structural features of the '<em>File Name</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>File Name</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_NAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.exchange.impl.ExchangeFileImpl <em>File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.exchange.impl.ExchangeFileImpl
	 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getExchangeFile()
	 * @generated
	 */
	int EXCHANGE_FILE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_FILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_FILE__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_FILE__SIZE = 2;

	/**
	 * The number of structural features of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_FILE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.exchange.impl.SendUnitImpl <em>Send Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.exchange.impl.SendUnitImpl
	 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getSendUnit()
	 * @generated
	 */
	int SEND_UNIT = 2;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT__SERIAL = 0;

	/**
	 * The feature id for the '<em><b>Sender Office</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT__SENDER_OFFICE = 1;

	/**
	 * The feature id for the '<em><b>Sender Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT__SENDER_SERVICE_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Receiver Office</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT__RECEIVER_OFFICE = 3;

	/**
	 * The feature id for the '<em><b>Receiver Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT__RECEIVER_SERVICE_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT__FILES = 5;

	/**
	 * The number of structural features of the '<em>Send Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Send Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEND_UNIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.exchange.impl.ExchangeImpl <em>Exchange</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.exchange.impl.ExchangeImpl
	 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getExchange()
	 * @generated
	 */
	int EXCHANGE = 3;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__FOLDER = 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE__UNITS = 1;

	/**
	 * The number of structural features of the '<em>Exchange</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Exchange</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link jp.careplan.model.exchange.NamingRule <em>Naming Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see jp.careplan.model.exchange.NamingRule
	 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getNamingRule()
	 * @generated
	 */
	int NAMING_RULE = 4;


	/**
	 * Returns the meta object for class '{@link jp.careplan.model.exchange.FileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Name</em>'.
	 * @see jp.careplan.model.exchange.FileName
	 * @generated
	 */
	EClass getFileName();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see jp.careplan.model.exchange.FileName#getKind()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_Kind();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see jp.careplan.model.exchange.FileName#getMonth()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_Month();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getSenderOffice <em>Sender Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender Office</em>'.
	 * @see jp.careplan.model.exchange.FileName#getSenderOffice()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_SenderOffice();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getSenderServiceType <em>Sender Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender Service Type</em>'.
	 * @see jp.careplan.model.exchange.FileName#getSenderServiceType()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_SenderServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getReceiverOffice <em>Receiver Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receiver Office</em>'.
	 * @see jp.careplan.model.exchange.FileName#getReceiverOffice()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_ReceiverOffice();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getReceiverServiceType <em>Receiver Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receiver Service Type</em>'.
	 * @see jp.careplan.model.exchange.FileName#getReceiverServiceType()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_ReceiverServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see jp.careplan.model.exchange.FileName#getSerial()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_Serial();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getBranch <em>Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Branch</em>'.
	 * @see jp.careplan.model.exchange.FileName#getBranch()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_Branch();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getExtension <em>Extension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension</em>'.
	 * @see jp.careplan.model.exchange.FileName#getExtension()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_Extension();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.FileName#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see jp.careplan.model.exchange.FileName#getRule()
	 * @see #getFileName()
	 * @generated
	 */
	EAttribute getFileName_Rule();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.exchange.ExchangeFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File</em>'.
	 * @see jp.careplan.model.exchange.ExchangeFile
	 * @generated
	 */
	EClass getExchangeFile();

	/**
	 * Returns the meta object for the containment reference '{@link jp.careplan.model.exchange.ExchangeFile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see jp.careplan.model.exchange.ExchangeFile#getName()
	 * @see #getExchangeFile()
	 * @generated
	 */
	EReference getExchangeFile_Name();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.ExchangeFile#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see jp.careplan.model.exchange.ExchangeFile#getLocation()
	 * @see #getExchangeFile()
	 * @generated
	 */
	EAttribute getExchangeFile_Location();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.ExchangeFile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see jp.careplan.model.exchange.ExchangeFile#getSize()
	 * @see #getExchangeFile()
	 * @generated
	 */
	EAttribute getExchangeFile_Size();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.exchange.SendUnit <em>Send Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Send Unit</em>'.
	 * @see jp.careplan.model.exchange.SendUnit
	 * @generated
	 */
	EClass getSendUnit();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.SendUnit#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see jp.careplan.model.exchange.SendUnit#getSerial()
	 * @see #getSendUnit()
	 * @generated
	 */
	EAttribute getSendUnit_Serial();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.SendUnit#getSenderOffice <em>Sender Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender Office</em>'.
	 * @see jp.careplan.model.exchange.SendUnit#getSenderOffice()
	 * @see #getSendUnit()
	 * @generated
	 */
	EAttribute getSendUnit_SenderOffice();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.SendUnit#getSenderServiceType <em>Sender Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender Service Type</em>'.
	 * @see jp.careplan.model.exchange.SendUnit#getSenderServiceType()
	 * @see #getSendUnit()
	 * @generated
	 */
	EAttribute getSendUnit_SenderServiceType();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.SendUnit#getReceiverOffice <em>Receiver Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receiver Office</em>'.
	 * @see jp.careplan.model.exchange.SendUnit#getReceiverOffice()
	 * @see #getSendUnit()
	 * @generated
	 */
	EAttribute getSendUnit_ReceiverOffice();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.SendUnit#getReceiverServiceType <em>Receiver Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receiver Service Type</em>'.
	 * @see jp.careplan.model.exchange.SendUnit#getReceiverServiceType()
	 * @see #getSendUnit()
	 * @generated
	 */
	EAttribute getSendUnit_ReceiverServiceType();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.model.exchange.SendUnit#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see jp.careplan.model.exchange.SendUnit#getFiles()
	 * @see #getSendUnit()
	 * @generated
	 */
	EReference getSendUnit_Files();

	/**
	 * Returns the meta object for class '{@link jp.careplan.model.exchange.Exchange <em>Exchange</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exchange</em>'.
	 * @see jp.careplan.model.exchange.Exchange
	 * @generated
	 */
	EClass getExchange();

	/**
	 * Returns the meta object for the attribute '{@link jp.careplan.model.exchange.Exchange#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder</em>'.
	 * @see jp.careplan.model.exchange.Exchange#getFolder()
	 * @see #getExchange()
	 * @generated
	 */
	EAttribute getExchange_Folder();

	/**
	 * Returns the meta object for the containment reference list '{@link jp.careplan.model.exchange.Exchange#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see jp.careplan.model.exchange.Exchange#getUnits()
	 * @see #getExchange()
	 * @generated
	 */
	EReference getExchange_Units();

	/**
	 * Returns the meta object for enum '{@link jp.careplan.model.exchange.NamingRule <em>Naming Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Naming Rule</em>'.
	 * @see jp.careplan.model.exchange.NamingRule
	 * @generated
	 */
	EEnum getNamingRule();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ExchangeFactory getExchangeFactory();

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
		 * The meta object literal for the '{@link jp.careplan.model.exchange.impl.FileNameImpl <em>File Name</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.exchange.impl.FileNameImpl
		 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getFileName()
		 * @generated
		 */
		EClass FILE_NAME = eINSTANCE.getFileName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__KIND = eINSTANCE.getFileName_Kind();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__MONTH = eINSTANCE.getFileName_Month();

		/**
		 * The meta object literal for the '<em><b>Sender Office</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__SENDER_OFFICE = eINSTANCE.getFileName_SenderOffice();

		/**
		 * The meta object literal for the '<em><b>Sender Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__SENDER_SERVICE_TYPE = eINSTANCE.getFileName_SenderServiceType();

		/**
		 * The meta object literal for the '<em><b>Receiver Office</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__RECEIVER_OFFICE = eINSTANCE.getFileName_ReceiverOffice();

		/**
		 * The meta object literal for the '<em><b>Receiver Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__RECEIVER_SERVICE_TYPE = eINSTANCE.getFileName_ReceiverServiceType();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__SERIAL = eINSTANCE.getFileName_Serial();

		/**
		 * The meta object literal for the '<em><b>Branch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__BRANCH = eINSTANCE.getFileName_Branch();

		/**
		 * The meta object literal for the '<em><b>Extension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__EXTENSION = eINSTANCE.getFileName_Extension();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_NAME__RULE = eINSTANCE.getFileName_Rule();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.exchange.impl.ExchangeFileImpl <em>File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.exchange.impl.ExchangeFileImpl
		 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getExchangeFile()
		 * @generated
		 */
		EClass EXCHANGE_FILE = eINSTANCE.getExchangeFile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCHANGE_FILE__NAME = eINSTANCE.getExchangeFile_Name();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_FILE__LOCATION = eINSTANCE.getExchangeFile_Location();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_FILE__SIZE = eINSTANCE.getExchangeFile_Size();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.exchange.impl.SendUnitImpl <em>Send Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.exchange.impl.SendUnitImpl
		 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getSendUnit()
		 * @generated
		 */
		EClass SEND_UNIT = eINSTANCE.getSendUnit();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEND_UNIT__SERIAL = eINSTANCE.getSendUnit_Serial();

		/**
		 * The meta object literal for the '<em><b>Sender Office</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEND_UNIT__SENDER_OFFICE = eINSTANCE.getSendUnit_SenderOffice();

		/**
		 * The meta object literal for the '<em><b>Sender Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEND_UNIT__SENDER_SERVICE_TYPE = eINSTANCE.getSendUnit_SenderServiceType();

		/**
		 * The meta object literal for the '<em><b>Receiver Office</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEND_UNIT__RECEIVER_OFFICE = eINSTANCE.getSendUnit_ReceiverOffice();

		/**
		 * The meta object literal for the '<em><b>Receiver Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEND_UNIT__RECEIVER_SERVICE_TYPE = eINSTANCE.getSendUnit_ReceiverServiceType();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEND_UNIT__FILES = eINSTANCE.getSendUnit_Files();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.exchange.impl.ExchangeImpl <em>Exchange</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.exchange.impl.ExchangeImpl
		 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getExchange()
		 * @generated
		 */
		EClass EXCHANGE = eINSTANCE.getExchange();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE__FOLDER = eINSTANCE.getExchange_Folder();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCHANGE__UNITS = eINSTANCE.getExchange_Units();

		/**
		 * The meta object literal for the '{@link jp.careplan.model.exchange.NamingRule <em>Naming Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see jp.careplan.model.exchange.NamingRule
		 * @see jp.careplan.model.exchange.impl.ExchangePackageImpl#getNamingRule()
		 * @generated
		 */
		EEnum NAMING_RULE = eINSTANCE.getNamingRule();

	}

} //ExchangePackage
