/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.table3.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The weekly editor's texts, in Japanese and English. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "jp.careplan.table3.ui.internal.messages";

    public static String user;
    public static String monday;
    public static String tuesday;
    public static String wednesday;
    public static String thursday;
    public static String friday;
    public static String saturday;
    public static String sunday;
    public static String hour;
    public static String activity;
    public static String nonWeekly;
    public static String untimed;
    public static String lateNight;
    public static String earlyMorning;
    public static String morning;
    public static String afternoon;
    public static String evening;
    public static String planDate;
    public static String add;
    public static String remove;
    public static String newService;
    public static String newActivity;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
