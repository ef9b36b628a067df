/** Follow-up (回访): the satisfaction survey after resolution, and the supervisor's call-back to a dissatisfied customer. */
@NullMarked
package io.anxin.core.followup;

import org.jspecify.annotations.NullMarked;
