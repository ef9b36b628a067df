/** A customer's conversation on one channel: its state, its transcript, and the port that stores them. */
@NullMarked
package io.anxin.core.conversation;

import org.jspecify.annotations.NullMarked;
