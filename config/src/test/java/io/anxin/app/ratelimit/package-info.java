/** The rate limits as senders meet them on each channel. */
@NullMarked
package io.anxin.app.ratelimit;

import org.jspecify.annotations.NullMarked;
