package io.anxin.channel.phone;

import io.anxin.core.message.Lang;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One call, as its record holds it: who called, in which language it goes on, and the last ticket its conversation
 * opened (for the SMS after the call).
 *
 * @param sid    Twilio's CallSid
 * @param caller the caller's number (E.164); never logged in clear
 */
record Call(String sid, String caller, Lang lang, Instant startedAt, @Nullable String ticket, @Nullable Instant dueBy) {

    /**
     * The customer id the engine knows this call by: one conversation per call, so the desk shows each call with its
     * own transcript, while the number stays readable for the courier that texts the caller.
     */
    String customerId() {
        return CallerId.of(caller, sid);
    }
}
