/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.wizards;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;

/** The workbench's wizards open in a dialog whose Finish button says what it does (書き出す, 取り込む). */
final class Wizards {

    private Wizards() {
    }

    static int open(Shell shell, IWizard wizard, String finishLabel, String finishId) {
        WizardDialog dialog = new WizardDialog(shell, wizard) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent);
                Button finish = getButton(IDialogConstants.FINISH_ID);
                finish.setText(finishLabel);
                WidgetIds.tag(finish, finishId);
                getButton(IDialogConstants.CANCEL_ID).setText(Messages.ModelEditor_cancel);
                setButtonLayoutData(finish);
            }
        };
        return dialog.open();
    }
}
