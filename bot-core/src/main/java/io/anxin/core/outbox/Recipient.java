package io.anxin.core.outbox;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** Who an outbound message is for: a customer on their channel, or a department at its address. */
public sealed interface Recipient {

    /** Which {@link Courier} delivers to this recipient. */
    String route();

    /** A customer, in their conversation on one channel, in their language. */
    record Customer(ConversationId conversationId, Channel channel, String customerId, Lang lang) implements Recipient {
        @Override
        public String route() {
            return channel.id();
        }
    }

    /**
     * A department, told of a ticket by e-mail or webhook (003 §6(二): forwarded with the complaint form).
     *
     * @param department the pack's id of the department
     * @param subject    the e-mail subject, or the title a webhook receiver shows
     */
    record Department(String department, @Nullable String email, @Nullable URI webhook, String subject)
            implements Recipient {

        /** The route of every department message: one courier tells departments, by webhook or e-mail. */
        public static final String ROUTE = "department";

        public Department {
            if (email == null && webhook == null) {
                throw new IllegalArgumentException("department " + department + " has no address to be told at");
            }
        }

        @Override
        public String route() {
            return ROUTE;
        }
    }
}
