/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.OfficePreferences;

/** Window › Preferences › careplan: own offices, their サービス種類コード, the export folder, the display language. */
public final class CareplanPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public CareplanPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, OfficePreferences.NODE));
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is the instance scope of the UI bundle
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor offices = new StringFieldEditor(OfficePreferences.OFFICES, Messages.Preferences_offices,
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return OfficePreferences.isValidOfficeList(getStringValue());
            }
        };
        offices.setErrorMessage(Messages.Preferences_officesError);
        addField(offices);
        StringFieldEditor type = new StringFieldEditor(OfficePreferences.SERVICE_TYPE, Messages.Preferences_serviceType, 4,
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return getStringValue().isEmpty() || getStringValue().matches("[0-9A-Z]{2}");
            }
        };
        type.setErrorMessage(Messages.Preferences_serviceTypeError);
        addField(type);
        addField(new DirectoryFieldEditor(OfficePreferences.EXPORT_FOLDER, Messages.Preferences_exportFolder,
                getFieldEditorParent()));
        // read by the start script: the workbench speaks the chosen language from its next start
        addField(new ComboFieldEditor(OfficePreferences.LANGUAGE, Messages.Preferences_language,
                new String[][] { { Messages.Preferences_languageAuto, "" }, { "日本語", "ja" }, { "English", "en" } },
                getFieldEditorParent()));
    }
}
