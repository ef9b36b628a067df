/** Use cases that move a ticket through the procedure of 003 §6, keeping its audit trail and milestone timers in step. */
@NullMarked
package io.anxin.core.lifecycle;

import org.jspecify.annotations.NullMarked;
