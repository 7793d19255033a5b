/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {

    public static String Workbench_title;
    public static String Menu_file;
    public static String Menu_window;
    public static String Menu_help;

    public static String ScheduleEditor_summary;
    public static String ScheduleEditor_outside;
    public static String ScheduleEditor_noMonth;
    public static String ScheduleEditor_total;
    public static String ScheduleEditor_dayTotal;
    public static String ScheduleEditor_insured;
    public static String ScheduleEditor_service;
    public static String ScheduleEditor_provider;
    public static String ScheduleEditor_time;

    public static String PlanActualView_hint;
    public static String PlanActualView_files;
    public static String PlanActualView_none;
    public static String PlanActualView_reading;
    public static String PlanActualView_insured;
    public static String PlanActualView_planned;
    public static String PlanActualView_delivered;
    public static String PlanActualView_matched;
    public static String PlanActualView_missing;
    public static String PlanActualView_extra;
    public static String PlanActualView_shifted;
    public static String PlanActualView_countChanged;
    public static String PlanActualView_verdict;
    public static String PlanActualView_day;
    public static String PlanActualView_service;
    public static String PlanActualView_provider;
    public static String PlanActualView_planTime;
    public static String PlanActualView_actualTime;
    public static String PlanActualView_planCount;
    public static String PlanActualView_actualCount;
    public static String PlanActualView_match;
    public static String PlanActualView_allMatch;
    public static String PlanActualView_summaryLine;

    public static String Export_title;
    public static String Export_description;
    public static String Export_files;
    public static String Export_sender;
    public static String Export_senderType;
    public static String Export_receiver;
    public static String Export_receiverType;
    public static String Export_serial;
    public static String Export_folder;
    public static String Export_acceptWarnings;
    public static String Export_finish;
    public static String Export_checking;
    public static String Export_badAddress;
    public static String Export_errors;
    public static String Export_warnings;
    public static String Export_refused;
    public static String Export_failed;
    public static String Export_action;
    public static String Export_done;
    public static String Preferences_description;
    public static String Preferences_offices;
    public static String Preferences_officesError;
    public static String Preferences_serviceType;
    public static String Preferences_serviceTypeError;
    public static String Preferences_exportFolder;
    public static String SendUnitsView_unit;
    public static String SendUnitsView_contents;
    public static String SendUnitsView_route;
    public static String SendUnitsView_status;
    public static String SendUnitsView_errors;
    public static String SendUnitsView_warnings;
    public static String SendUnitsView_clean;
    public static String SendUnitsView_count;
    public static String SendUnitsView_noFolderView;
    public static String RevisionView_hint;
    public static String RevisionView_single;
    public static String RevisionView_files;
    public static String RevisionView_untouched;
    public static String RevisionView_older;
    public static String RevisionView_newer;
    public static String RevisionView_unchanged;
    public static String RevisionView_removed;
    public static String RevisionView_added;
    public static String RevisionView_olderTime;
    public static String RevisionView_newerTime;
    public static String RevisionView_olderCount;
    public static String RevisionView_newerCount;
    public static String RevisionView_allUnchanged;
    public static String RevisionView_summaryLine;
    public static String AnnexEditor_apply;
    public static String AnnexEditor_applyTip;
    public static String AnnexEditor_rowType;
    public static String AnnexEditor_units;
    public static String AnnexEditor_count;
    public static String AnnexEditor_expectedCount;
    public static String AnnexEditor_amount;
    public static String AnnexEditor_expectedAmount;
    public static String AnnexEditor_noSchedule;
    public static String AnnexEditor_summary;
    public static String Import_title;
    public static String Import_description;
    public static String Import_source;
    public static String Import_sourceHint;
    public static String Import_files;
    public static String Import_folder;
    public static String Import_action;
    public static String Import_copy;
    public static String Import_same;
    public static String Import_conflict;
    public static String Import_badName;
    public static String Import_count;
    public static String Import_finish;
    public static String Import_copying;
    public static String Import_action_menu;
    public static String Import_done;
    public static String Preferences_language;
    public static String Preferences_languageAuto;
    public static String ScheduleEditor_withActual;
    public static String ScheduleEditor_withPlan;
    public static String ScheduleEditor_sideBySideTip;
    public static String ScheduleEditor_noOtherSide;
    public static String ScheduleEditor_beside;
    public static String ExchangeView_folder;
    public static String ExchangeView_open;
    public static String ExchangeView_openRaw;
    public static String ExchangeView_attachment;
    public static String ExchangeView_browse;
    public static String ExchangeView_browseTitle;
    public static String ExchangeView_refresh;
    public static String ExchangeView_follow;
    public static String ExchangeView_filter;
    public static String ExchangeView_filterHint;
    public static String ExchangeView_filterCount;
    public static String ExchangeView_columnUsers;
    public static String ExchangeView_user;
    public static String ExchangeView_users;
    public static String ExchangeView_followTip;
    public static String ExchangeView_columnSerial;
    public static String ExchangeView_columnKind;
    public static String ExchangeView_columnKindName;
    public static String ExchangeView_columnMonth;
    public static String ExchangeView_columnSender;
    public static String ExchangeView_columnReceiver;
    public static String ExchangeView_columnRule;
    public static String ExchangeView_columnFile;
    public static String ExchangeView_columnSize;
    public static String ExchangeView_columnProblem;
    public static String ExchangeView_columnCheck;
    public static String RecordsEditor_unreadable;
    public static String ModelEditor_reading;
    public static String ModelEditor_cancel;
    public static String ModelEditor_close;
    public static String RecordsEditor_notSaved;
    public static String Menu_edit;
    public static String ProblemsView_severity;
    public static String ProblemsView_file;
    public static String ProblemsView_line;
    public static String ProblemsView_column;
    public static String ProblemsView_item;
    public static String ProblemsView_rule;
    public static String ProblemsView_message;
    public static String ProblemsView_error;
    public static String ProblemsView_warning;
    public static String ProblemsView_info;
    public static String ProblemsView_none;
    public static String ExchangeView_checking;
    public static String ExchangeView_checkJob;
    public static String ExchangeView_checkErrors;
    public static String ExchangeView_checkWarnings;
    public static String ExchangeView_checkClean;
    public static String ExchangeView_checkSummary;
    public static String ExchangeView_summary;
    public static String ExchangeView_noFolder;
    public static String ExchangeView_unreadable;

    static {
        NLS.initializeMessages("jp.careplan.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
