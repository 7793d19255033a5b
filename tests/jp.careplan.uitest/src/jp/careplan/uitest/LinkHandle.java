/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.uitest;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;

/**
 * A link (one or more anchors in a text) as a user works it. {@link #click(String)} sends the selection the link
 * sends when that anchor is clicked, as SWTBot's {@code SWTBotLink.click(String)} does; {@link #follow()} gives the
 * link the keyboard focus and presses Enter, which follows its focused (first) anchor.
 */
public final class LinkHandle {

    private final Link link;

    LinkHandle(Link link) {
        this.link = link;
    }

    public Link widget() {
        return link;
    }

    /** The link's text, anchors included, as set. */
    public String text() {
        return UiThread.call(link::getText);
    }

    /**
     * Clicks the anchor whose href (or, without one, whose text) is given; started without waiting, since what it
     * opens may be a modal dialog.
     */
    public LinkHandle click(String href) {
        String text = text();
        if (!text.contains("href=\"" + href + "\"") && !text.contains(">" + href + "</a>")) {
            throw new AssertionError("the link has no anchor " + href + ": " + text);
        }
        UiThread.start(() -> {
            Event event = new Event();
            event.text = href;
            link.notifyListeners(SWT.Selection, event);
        });
        return this;
    }

    /** Follows the link's focused anchor with the keyboard: focus, then Enter. */
    public LinkHandle follow() {
        Wait.forFocus(link, "the link \"" + text() + "\"");
        Keyboard.pressEnter();
        return this;
    }
}
