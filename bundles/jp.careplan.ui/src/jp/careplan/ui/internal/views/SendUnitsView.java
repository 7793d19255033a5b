/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import jp.careplan.csv.CsvProblem.Severity;
import jp.careplan.csv.FileNames;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.exchange.ExchangeFile;
import jp.careplan.model.exchange.SendUnit;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.editors.Editors;

/**
 * 送信単位: the files of the exchange folder grouped by send unit in 取込順序 (ファイル連番), each unit with what
 * it holds, its month, sender and receiver, its users and a status from the check (問題なし, 警告あり, エラーあり,
 * 検査中…). It shows what the データ連携フォルダ view has read and follows it (the folder on disk, the check,
 * the filter typed there: a unit is shown when one of its files passes the filter). Enter on a file opens it;
 * selecting a file drives the 予実突合 view as a selection in the folder view does.
 */
public final class SendUnitsView extends ViewPart {

    public static final String ID = "jp.careplan.ui.views.units";

    /** A unit as shown: its files' rows (those that pass the filter). */
    record UnitNode(SendUnit unit, List<ExchangeView.Row> rows, List<ExchangeView.Row> all) {
    }

    private final FileNames names = FileNames.of(LayoutRegistry.getDefault());
    private TreeViewer viewer;
    private Label message;
    private ExchangeView exchange;
    private final Runnable refresher = () -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference reference) {
            if (ExchangeView.ID.equals(reference.getId())) {
                attach();
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (ExchangeView.ID.equals(reference.getId())) {
                detach();
                refresh();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree tree = WidgetIds.tag(viewer.getTree(), WidgetIds.UNITS_TREE);
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof UnitNode node ? node.rows().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof UnitNode node && !node.rows().isEmpty();
            }
        });
        column(Messages.SendUnitsView_unit, 300, node -> node.unit().getSerial(), row -> row.path().getFileName().toString());
        column(Messages.SendUnitsView_contents, 260, this::contents, row -> kindName(row.file()));
        column(Messages.ExchangeView_columnMonth, 70, node -> months(node), row -> Objects.toString(row.file().getName().getMonth(), ""));
        column(Messages.SendUnitsView_route, 230, node -> node.unit().getSenderOffice() + " → " + node.unit().getReceiverOffice(),
                row -> "");
        column(Messages.ExchangeView_columnUsers, 160, node -> exchange == null ? "" : exchange.usersText(node.all()),
                row -> exchange == null ? "" : exchange.usersText(List.of(row)));
        column(Messages.SendUnitsView_status, 130, this::status, row -> exchange == null ? "" : exchange.checkText(row));
        viewer.addOpenListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof ExchangeView.Row row) {
                try {
                    Editors.open(getSite().getPage(), row.path(), row.file().getName().getKind());
                } catch (PartInitException e) {
                    message.setText(NLS.bind(Messages.RecordsEditor_unreadable, row.path().getFileName()));
                }
            } else if (first instanceof UnitNode node) {
                viewer.setExpandedState(node, !viewer.getExpandedState(node));
            }
        });
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(partListener);
        attach();
        refresh();
    }

    private void attach() {
        detach();
        IViewPart part = getSite().getPage().findView(ExchangeView.ID);
        if (part == null) {
            try {
                // the folder view reads the folder: create it (without showing it) when this view comes first
                part = getSite().getPage().showView(ExchangeView.ID, null, IWorkbenchPage.VIEW_CREATE);
            } catch (PartInitException e) {
                part = null;
            }
        }
        if (part instanceof ExchangeView view) {
            exchange = view;
            exchange.addChangeListener(refresher);
        }
    }

    private void detach() {
        if (exchange != null) {
            exchange.removeChangeListener(refresher);
            exchange = null;
        }
    }

    /** Shows the units again, keeping what was expanded and selected. */
    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (exchange == null) {
            message.setText(Messages.SendUnitsView_noFolderView);
            viewer.setInput(List.of());
            return;
        }
        List<String> expanded = new ArrayList<>();
        for (Object element : viewer.getExpandedElements()) {
            expanded.add(((UnitNode) element).unit().getSerial() + ((UnitNode) element).unit().getSenderOffice());
        }
        List<UnitNode> nodes = new ArrayList<>();
        for (SendUnit unit : exchange.units()) {
            List<ExchangeView.Row> all = new ArrayList<>();
            for (ExchangeFile file : unit.getFiles()) {
                ExchangeView.Row row = exchange.rowOf(Path.of(file.getLocation()).toAbsolutePath().normalize());
                if (row != null) {
                    all.add(row);
                }
            }
            List<ExchangeView.Row> shown = all.stream().filter(exchange::shown).toList();
            if (!shown.isEmpty()) {
                nodes.add(new UnitNode(unit, shown, all));
            }
        }
        message.setText(NLS.bind(Messages.SendUnitsView_count, nodes.size(), exchange.units().size()));
        viewer.setInput(nodes);
        for (UnitNode node : nodes) {
            if (expanded.contains(node.unit().getSerial() + node.unit().getSenderOffice())) {
                viewer.setExpandedState(node, true);
            }
        }
        message.getParent().layout(true);
    }

    /** The unit shown for a 連番 (for tests). */
    List<UnitNode> nodes() {
        Object input = viewer.getInput();
        List<UnitNode> nodes = new ArrayList<>();
        if (input instanceof List<?> list) {
            list.forEach(element -> nodes.add((UnitNode) element));
        }
        return nodes;
    }

    private String contents(UnitNode node) {
        return node.all().stream().map(row -> row.file().getName().getKind()).collect(Collectors.joining(" + "));
    }

    private static String months(UnitNode node) {
        return node.all().stream().map(row -> row.file().getName().getMonth()).filter(Objects::nonNull)
                .filter(month -> !"000000".equals(month)).distinct().collect(Collectors.joining(", "));
    }

    private String kindName(ExchangeFile file) {
        return names.kinds().find(file.getName().getKind()).map(kind -> kind.displayName(Locale.getDefault())).orElse("");
    }

    /** エラーあり, 警告あり, 問題なし, or 検査中… while any file is being checked. */
    String status(UnitNode node) {
        Severity worst = worstOf(node);
        if (exchange == null || node.all().stream().anyMatch(row -> !exchange.checked(row))) {
            return Messages.ExchangeView_checking;
        }
        return worst == Severity.ERROR ? Messages.SendUnitsView_errors
                : worst == Severity.WARNING ? Messages.SendUnitsView_warnings : Messages.SendUnitsView_clean;
    }

    private Severity worstOf(UnitNode node) {
        Severity worst = null;
        for (ExchangeView.Row row : node.all()) {
            Severity severity = exchange == null ? null : exchange.worst(row);
            if (severity == Severity.ERROR || (severity == Severity.WARNING && worst == null)) {
                worst = severity;
            }
        }
        return worst;
    }

    private void column(String title, int width, Function<UnitNode, String> unitText, Function<ExchangeView.Row, String> fileText) {
        Columns.add(viewer, title, width,
                (Object element) -> element instanceof UnitNode node ? unitText.apply(node) : fileText.apply((ExchangeView.Row) element),
                this::colour);
    }

    /** Red for an error, dark yellow for a warning (of a unit: its worst file). */
    private Color colour(Object element) {
        Severity worst = element instanceof UnitNode node ? worstOf(node)
                : exchange == null ? null : exchange.worst((ExchangeView.Row) element);
        return worst == Severity.ERROR ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED)
                : worst == Severity.WARNING ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW) : null;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        detach();
        super.dispose();
    }
}
