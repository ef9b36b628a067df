/** Reports: statistics over a period from anonymised facts kept as tickets move, and the recurring problems. */
@NullMarked
package io.anxin.core.report;

import org.jspecify.annotations.NullMarked;
