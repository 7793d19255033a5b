/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.internal;

import jp.careplan.csv.MessageSource;

/** The texts of the built-in rules (messages.properties, messages_ja.properties). */
public final class RuleMessages {

    public static final MessageSource SOURCE = MessageSource.of("jp.careplan.validation.internal.messages",
            RuleMessages.class.getClassLoader());

    private RuleMessages() {
    }
}
