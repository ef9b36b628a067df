/** The calm-first dialog policy: what the bot says and does for a triaged message. */
@NullMarked
package io.anxin.core.dialog;

import org.jspecify.annotations.NullMarked;
