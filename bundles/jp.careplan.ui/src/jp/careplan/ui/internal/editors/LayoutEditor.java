/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

import jp.careplan.csv.AtomicFiles;
import jp.careplan.csv.LayoutChanges;
import jp.careplan.csv.PlainLayouts;
import jp.careplan.layout.CodeListRegistry.FormatException;
import jp.careplan.layout.ColumnType;
import jp.careplan.layout.LayoutCheck;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.layout.LayoutSet;
import jp.careplan.ui.internal.Columns;
import jp.careplan.ui.internal.Messages;
import jp.careplan.ui.internal.WidgetIds;
import jp.careplan.ui.internal.views.DraftLayoutsView;

/**
 * The layout editor: a spec author's draft in the plain table format (see {@link PlainLayouts}), as a table of items
 * per file kind — No., 項目名, 必須, 属性, 桁数, 書式, コード — edited in place from the keyboard (F2 or Enter edits a
 * cell, Tab moves to the next; Insert adds an item, Delete removes, Alt+Up/Down moves), the items after an added or
 * removed one numbered on, every change undoable. Nothing is renumbered behind the author's back: a draft with a gap
 * keeps it, and the check names it. Every cell of a line is kept, also those beyond the format's (a 備考 column), and
 * blank lines, the encoding, a byte-order mark and the line ends. After each change the draft is read as the checker would read it and the layout checked itself (numbering,
 * lengths, formats, code lists, features); the problems are listed under the table and a double click goes to the
 * item. Saving writes the table atomically in the encoding it came in; a draft the レイアウト草案 view uses is read
 * again, so its differences and impact follow the edit.
 */
public final class LayoutEditor extends EditorPart {

    public static final String ID = "jp.careplan.ui.editors.layout";

    /** The columns of the item table, as the plain table's header names them (the first, ファイル種類, is the kind list). */
    private static final List<String> CELLS = PlainLayouts.HEADER.subList(1, PlainLayouts.HEADER.size());

    /** A problem of the draft: the kind and No. it is about (0 when about the whole draft) and its text. */
    public record Problem(String kind, int number, String text) {
    }

    private Path path;
    private PlainLayouts.Table table;
    private final Deque<PlainLayouts.Table> undo = new ArrayDeque<>();
    private final Deque<PlainLayouts.Table> redo = new ArrayDeque<>();
    private boolean dirty;
    private String kind;
    private List<Problem> problems = List.of();

    private final Map<String, Text> metaFields = new LinkedHashMap<>();
    private TableViewer kinds;
    private TableViewer items;
    private TableViewer problemList;
    private Label summary;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof LayoutDraftInput draft)) {
            throw new PartInitException(NLS.bind(Messages.LayoutEditor_unreadable, input.getName(), "input"));
        }
        setSite(site);
        setInput(input);
        path = draft.path();
        try {
            table = PlainLayouts.table(Files.readAllBytes(path));
        } catch (FormatException e) {
            throw new PartInitException(NLS.bind(Messages.LayoutEditor_unreadable, path.getFileName(), e.getMessage()));
        } catch (IOException e) {
            throw new PartInitException(NLS.bind(Messages.LayoutEditor_unreadable, path.getFileName(), e.getClass().getSimpleName()));
        }
        setPartName(path.getFileName().toString());
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);
        Composite meta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(meta);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(meta);
        for (String key : List.of(PlainLayouts.VERSION, PlainLayouts.CSV_VERSION, PlainLayouts.VALID_FROM, PlainLayouts.NAMING_RULE)) {
            new Label(meta, SWT.NONE).setText(key + ":");
            Text field = WidgetIds.tag(new Text(meta, SWT.BORDER), WidgetIds.LAYOUT_EDITOR_META + "." + key);
            field.setText(table.meta().getOrDefault(key, ""));
            GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(field);
            // a field's change is one step of the undo history, taken when the field is left (or the draft saved);
            // the editor is dirty from the first key
            field.addListener(SWT.FocusOut, event -> commitField(key, field));
            field.addListener(SWT.Modify, event -> {
                if (!dirty && !field.getText().strip().equals(table.meta().getOrDefault(key, ""))) {
                    dirty = true;
                    firePropertyChange(PROP_DIRTY);
                }
            });
            field.addListener(SWT.DefaultSelection, event -> field.notifyListeners(SWT.FocusOut, event));
            metaFields.put(key, field);
        }

        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm horizontal = new SashForm(vertical, SWT.HORIZONTAL);

        Composite left = new Composite(horizontal, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        kinds = new TableViewer(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(kinds.getTable());
        WidgetIds.tag(kinds.getTable(), WidgetIds.LAYOUT_EDITOR_KINDS);
        kinds.getTable().setHeaderVisible(true);
        kinds.setContentProvider(ArrayContentProvider.getInstance());
        Columns.<String>add(kinds, PlainLayouts.HEADER.get(0), 150, name -> name);
        Columns.<String>add(kinds, Messages.LayoutEditor_count, 60, name -> Long.toString(itemsOf(name).size()));
        kinds.addSelectionChangedListener(event -> {
            Object chosen = event.getStructuredSelection().getFirstElement();
            if (chosen instanceof String name && !name.equals(kind)) {
                kind = name;
                items.setInput(itemsOf(kind));
            }
        });

        Composite right = new Composite(horizontal, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(right);
        items = new TableViewer(right, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(items.getTable(), WidgetIds.LAYOUT_EDITOR_ITEMS);
        items.getTable().setHeaderVisible(true);
        items.getTable().setLinesVisible(true);
        items.setContentProvider(ArrayContentProvider.getInstance());
        int[] widths = { 50, 240, 50, 130, 60, 110, 320 };
        for (int i = 0; i < CELLS.size(); i++) {
            int cell = i + 1;
            TableViewerColumn column = Columns.<List<String>>add(items, CELLS.get(i), widths[i], item -> item.get(cell));
            if (cell != 1) {
                column.setEditingSupport(new CellEditing(cell));
            }
        }
        editableFromTheKeyboard();
        items.getTable().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.INSERT) {
                addItem();
            } else if (event.keyCode == SWT.DEL) {
                removeItems();
            } else if ((event.stateMask & SWT.ALT) != 0 && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
                moveItem(event.keyCode == SWT.ARROW_UP ? -1 : 1);
                event.doit = false;
            }
        });
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(items.getTable());
        Button newKind = WidgetIds.tag(new Button(left, SWT.PUSH), WidgetIds.LAYOUT_EDITOR_ADD_KIND);
        newKind.setText(Messages.LayoutEditor_addKind);
        newKind.addListener(SWT.Selection, event -> {
            org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(),
                    Messages.LayoutEditor_addKind, Messages.LayoutEditor_kindPrefix, "", text -> {
                        if (!text.matches("[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*")) {
                            return Messages.LayoutEditor_kindForm;
                        }
                        return kindNames().contains(text) ? Messages.LayoutEditor_kindTaken : null;
                    });
            if (ask.open() == org.eclipse.jface.window.Window.OK) {
                addKind(ask.getValue());
            }
        });
        button(right, Messages.LayoutEditor_add, WidgetIds.LAYOUT_EDITOR_ADD, this::addItem);
        button(right, Messages.LayoutEditor_remove, WidgetIds.LAYOUT_EDITOR_REMOVE, this::removeItems);
        button(right, Messages.LayoutEditor_up, WidgetIds.LAYOUT_EDITOR_UP, () -> moveItem(-1));
        button(right, Messages.LayoutEditor_down, WidgetIds.LAYOUT_EDITOR_DOWN, () -> moveItem(1));
        summary = WidgetIds.tag(new Label(right, SWT.NONE), WidgetIds.LAYOUT_EDITOR_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        horizontal.setWeights(1, 5);

        problemList = new TableViewer(vertical, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        WidgetIds.tag(problemList.getTable(), WidgetIds.LAYOUT_EDITOR_PROBLEMS);
        problemList.getTable().setHeaderVisible(true);
        problemList.setContentProvider(ArrayContentProvider.getInstance());
        Columns.<Problem>add(problemList, PlainLayouts.HEADER.get(0), 120, Problem::kind);
        Columns.<Problem>add(problemList, "No.", 50, problem -> problem.number() > 0 ? Integer.toString(problem.number()) : "");
        Columns.<Problem>add(problemList, Messages.LayoutEditor_problem, 700, Problem::text);
        problemList.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Problem problem) {
                goTo(problem.kind(), problem.number());
            }
        });
        vertical.setWeights(4, 1);

        bindUndoRedo();
        refresh();
        List<String> names = kindNames();
        if (!names.isEmpty()) {
            selectKind(names.get(0));
        }
    }

    /** F2 or Enter edits the focused cell, Tab goes on to the next; a double click edits too. */
    private void editableFromTheKeyboard() {
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(items, new FocusCellOwnerDrawHighlighter(items));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(items) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR);
            }
        };
        TableViewerEditor.create(items, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    private void button(Composite parent, String text, String id, Runnable action) {
        Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
    }

    /** Edits one cell of an item: 必須 and 属性 from their lists, the others as text. */
    private final class CellEditing extends EditingSupport {
        private final int cell;
        private final List<String> choices;

        CellEditing(int cell) {
            super(items);
            this.cell = cell;
            this.choices = cell == 3 ? List.of("○", "") : cell == 4 ? ColumnType.VALUES.stream().map(ColumnType::getLiteral).toList() : null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return choices == null ? new TextCellEditor(items.getTable())
                    : new ComboBoxCellEditor(items.getTable(), choices.toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            String value = ((List<?>) element).get(cell).toString();
            return choices == null ? value : Integer.valueOf(Math.max(0, choices.indexOf(value)));
        }

        @Override
        protected void setValue(Object element, Object value) {
            String text = choices == null ? String.valueOf(value).strip()
                    : (Integer) value >= 0 && (Integer) value < choices.size() ? choices.get((Integer) value) : "";
            int index = itemsOf(kind).indexOf(element);
            if (index >= 0) {
                setCell(kind, index + 1, cell, text);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // what the editor does, also for tests that cannot work every widget

    /** Sets one cell (1 = No. … 7 = コード) of the item of a kind with the given No.; nothing when it is already so. */
    public void setCell(String ofKind, int number, int cell, String value) {
        List<String> item = itemNumbered(ofKind, number);
        if (item == null || item.get(cell).equals(value)) {
            return;
        }
        int index = table.items().indexOf(item);
        change(copy -> copy.items().get(index).set(cell, value));
    }

    /** Adds an item after the selected one (at the end when none is selected), of type フリーテキスト, to be named. */
    public void addItem() {
        if (kind == null) {
            return;
        }
        List<List<String>> ofKind = itemsOf(kind);
        int after = selectedIndex();
        int position = after >= 0 ? table.items().indexOf(ofKind.get(after)) + 1
                : ofKind.isEmpty() ? table.items().size() : table.items().indexOf(ofKind.get(ofKind.size() - 1)) + 1;
        String name = Messages.LayoutEditor_newItem;
        int previous = after >= 0 ? parse(ofKind.get(after).get(1)) : ofKind.isEmpty() ? 0 : parse(ofKind.get(ofKind.size() - 1).get(1));
        int number = previous + 1;
        String ofThisKind = kind;
        change(copy -> {
            // the items numbered from the new one's No. on move up by one; other numbers (a gap the author left) stay
            shift(copy, ofThisKind, number, 1);
            List<String> item = new ArrayList<>(List.of(ofThisKind, Integer.toString(number), name, "", ColumnType.TEXT.getLiteral(), "",
                    "", ""));
            copy.items().add(position, item);
        });
        int added = after >= 0 ? after + 1 : itemsOf(kind).size() - 1;
        items.setSelection(new StructuredSelection(itemsOf(kind).get(added)), true);
        items.editElement(itemsOf(kind).get(added), 1); // its 項目名
    }

    /**
     * Adds a file kind of a draft's own (a new table), with the items every record of the standard begins with
     * (CSVバージョン, 保険者番号, 被保険者番号), and shows it.
     */
    public void addKind(String prefix) {
        if (kindNames().contains(prefix)) {
            return;
        }
        change(copy -> {
            copy.items().add(new ArrayList<>(List.of(prefix, "1", "CSVバージョン", "○", ColumnType.YEAR_MONTH.getLiteral(), "6", "YYYYMM", "")));
            copy.items().add(new ArrayList<>(List.of(prefix, "2", "保険者番号", "○", ColumnType.DIGITS.getLiteral(), "6", "", "")));
            copy.items().add(new ArrayList<>(List.of(prefix, "3", "被保険者番号", "○", ColumnType.INSURED_NUMBER.getLiteral(), "10", "", "")));
        });
        selectKind(prefix);
    }

    /** Removes the selected items of the kind shown. */
    public void removeItems() {
        List<List<String>> chosen = selection();
        if (chosen.isEmpty()) {
            return;
        }
        List<Integer> indexes = chosen.stream().map(table.items()::indexOf).sorted((a, b) -> b - a).toList();
        String ofThisKind = kind;
        change(copy -> {
            for (int index : indexes) {
                int number = parse(copy.items().get(index).get(1));
                copy.items().remove(index);
                // the items numbered after it move down by one
                shift(copy, ofThisKind, number + 1, -1);
            }
        });
    }

    /** Moves the selected item one place up (-1) or down (1) among the items of its kind. */
    public void moveItem(int delta) {
        int index = selectedIndex();
        List<List<String>> ofKind = itemsOf(kind);
        if (index < 0 || index + delta < 0 || index + delta >= ofKind.size()) {
            return;
        }
        int from = table.items().indexOf(ofKind.get(index));
        int to = table.items().indexOf(ofKind.get(index + delta));
        change(copy -> {
            // the two items change places and keep the numbers of their places
            String fromNumber = copy.items().get(from).get(1);
            copy.items().get(from).set(1, copy.items().get(to).get(1));
            copy.items().get(to).set(1, fromNumber);
            java.util.Collections.swap(copy.items(), from, to);
        });
        items.setSelection(new StructuredSelection(itemsOf(kind).get(index + delta)), true);
    }

    /** Shows the items of a kind. */
    public void selectKind(String name) {
        kinds.setSelection(new StructuredSelection(name), true);
        kind = name;
        items.setInput(itemsOf(kind));
    }

    /** The problems of the draft as it stands: how it would be read, then the layout's own check. */
    public List<Problem> problems() {
        return problems;
    }

    /** The table as it stands (the lines {@code 項目,値} and the items). */
    public PlainLayouts.Table table() {
        return table;
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(table);
            table = undo.pop();
            afterChange();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(table);
            table = redo.pop();
            afterChange();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private interface Edit {
        void apply(PlainLayouts.Table copy);
    }

    /**
     * One step of the undo history: the table copied, changed, then checked. Numbers change only as an added, removed or
     * moved item makes them (see {@link #shift}); a draft numbered out of order or with gaps stays so, and the check
     * says where.
     */
    private void change(Edit edit) {
        PlainLayouts.Table copy = copy(table);
        edit.apply(copy);
        undo.push(table);
        redo.clear();
        table = copy;
        afterChange();
    }

    private void afterChange() {
        dirty = true;
        firePropertyChange(PROP_DIRTY);
        metaFields.forEach((key, field) -> {
            if (!field.isFocusControl()) {
                field.setText(table.meta().getOrDefault(key, ""));
            }
        });
        refresh();
    }

    private static PlainLayouts.Table copy(PlainLayouts.Table table) {
        List<List<String>> rows = new ArrayList<>();
        table.items().forEach(item -> rows.add(new ArrayList<>(item)));
        return new PlainLayouts.Table(new LinkedHashMap<>(table.meta()), table.header(), rows, table.utf8(), table.bom(),
                table.crlf());
    }

    /** Adds {@code delta} to the No. of every item of a kind numbered {@code from} or more (numbers only). */
    private static void shift(PlainLayouts.Table table, String ofKind, int from, int delta) {
        for (List<String> item : table.items()) {
            if (!item.isEmpty() && item.get(0).strip().equals(ofKind)) {
                int number = parse(item.get(1));
                if (number >= from && number > 0) {
                    item.set(1, Integer.toString(number + delta));
                }
            }
        }
    }

    /** The item of a kind whose No. is the number (the author's numbering, which may have gaps), or {@code null}. */
    private List<String> itemNumbered(String ofKind, int number) {
        return itemsOf(ofKind).stream().filter(item -> parse(item.get(1)) == number).findFirst().orElse(null);
    }

    private void commitField(String key, Text field) {
        if (!field.getText().strip().equals(table.meta().getOrDefault(key, ""))) {
            change(copy -> copy.meta().put(key, field.getText().strip()));
        }
    }

    private void refresh() {
        problems = check();
        List<String> names = kindNames();
        kinds.setInput(names);
        if (kind != null && !names.contains(kind)) {
            kind = names.isEmpty() ? null : names.get(0);
        }
        // the table is a new copy after each step: the rows selected stay selected by their place
        int[] selected = items.getTable().getSelectionIndices();
        items.setInput(kind == null ? List.of() : itemsOf(kind));
        items.getTable().setSelection(selected);
        problemList.setInput(problems);
        summary.setText(problems.isEmpty() ? Messages.LayoutEditor_sound : NLS.bind(Messages.LayoutEditor_problems, problems.size()));
        summary.getParent().layout(true);
    }

    /** Reads the draft as the checker would and checks the layout itself; problems name kind, No. and item, never a value. */
    private List<Problem> check() {
        byte[] bytes = PlainLayouts.bytes(table);
        LayoutSet set;
        try {
            set = PlainLayouts.read(path.getFileName().toString(), bytes, jp.careplan.ui.internal.SessionDrafts.installed());
        } catch (FormatException e) {
            // the line of the table the reader stopped at: the lines 項目,値, the header, then the items
            int index = e.line() - table.meta().size() - 2;
            List<String> item = index >= 0 && index < table.items().size() ? table.items().get(index) : null;
            return List.of(new Problem(item == null ? "" : item.get(0), item == null ? 0 : parse(item.get(1)), e.getMessage()));
        } catch (IOException e) {
            return List.of(new Problem("", 0, e.getClass().getSimpleName()));
        }
        List<Problem> found = new ArrayList<>();
        for (LayoutCheck.Finding finding : LayoutCheck.of(set)) {
            found.add(new Problem(finding.kind(), finding.number(), LayoutChanges.describe(finding, Locale.getDefault())));
        }
        return found;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void goTo(String name, int number) {
        if (name == null || name.isEmpty() || !kindNames().contains(name)) {
            return;
        }
        selectKind(name);
        List<String> item = itemNumbered(name, number);
        if (item != null) {
            items.setSelection(new StructuredSelection(item), true);
            items.getTable().setFocus();
        }
    }

    private List<String> kindNames() {
        List<String> names = new ArrayList<>();
        for (List<String> item : table.items()) {
            if (item.isEmpty()) {
                continue; // a blank line the author keeps
            }
            String name = item.get(0).strip();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private List<List<String>> itemsOf(String name) {
        return table.items().stream().filter(item -> !item.isEmpty() && item.get(0).strip().equals(name)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> selection() {
        IStructuredSelection selected = items.getStructuredSelection();
        List<List<String>> result = new ArrayList<>();
        for (Object element : selected.toList()) {
            result.add((List<String>) element);
        }
        return result;
    }

    private int selectedIndex() {
        List<List<String>> chosen = selection();
        return chosen.isEmpty() || kind == null ? -1 : itemsOf(kind).indexOf(chosen.get(0));
    }

    private void bindUndoRedo() {
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action() {
            @Override
            public void run() {
                undo();
            }
        });
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new Action() {
            @Override
            public void run() {
                redo();
            }
        });
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        metaFields.forEach(this::commitField); // a field still being typed in is part of what is saved
        byte[] bytes = PlainLayouts.bytes(table);
        try {
            AtomicFiles.write(path, out -> out.write(bytes));
        } catch (IOException e) {
            summary.setText(NLS.bind(Messages.LayoutEditor_notSaved, path.getFileName(), e.getClass().getSimpleName()));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        dirty = false;
        firePropertyChange(PROP_DIRTY);
        // a draft the session uses is read again, so that its differences and impact follow the edit
        if (getSite().getPage().findView(DraftLayoutsView.ID) instanceof DraftLayoutsView drafts && drafts.uses(path)) {
            drafts.loadDraft(path);
        }
    }

    @Override
    public void doSaveAs() {
        // a draft is saved where it is; to start another, export a version from the レイアウト草案 view
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        items.getTable().setFocus();
    }
}
