package io.anxin.core.message;

/** The ways a customer reaches the company (003 §3); every one ends in the same register. */
public enum Channel {
    /** The open HTTP channel: partner apps, QQ bots, the walk-in desk. */
    API("api"),
    /** The chat widget and feedback form inside the company's app or site. */
    WIDGET("widget"),
    /** The WeChat official account. */
    WECHAT("wechat"),
    /** The hotline: voice IVR and SMS. */
    PHONE("phone"),
    /** The customer-service mailbox. */
    EMAIL("email");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    /**
     * Whether the channel itself tells us how to reach the customer again: a caller's number, a
     * WeChat OpenID, an e-mail address, a signed-in app user. A partner system's reference on the
     * open API does not.
     */
    public boolean reachesCustomer() {
        return this != API;
    }

    public String id() {
        return id;
    }

    public static Channel fromId(String id) {
        for (Channel channel : values()) {
            if (channel.id.equals(id)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + id + "'");
    }
}
