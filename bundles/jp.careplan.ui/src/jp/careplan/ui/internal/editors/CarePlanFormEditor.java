/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

import jp.careplan.model.careplan.CarePlan1;
import jp.careplan.model.careplan.CarePlan2;
import jp.careplan.model.careplan.CarePlan2Row;
import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.CareplanPackage;
import jp.careplan.model.careplan.Need;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.SupportGoal;
import jp.careplan.model.forms.CarePlan2Forms;
import jp.careplan.ui.editors.ModelEditor;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.WidgetIds;

/**
 * 居宅サービス計画書 as the paper forms lay it out.
 * <ul>
 * <li>第1表 (UP1KYO): the plans on the left, the selected plan's items on the right under the standard's names
 * in the form's order, the long texts (課題分析の結果, 介護認定審査会の意見, 総合的な援助の方針, 算定理由) as
 * multi-line fields; a field's change is one command of the undo history when the field is left.</li>
 * <li>第2表 (UP2KYO): each plan as 生活全般の解決すべき課題 → 援助目標 (長期目標, 短期目標 and their 期間) → 援助内容
 * (サービス内容, ※1, サービス種別, ※2, 頻度, 期間), built by {@link CarePlan2Forms} over the records themselves;
 * selecting a line selects its record, edited in the Properties view.</li>
 * </ul>
 */
public final class CarePlanFormEditor extends ModelEditor {

    public static final String ID = "jp.careplan.ui.editors.carePlanForm";

    /** The 第1表 items written as paragraphs on the form. */
    private static final Set<EAttribute> LONG_TEXTS = Set.of(CareplanPackage.Literals.CARE_PLAN1__NEEDS_ANALYSIS,
            CareplanPackage.Literals.CARE_PLAN1__CERTIFICATION_BOARD_OPINION, CareplanPackage.Literals.CARE_PLAN1__OVERALL_POLICY,
            CareplanPackage.Literals.CARE_PLAN1__DAILY_LIFE_SUPPORT_REASON, CareplanPackage.Literals.CARE_PLAN1__OTHER_REASON);

    private AdapterFactoryItemDelegator items;
    private TreeViewer tree;
    private TableViewer plans;
    private final Map<EAttribute, Text> fields = new LinkedHashMap<>();
    private ISelection selection = StructuredSelection.EMPTY;
    /** The 第2表 tree's records as the editor's selection; {@code null} for a 第1表. */
    private SelectionForwarder forwarder;
    private Control main;

    @Override
    protected void createContent(Composite parent) {
        items = new AdapterFactoryItemDelegator(adapterFactory());
        parent.setLayout(new FillLayout());
        if (resource().document().getRecords().stream().anyMatch(CarePlan2Row.class::isInstance)) {
            createPlan2(parent);
        } else {
            createPlan1(parent);
        }
        bindUndoRedo();
    }

    // ---- 第1表 ----

    private void createPlan1(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        plans = new TableViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        WidgetIds.tag(plans.getTable(), WidgetIds.FORM_PLANS);
        plans.setContentProvider(ArrayContentProvider.getInstance());
        plans.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                CarePlan1 plan = (CarePlan1) element;
                return plan.getInsuredNumber() + "　" + Objects.toString(plan.getPlanDate(), "");
            }
        });
        ScrolledComposite scrolled = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite form = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        CarePlan1 sample = CareplanFactory.eINSTANCE.createCarePlan1();
        for (EAttribute attribute : CareplanPackage.Literals.CARE_PLAN1.getEAllAttributes()) {
            Label label = new Label(form, SWT.NONE);
            label.setText(itemName(sample, attribute) + ":");
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(label);
            boolean paragraph = LONG_TEXTS.contains(attribute);
            Text text = new Text(form, SWT.BORDER | (paragraph ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
            WidgetIds.tag(text, WidgetIds.FORM_FIELD_PREFIX + attribute.getName());
            GridDataFactory.fillDefaults().grab(true, false).hint(420, paragraph ? 80 : SWT.DEFAULT).applyTo(text);
            text.addListener(SWT.FocusOut, event -> commit(attribute, text));
            text.addListener(SWT.DefaultSelection, event -> commit(attribute, text));
            // typed but not yet confirmed is unsaved work too: the editor shows it dirty
            text.addListener(SWT.Modify, event -> firePropertyChange(PROP_DIRTY));
            if (paragraph) {
                // Tab leaves a paragraph (as in a dialog), Ctrl+Enter keeps the text; Enter makes a new line
                text.addListener(SWT.Traverse, event -> {
                    if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                        event.doit = true;
                    }
                });
            }
            fields.put(attribute, text);
        }
        scrolled.setContent(form);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        sash.setWeights(1, 3);
        plans.addSelectionChangedListener(event -> {
            selection = event.getSelection();
            showPlan1();
            fireSelection();
        });
        plans.setInput(plan1s());
        if (plans.getTable().getItemCount() > 0) {
            plans.setSelection(new StructuredSelection(plans.getElementAt(0)));
        }
        provideSelection(plans);
        main = plans.getControl();
    }

    private List<CarePlan1> plan1s() {
        return resource().document().getRecords().stream().filter(CarePlan1.class::isInstance).map(CarePlan1.class::cast).toList();
    }

    private CarePlan1 selectedPlan1() {
        Object first = plans == null ? null : plans.getStructuredSelection().getFirstElement();
        return first instanceof CarePlan1 plan ? plan : null;
    }

    private void showPlan1() {
        CarePlan1 plan = selectedPlan1();
        fields.forEach((attribute, text) -> {
            String value = plan == null ? "" : Objects.toString(plan.eGet(attribute), "");
            if (!text.getText().equals(value)) {
                text.setText(value);
            }
            text.setEnabled(plan != null);
        });
    }

    /** A field's text as one SetCommand, when it differs from the record (empty text = empty item). */
    private void commit(EAttribute attribute, Text text) {
        CarePlan1 plan = selectedPlan1();
        if (plan == null || text.isDisposed()) {
            return;
        }
        String now = Objects.toString(plan.eGet(attribute), "");
        if (!now.equals(text.getText())) {
            getEditingDomain().getCommandStack().execute(SetCommand.create(getEditingDomain(), plan, attribute,
                    text.getText().isEmpty() && plan.eGet(attribute) == null ? null : text.getText()));
        }
    }

    /** Whether a field holds text the record does not have yet. */
    private boolean fieldPending() {
        CarePlan1 plan = selectedPlan1();
        return plan != null && fields.entrySet().stream().anyMatch(field -> !field.getValue().isDisposed()
                && !field.getValue().getText().equals(Objects.toString(plan.eGet(field.getKey()), "")));
    }

    @Override
    protected void commitPending() {
        fields.forEach(this::commit);
    }

    @Override
    public boolean isDirty() {
        return super.isDirty() || fieldPending();
    }

    // ---- 第2表 ----

    private void createPlan2(Composite parent) {
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree widget = WidgetIds.tag(tree.getTree(), WidgetIds.FORM_TREE);
        widget.setHeaderVisible(true);
        widget.setLinesVisible(true);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof CarePlan2 plan) {
                    return plan.getNeeds().toArray();
                }
                if (parent instanceof Need need) {
                    return need.getGoals().toArray();
                }
                return parent instanceof SupportGoal goal ? goal.getSupports().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !(element instanceof CarePlan2Row) && getChildren(element).length > 0;
            }
        });
        CarePlan2Row sample = CareplanFactory.eINSTANCE.createCarePlan2Row();
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__ISSUE), 260, element -> {
            if (element instanceof CarePlan2 plan) {
                return plan.getInsuredNumber() + "　" + Objects.toString(plan.getPlanDate(), "");
            }
            return element instanceof Need need ? Objects.toString(need.getText(), "") : "";
        });
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__LONG_TERM_GOAL), 200,
                goal(SupportGoal::getLongTermGoal));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__LONG_TERM_PERIOD), 110,
                goal(SupportGoal::getLongTermPeriod));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__SHORT_TERM_GOAL), 200,
                goal(SupportGoal::getShortTermGoal));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__SHORT_TERM_PERIOD), 110,
                goal(SupportGoal::getShortTermPeriod));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__SERVICE_CONTENT), 200, support(CarePlan2Row::getServiceContent));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__INSURANCE_COVERAGE), 50,
                support(CarePlan2Row::getInsuranceCoverage));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__SERVICE_KIND), 120, support(CarePlan2Row::getServiceKind));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__PROVIDER_NAME), 140, support(CarePlan2Row::getProviderName));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__FREQUENCY), 90, support(CarePlan2Row::getFrequency));
        column(itemName(sample, CareplanPackage.Literals.CARE_PLAN2_ROW__PERIOD), 110, support(CarePlan2Row::getPeriod));
        tree.setInput(CarePlan2Forms.of(resource().document().getRecords()));
        tree.expandAll();
        tree.addSelectionChangedListener(event -> {
            Object first = event.getStructuredSelection().getFirstElement();
            CarePlan2Row record = recordOf(first);
            selection = record == null ? StructuredSelection.EMPTY : new StructuredSelection(record);
            fireSelection();
        });
        forwarder = new SelectionForwarder();
        provideSelection(forwarder);
        main = tree.getControl();
    }

    /** The record a line of the 第2表 stands for: a 援助内容 itself, else the first record of its group. */
    private static CarePlan2Row recordOf(Object element) {
        if (element instanceof CarePlan2Row row) {
            return row;
        }
        if (element instanceof SupportGoal goal) {
            return goal.getSupports().isEmpty() ? null : goal.getSupports().get(0);
        }
        if (element instanceof Need need) {
            return need.getGoals().isEmpty() ? null : recordOf(need.getGoals().get(0));
        }
        return element instanceof CarePlan2 plan && !plan.getNeeds().isEmpty() ? recordOf(plan.getNeeds().get(0)) : null;
    }

    private static Function<Object, String> goal(Function<SupportGoal, String> text) {
        return element -> element instanceof SupportGoal goal ? Objects.toString(text.apply(goal), "") : "";
    }

    private static Function<Object, String> support(Function<CarePlan2Row, String> text) {
        return element -> element instanceof CarePlan2Row row ? Objects.toString(text.apply(row), "") : "";
    }

    private void column(String title, int width, Function<Object, String> text) {
        Columns.add(tree, title, width, text);
    }

    // ---- shared ----

    /** The standard's name of an item, as the generated item providers give it. */
    private String itemName(EObject sample, EAttribute attribute) {
        IItemPropertyDescriptor descriptor = items.getPropertyDescriptor(sample, attribute.getName());
        return descriptor == null ? attribute.getName() : descriptor.getDisplayName(sample);
    }

    /** The 第2表 tree's selection as the records it stands for (for the Properties view). */
    private final class SelectionForwarder implements org.eclipse.jface.viewers.ISelectionProvider {
        private final List<org.eclipse.jface.viewers.ISelectionChangedListener> listeners = new ArrayList<>();

        @Override
        public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            if (newSelection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Record record) {
                selectRecord(record);
            }
        }

        void fire() {
            org.eclipse.jface.viewers.SelectionChangedEvent event = new org.eclipse.jface.viewers.SelectionChangedEvent(this, selection);
            List.copyOf(listeners).forEach(listener -> listener.selectionChanged(event));
        }
    }

    private void fireSelection() {
        if (forwarder != null) {
            forwarder.fire();
        }
    }

    @Override
    protected boolean isDisposed() {
        return main == null || main.isDisposed();
    }

    @Override
    protected void modelChanged() {
        if (tree != null) {
            Object[] expanded = tree.getExpandedElements();
            tree.setInput(CarePlan2Forms.of(resource().document().getRecords()));
            tree.expandAll();
            if (expanded.length == 0) {
                tree.collapseAll();
            }
        } else {
            plans.refresh();
            showPlan1();
        }
    }

    @Override
    protected ISelection selection() {
        return selection;
    }

    @Override
    public void selectRecord(Record record) {
        if (tree != null && record instanceof CarePlan2Row row) {
            tree.setSelection(new StructuredSelection(row), true);
        } else if (plans != null && record instanceof CarePlan1) {
            plans.setSelection(new StructuredSelection(record), true);
        }
    }

    @Override
    protected void focusContent() {
        main.setFocus();
    }
}
