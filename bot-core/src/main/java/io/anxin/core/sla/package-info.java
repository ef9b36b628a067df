/** Service-level time: the business calendar (working hours, weekends, holidays, make-up days) that milestones are measured on. */
@NullMarked
package io.anxin.core.sla;

import org.jspecify.annotations.NullMarked;
