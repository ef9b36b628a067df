/** How many messages one customer and one network address may send in a while, counted across all instances. */
@NullMarked
package io.anxin.core.ratelimit;

import org.jspecify.annotations.NullMarked;
