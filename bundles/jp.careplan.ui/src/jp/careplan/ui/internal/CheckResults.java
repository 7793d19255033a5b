/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jp.careplan.validation.ExchangeCheck;

/**
 * The latest check of the exchange folder, shared by the views that show it (the Exchange view runs
 * the check, the 問題 view lists its problems). Used on the UI thread.
 */
public final class CheckResults {

    private static final CheckResults INSTANCE = new CheckResults();

    private final List<Consumer<ExchangeCheck.Result>> listeners = new CopyOnWriteArrayList<>();
    private ExchangeCheck.Result latest;

    private CheckResults() {
    }

    public static CheckResults getDefault() {
        return INSTANCE;
    }

    /** The latest result, or {@code null} before the first check. */
    public ExchangeCheck.Result latest() {
        return latest;
    }

    public void publish(ExchangeCheck.Result result) {
        latest = result;
        listeners.forEach(listener -> listener.accept(result));
    }

    public void addListener(Consumer<ExchangeCheck.Result> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ExchangeCheck.Result> listener) {
        listeners.remove(listener);
    }
}
