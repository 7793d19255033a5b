/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.validation.spi;

/**
 * A validation rule over the records of one file. Contributed through the
 * {@code jp.careplan.validation.rules} extension point (the built-in rules are contributed the same
 * way) or registered in plain Java with {@link jp.careplan.validation.RuleRegistry#register}. A rule
 * reports through {@link RuleContext#report}; it never puts a cell's content into a message.
 */
public interface RecordRule {

    /** Checks one file's records; called once per file of a kind the rule applies to. */
    void check(RuleContext context);
}
