/** Tests of telling the same complaint again and the grade it earns. */
@NullMarked
package io.anxin.core.recurrence;

import org.jspecify.annotations.NullMarked;
