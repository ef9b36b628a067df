/** Tests of the business calendar's behaviour. */
@NullMarked
package io.anxin.core.sla;

import org.jspecify.annotations.NullMarked;
