/** Recurrence: telling "the same complaint" from several customers, and the grade it earns (000 part 1 §3). */
@NullMarked
package io.anxin.core.recurrence;

import org.jspecify.annotations.NullMarked;
