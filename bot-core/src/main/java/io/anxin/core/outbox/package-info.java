/** Outbox: everything sent to a customer outside the answer to their own message, delivered once, retried, never lost. */
@NullMarked
package io.anxin.core.outbox;

import org.jspecify.annotations.NullMarked;
