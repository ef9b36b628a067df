/** Tests of delivering outbound messages: once, retried, parked when hopeless. */
@NullMarked
package io.anxin.core.outbox;

import org.jspecify.annotations.NullMarked;
