/**
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from exchange.genmodel: do not edit; change the model and regenerate (see CONTRIBUTING.md).
 */
package jp.careplan.model.exchange.impl;

import jp.careplan.model.exchange.Exchange;
import jp.careplan.model.exchange.ExchangeFactory;
import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.model.exchange.ExchangePackage;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.exchange.NamingRule;
import jp.careplan.model.exchange.SendUnit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ExchangePackageImpl extends EPackageImpl implements ExchangePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileNameEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exchangeFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sendUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exchangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum namingRuleEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see jp.careplan.model.exchange.ExchangePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ExchangePackageImpl() {
		super(eNS_URI, ExchangeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ExchangePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ExchangePackage init() {
		if (isInited) return (ExchangePackage)EPackage.Registry.INSTANCE.getEPackage(ExchangePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredExchangePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ExchangePackageImpl theExchangePackage = registeredExchangePackage instanceof ExchangePackageImpl ? (ExchangePackageImpl)registeredExchangePackage : new ExchangePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theExchangePackage.createPackageContents();

		// Initialize created meta-data
		theExchangePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theExchangePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ExchangePackage.eNS_URI, theExchangePackage);
		return theExchangePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileName() {
		return fileNameEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_Kind() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_Month() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_SenderOffice() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_SenderServiceType() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_ReceiverOffice() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_ReceiverServiceType() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_Serial() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_Branch() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_Extension() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileName_Rule() {
		return (EAttribute)fileNameEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExchangeFile() {
		return exchangeFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExchangeFile_Name() {
		return (EReference)exchangeFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchangeFile_Location() {
		return (EAttribute)exchangeFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchangeFile_Size() {
		return (EAttribute)exchangeFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSendUnit() {
		return sendUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSendUnit_Serial() {
		return (EAttribute)sendUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSendUnit_SenderOffice() {
		return (EAttribute)sendUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSendUnit_SenderServiceType() {
		return (EAttribute)sendUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSendUnit_ReceiverOffice() {
		return (EAttribute)sendUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSendUnit_ReceiverServiceType() {
		return (EAttribute)sendUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSendUnit_Files() {
		return (EReference)sendUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExchange() {
		return exchangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchange_Folder() {
		return (EAttribute)exchangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExchange_Units() {
		return (EReference)exchangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNamingRule() {
		return namingRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExchangeFactory getExchangeFactory() {
		return (ExchangeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		fileNameEClass = createEClass(FILE_NAME);
		createEAttribute(fileNameEClass, FILE_NAME__KIND);
		createEAttribute(fileNameEClass, FILE_NAME__MONTH);
		createEAttribute(fileNameEClass, FILE_NAME__SENDER_OFFICE);
		createEAttribute(fileNameEClass, FILE_NAME__SENDER_SERVICE_TYPE);
		createEAttribute(fileNameEClass, FILE_NAME__RECEIVER_OFFICE);
		createEAttribute(fileNameEClass, FILE_NAME__RECEIVER_SERVICE_TYPE);
		createEAttribute(fileNameEClass, FILE_NAME__SERIAL);
		createEAttribute(fileNameEClass, FILE_NAME__BRANCH);
		createEAttribute(fileNameEClass, FILE_NAME__EXTENSION);
		createEAttribute(fileNameEClass, FILE_NAME__RULE);

		exchangeFileEClass = createEClass(EXCHANGE_FILE);
		createEReference(exchangeFileEClass, EXCHANGE_FILE__NAME);
		createEAttribute(exchangeFileEClass, EXCHANGE_FILE__LOCATION);
		createEAttribute(exchangeFileEClass, EXCHANGE_FILE__SIZE);

		sendUnitEClass = createEClass(SEND_UNIT);
		createEAttribute(sendUnitEClass, SEND_UNIT__SERIAL);
		createEAttribute(sendUnitEClass, SEND_UNIT__SENDER_OFFICE);
		createEAttribute(sendUnitEClass, SEND_UNIT__SENDER_SERVICE_TYPE);
		createEAttribute(sendUnitEClass, SEND_UNIT__RECEIVER_OFFICE);
		createEAttribute(sendUnitEClass, SEND_UNIT__RECEIVER_SERVICE_TYPE);
		createEReference(sendUnitEClass, SEND_UNIT__FILES);

		exchangeEClass = createEClass(EXCHANGE);
		createEAttribute(exchangeEClass, EXCHANGE__FOLDER);
		createEReference(exchangeEClass, EXCHANGE__UNITS);

		// Create enums
		namingRuleEEnum = createEEnum(NAMING_RULE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(fileNameEClass, FileName.class, "FileName", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFileName_Kind(), ecorePackage.getEString(), "kind", null, 1, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_Month(), ecorePackage.getEString(), "month", null, 0, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_SenderOffice(), ecorePackage.getEString(), "senderOffice", null, 1, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_SenderServiceType(), ecorePackage.getEString(), "senderServiceType", null, 0, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_ReceiverOffice(), ecorePackage.getEString(), "receiverOffice", null, 1, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_ReceiverServiceType(), ecorePackage.getEString(), "receiverServiceType", null, 0, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_Serial(), ecorePackage.getEString(), "serial", null, 1, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_Branch(), ecorePackage.getEString(), "branch", null, 0, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_Extension(), ecorePackage.getEString(), "extension", "CSV", 1, 1, FileName.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileName_Rule(), this.getNamingRule(), "rule", null, 1, 1, FileName.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(exchangeFileEClass, ExchangeFile.class, "ExchangeFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExchangeFile_Name(), this.getFileName(), null, "name", null, 1, 1, ExchangeFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchangeFile_Location(), ecorePackage.getEString(), "location", null, 1, 1, ExchangeFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchangeFile_Size(), ecorePackage.getELong(), "size", null, 0, 1, ExchangeFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sendUnitEClass, SendUnit.class, "SendUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSendUnit_Serial(), ecorePackage.getEString(), "serial", null, 1, 1, SendUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSendUnit_SenderOffice(), ecorePackage.getEString(), "senderOffice", null, 1, 1, SendUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSendUnit_SenderServiceType(), ecorePackage.getEString(), "senderServiceType", null, 0, 1, SendUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSendUnit_ReceiverOffice(), ecorePackage.getEString(), "receiverOffice", null, 1, 1, SendUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSendUnit_ReceiverServiceType(), ecorePackage.getEString(), "receiverServiceType", null, 0, 1, SendUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSendUnit_Files(), this.getExchangeFile(), null, "files", null, 0, -1, SendUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exchangeEClass, Exchange.class, "Exchange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExchange_Folder(), ecorePackage.getEString(), "folder", null, 0, 1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExchange_Units(), this.getSendUnit(), null, "units", null, 0, -1, Exchange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(namingRuleEEnum, NamingRule.class, "NamingRule");
		addEEnumLiteral(namingRuleEEnum, NamingRule.V3);
		addEEnumLiteral(namingRuleEEnum, NamingRule.V4);

		// Create resource
		createResource(eNS_URI);
	}

} //ExchangePackageImpl
