/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Starts what only the workbench needs, so that the headless checker (the same installation, another
 * application) does not pay for it: SPI Fly, through which NatTable (the 第6表 calendar) finds Eclipse
 * Collections' implementation by {@link java.util.ServiceLoader} across bundles. Started before any
 * class of the workbench runs, hence before NatTable or Eclipse Collections is loaded; its log of every
 * provider it registers is kept to warnings.
 */
public final class Activator implements BundleActivator {

    static final String SPI_FLY = "org.apache.aries.spifly.dynamic.bundle";

    /** Held, so that the level set stays (java.util.logging keeps loggers weakly). */
    private static final Logger SPI_FLY_LOG = Logger.getLogger("org.apache.aries.spifly");

    @Override
    public void start(BundleContext context) {
        SPI_FLY_LOG.setLevel(Level.WARNING);
        for (Bundle bundle : context.getBundles()) {
            if (SPI_FLY.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                } catch (BundleException | RuntimeException e) {
                    // the workbench opens all the same; only the calendar editor cannot paint
                    Platform.getLog(context.getBundle()).log(new Status(IStatus.ERROR, context.getBundle().getSymbolicName(),
                            "SPI Fly could not start: the 第6表 calendar editor will not be able to paint", e));
                }
            }
        }
    }

    @Override
    public void stop(BundleContext context) {
        // SPI Fly stops with the framework
    }
}
