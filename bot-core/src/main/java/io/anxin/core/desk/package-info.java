/** The desk: what agents, supervisors, compliance and departments may see and do with tickets, and who did it. */
@NullMarked
package io.anxin.core.desk;

import org.jspecify.annotations.NullMarked;
