package io.anxin.core.engine;

import java.time.Duration;

/**
 * This instance is handling as many messages as it may ({@link InFlightLimit}); nothing was stored, send the message
 * again after {@link #retryAfter()}. A kind of busy conversation, so every channel refuses it as it does that one.
 */
public final class InstanceBusyException extends ConversationBusyException {

    InstanceBusyException(int most, Duration retryAfter) {
        super("this instance is handling the " + most + " messages it may at once; retry in "
                + Math.max(1, retryAfter.toSeconds()) + " s", retryAfter);
    }
}
