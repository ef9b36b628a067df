/** The rate limits of all channels: {@code anxin.rate-limit.*}, counted in Redis. */
@NullMarked
package io.anxin.app.ratelimit;

import org.jspecify.annotations.NullMarked;
