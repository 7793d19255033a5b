/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Screenshots of what is on the screen (under Xvfb: the virtual screen), as PNG. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Where the tests put their screenshots: the system property careplan.screenshots, else target/screenshots. */
    public static Path folder() {
        return Path.of(System.getProperty("careplan.screenshots", "target/screenshots"));
    }

    /** Saves the area of the given shell as it is on screen now. */
    public static Path capture(Shell shell, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // the screen may lag behind the widgets' state: ask for a repaint and let the event loop run a
        // few turns (a condition that holds after five display-timer ticks) before reading the screen
        UiThread.run(() -> {
            Rectangle bounds = shell.getBounds();
            shell.redraw(0, 0, bounds.width, bounds.height, true);
        });
        int[] ticks = { 0 };
        Wait.until(Condition.of(() -> ++ticks[0] >= 5, () -> "the event loop to turn"));
        ImageData data = UiThread.call(() -> {
            Display display = shell.getDisplay();
            Rectangle bounds = shell.getBounds();
            shell.update();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            try {
                return image.getImageData();
            } finally {
                image.dispose();
            }
        });
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
