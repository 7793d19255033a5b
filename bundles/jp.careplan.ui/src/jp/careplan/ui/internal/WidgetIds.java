/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on the widgets that tests and assistive scripts find. The key is SWTBot's
 * ({@code SWTBotPreferences.DEFAULT_KEY}), so {@code bot.tableWithId(...)} would find the same widgets.
 */
public final class WidgetIds {

    public static final String KEY = "org.eclipse.swtbot.widget.key";

    public static final String EXCHANGE_FOLDER = "exchange.folder";
    public static final String EXCHANGE_BROWSE = "exchange.browse";
    public static final String EXCHANGE_REFRESH = "exchange.refresh";
    public static final String EXCHANGE_FOLLOW = "exchange.follow";
    public static final String EXCHANGE_FILTER = "exchange.filter";
    public static final String EXCHANGE_FILTER_COUNT = "exchange.filterCount";
    public static final String EXCHANGE_FILES = "exchange.files";
    public static final String EXCHANGE_SUMMARY = "exchange.summary";
    public static final String RECORDS_TREE = "records.tree";
    public static final String SCHEDULE_GRID = "schedule.grid";
    public static final String FORM_PLANS = "form.plans";
    public static final String FORM_TREE = "form.tree";
    /** Followed by the model attribute's name, e.g. form.field.overallPolicy. */
    public static final String FORM_FIELD_PREFIX = "form.field.";
    public static final String ANNEX_TABLE = "annex.table";
    public static final String ANNEX_SUMMARY = "annex.summary";
    public static final String ANNEX_APPLY = "annex.apply";
    public static final String UNITS_TREE = "units.tree";
    public static final String IMPORT_SOURCE = "import.source";
    public static final String IMPORT_FILES = "import.files";
    public static final String IMPORT_FINISH = "import.finish";
    public static final String CONVERT_VERSION = "convert.version";
    public static final String CONVERT_NAMES = "convert.names";
    public static final String CONVERT_SENDER_TYPE = "convert.senderType";
    public static final String CONVERT_RECEIVER_TYPE = "convert.receiverType";
    public static final String CONVERT_FOLDER = "convert.folder";
    public static final String CONVERT_ALLOW_LOSS = "convert.allowLoss";
    public static final String CONVERT_FILES = "convert.files";
    public static final String CONVERT_FINISH = "convert.finish";
    public static final String ACTUAL_FINISH = "actual.finish";
    public static final String WITHDRAW_TARGETS = "withdraw.targets";
    public static final String WITHDRAW_FINISH = "withdraw.finish";
    public static final String CODE_LISTS = "codeLists.table";
    public static final String DRAFTS_LOAD = "drafts.load";
    public static final String DRAFTS_BEFORE = "drafts.before";
    public static final String DRAFTS_AFTER = "drafts.after";
    public static final String DRAFTS_DIFFERENCES = "drafts.differences";
    public static final String DRAFTS_STATUS = "drafts.status";
    public static final String DRAFTS_COPY = "drafts.copy";
    public static final String DRAFTS_IMPACT = "drafts.impact";
    public static final String DRAFTS_IMPACTS = "drafts.impacts";
    public static final String DRAFTS_EDIT = "drafts.edit";
    public static final String MONTH_MONTH = "month.month";
    public static final String MONTH_SUMMARY = "month.summary";
    public static final String MONTH_PAIRS = "month.pairs";
    public static final String GUIDE_OFFICES = "guide.offices";
    public static final String GUIDE_FOLDER = "guide.folder";
    public static final String GUIDE_CHECK = "guide.check";
    /** The link of a step of 作業の手順: the prefix and the step's name (offices, folder, import, check, forms, …). */
    public static final String GUIDE_LINK_PREFIX = "guide.link.";
    public static final String LEDGER_FILTER = "ledger.filter";
    public static final String LEDGER_RELOAD = "ledger.reload";
    public static final String LEDGER_VERIFY = "ledger.verify";
    public static final String LEDGER_REPORT = "ledger.report";
    public static final String LEDGER_TABLE = "ledger.table";
    public static final String LEDGER_STATUS = "ledger.status";
    public static final String LAYOUT_EDITOR_META = "layoutEditor.meta";
    public static final String LAYOUT_EDITOR_KINDS = "layoutEditor.kinds";
    public static final String LAYOUT_EDITOR_ITEMS = "layoutEditor.items";
    public static final String LAYOUT_EDITOR_ADD = "layoutEditor.add";
    public static final String LAYOUT_EDITOR_ADD_KIND = "layoutEditor.addKind";
    public static final String LAYOUT_EDITOR_REMOVE = "layoutEditor.remove";
    public static final String LAYOUT_EDITOR_UP = "layoutEditor.up";
    public static final String LAYOUT_EDITOR_DOWN = "layoutEditor.down";
    public static final String LAYOUT_EDITOR_SUMMARY = "layoutEditor.summary";
    public static final String LAYOUT_EDITOR_PROBLEMS = "layoutEditor.problems";
    public static final String CODE_LISTS_IMPORT = "codeLists.import";
    public static final String CODE_LISTS_REMOVE = "codeLists.remove";
    public static final String EXPORT_SENDER = "export.sender";
    public static final String EXPORT_SENDER_TYPE = "export.senderType";
    public static final String EXPORT_RECEIVER = "export.receiver";
    public static final String EXPORT_RECEIVER_TYPE = "export.receiverType";
    public static final String EXPORT_SERIAL = "export.serial";
    public static final String EXPORT_FOLDER = "export.folder";
    public static final String EXPORT_ACCEPT_WARNINGS = "export.acceptWarnings";
    public static final String EXPORT_PROBLEMS = "export.problems";
    public static final String EXPORT_FINISH = "export.finish";
    public static final String REVISION_FILES = "revision.files";
    public static final String REVISION_USERS = "revision.users";
    public static final String REVISION_ROWS = "revision.rows";
    public static final String PLAN_ACTUAL_FILES = "planActual.files";
    public static final String PLAN_ACTUAL_USERS = "planActual.users";
    public static final String PLAN_ACTUAL_ROWS = "planActual.rows";
    public static final String SCHEDULE_SUMMARY = "schedule.summary";
    public static final String SCHEDULE_SIDE_BY_SIDE = "schedule.sideBySide";
    public static final String PROBLEMS = "problems.table";

    private WidgetIds() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
