/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.spi;

import java.util.List;

import jp.careplan.layout.Column;
import jp.careplan.layout.FileLayout;
import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;

/** What a rule sees of one file, and where it reports. */
public interface RuleContext {

    /** The file's kind prefix (UPPLAN, …). */
    String kind();

    /** The file's name, for reports. */
    String fileName();

    /** The parts of the file's standard name, or {@code null}. */
    FileName name();

    /** The records, in file order. */
    List<Record> records();

    /** The installed layouts (which versions exist, from which service month). */
    LayoutRegistry layouts();

    /** The layout a record was read with, or {@code null} when none is installed for its CSVバージョン. */
    FileLayout layoutOf(Record record);

    /** The column of a layout bound to a feature name, or {@code null}. */
    Column column(FileLayout layout, String feature);

    /**
     * Reports a problem of a record's item; the severity is the rule's (a warning where the column is
     * marked uncertain in the layout).
     *
     * @param record    the record
     * @param column    the item, or {@code null} for the record as a whole
     * @param key       the message key in the rule's messages (its text may use {0} = item name and the arguments)
     * @param arguments message arguments: never cell contents
     */
    void report(Record record, Column column, String key, Object... arguments);
}
