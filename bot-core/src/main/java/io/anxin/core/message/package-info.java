/** Messages in and out of a conversation, whatever the channel: the channel-neutral shape every adapter normalises to. */
@NullMarked
package io.anxin.core.message;

import org.jspecify.annotations.NullMarked;
