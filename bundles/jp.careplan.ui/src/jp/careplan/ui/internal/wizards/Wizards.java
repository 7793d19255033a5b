/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.wizards;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

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

    /** A label and its value, over two columns of {@code body}. */
    static void line(Composite body, String label, String value) {
        new Label(body, SWT.NONE).setText(label);
        Label text = new Label(body, SWT.NONE);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
    }

    /** A folder field with its label and a browse button (a directory dialog), over three columns of {@code body}. */
    static Text folderField(Composite body, String label, String id, String initial) {
        new Label(body, SWT.NONE).setText(label);
        Text folder = WidgetIds.tag(new Text(body, SWT.BORDER), id);
        folder.setText(initial == null ? "" : initial);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.ExchangeView_browse);
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(body.getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        return folder;
    }
}
