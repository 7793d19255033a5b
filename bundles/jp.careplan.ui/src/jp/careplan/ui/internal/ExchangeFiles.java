/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import jp.careplan.csv.CareplanResource;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.schedule.ScheduleRevision;

/** Exchange files read for a look, not for editing (予実突合, 月途中変更, the 第6表 a 第7表 is recomputed from). */
public final class ExchangeFiles {

    private ExchangeFiles() {
    }

    /** The records of some exchange files, read as they are (an unreadable file adds nothing). */
    public static List<Record> read(List<Path> paths) {
        List<Record> records = new ArrayList<>();
        for (Path path : paths) {
            try {
                CareplanResource resource = (CareplanResource) new ResourceSetImpl()
                        .getResource(URI.createFileURI(path.toString()), true);
                records.addAll(resource.document().getRecords());
            } catch (RuntimeException e) {
                // an unreadable file adds nothing here; the exchange view's check reports why
            }
        }
        return records;
    }

    /**
     * The 第6表 rows the versions of a month leave (月途中変更), each file read as {@link #read} reads it: each user's
     * rows from the newest version naming the user ({@link ScheduleRevision#current}).
     *
     * @param versions the versions, oldest first (by ファイル連番)
     */
    public static List<ServiceUseRow> current(List<Path> versions) {
        return ScheduleRevision.current(versions.stream().map(path -> read(List.of(path))).toList());
    }
}
