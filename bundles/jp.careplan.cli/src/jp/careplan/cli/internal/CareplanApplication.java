/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import jp.careplan.cli.Careplan;

/** The Equinox application {@code jp.careplan.cli.careplan}: the command line on a running framework. */
public final class CareplanApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw instanceof String[] array ? Arrays.asList(array) : List.of();
        // what the command throws is logged without its messages (they may quote a file), as the start without OSGi
        // does; left to Equinox, its log would keep them
        int exitCode = Failures.guarded(() -> Careplan.run(args, System.out, System.err, Locale.getDefault()), System.err,
                failure -> jp.careplan.layout.internal.Contributors.error(CareplanApplication.class,
                        "The command " + (args.isEmpty() ? "" : args.get(0)) + " failed", Failures.withoutMessages(failure)),
                () -> System.getProperty("osgi.logfile"));
        System.out.flush();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // a command runs to its end; there is nothing to interrupt
    }
}
