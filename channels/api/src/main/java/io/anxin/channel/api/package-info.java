/** The open HTTP channel: JSON messages in, calm-first answers and tickets out, for systems without a dedicated adapter. */
@NullMarked
package io.anxin.channel.api;

import org.jspecify.annotations.NullMarked;
