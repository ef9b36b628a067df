/** Tests of the ticket package's behaviour. */
@NullMarked
package io.anxin.core.ticket;

import org.jspecify.annotations.NullMarked;
