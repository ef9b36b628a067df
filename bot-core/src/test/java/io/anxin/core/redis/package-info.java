/** Tests of the Redis adapters against a real embedded redis-server. */
@NullMarked
package io.anxin.core.redis;

import org.jspecify.annotations.NullMarked;
