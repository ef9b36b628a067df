/** Redis adapters (Lettuce, reactive) implementing the stores of the domain packages. */
@NullMarked
package io.anxin.core.redis;

import org.jspecify.annotations.NullMarked;
