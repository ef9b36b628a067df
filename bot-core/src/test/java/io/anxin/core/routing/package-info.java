/** Tests of the routing package's behaviour. */
@NullMarked
package io.anxin.core.routing;

import org.jspecify.annotations.NullMarked;
