package io.anxin.channel.widget;

/**
 * Who is writing: an anonymous visitor (a random id the browser keeps) or a user the host app signed for.
 * The two never share a conversation: the customer id says which kind it is.
 */
record Identity(String customerId) {

    static Identity visitor(String visitorId) {
        return new Identity("visitor:" + visitorId);
    }

    static Identity user(String userId) {
        return new Identity("user:" + userId);
    }

    /**
     * The customer id the feedback form files under: a conversation of its own, so that a piece of feedback is
     * never taken for the answer to a question the bot asked in the chat.
     */
    String feedbackCustomerId() {
        return customerId + "/feedback";
    }
}
