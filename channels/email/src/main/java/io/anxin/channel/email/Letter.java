package io.anxin.channel.email;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One customer's letter as read from the mailbox, reduced to what the engine and the threads need.
 *
 * @param messageId   its Message-ID, fit for an inbound message id (at most 128 characters: a longer one hashed)
 * @param rawMessageId its Message-ID as written, with the angle brackets, for In-Reply-To of the answer
 * @param from        the sender's address in lower case, or null when it has none that can be answered
 * @param subject     its subject, decoded
 * @param replyTo     the Message-IDs it answers: In-Reply-To first, then References from the newest
 * @param text        what the customer wrote: plain text, or the HTML's text, without quoted history or signature
 * @param attachments its files
 * @param automatic   why it is automatic mail that gets no answer (an out-of-office reply, a bounce), or null
 * @param sentAt      when it was sent, by its Date, else when it was read
 */
record Letter(String messageId, String rawMessageId, @Nullable String from, String subject, List<String> replyTo,
        String text, List<Attached> attachments, @Nullable String automatic, Instant sentAt) {

    Letter {
        replyTo = List.copyOf(replyTo);
        attachments = List.copyOf(attachments);
    }

    /** A file that came with the letter. */
    record Attached(String fileName, String contentType, byte[] content) {}
}
