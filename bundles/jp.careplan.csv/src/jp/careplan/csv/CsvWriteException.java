/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.util.List;

/** A save refused before anything was written, with every problem that stands in the way. */
public final class CsvWriteException extends IOException {

    private static final long serialVersionUID = 1L;
    private final transient List<CsvProblem> problems;

    public CsvWriteException(List<CsvProblem> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
