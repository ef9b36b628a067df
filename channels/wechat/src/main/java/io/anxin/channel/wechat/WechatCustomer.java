package io.anxin.channel.wechat;

/**
 * A follower of one account. An OpenID is only meaningful to the account that issued it, so Anxin's customer id is
 * the account's id and the OpenID: {@code service:oAbC…}; the courier reads from it which account sends.
 */
record WechatCustomer(String account, String openId) {

    WechatCustomer {
        if (openId.isBlank() || openId.length() > 64 || !openId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not an OpenID");
        }
    }

    static WechatCustomer parse(String customerId) {
        int colon = customerId.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a WeChat customer id (account:openid)");
        }
        return new WechatCustomer(customerId.substring(0, colon), customerId.substring(colon + 1));
    }

    String customerId() {
        return account + ":" + openId;
    }

    /** For logs: never the OpenID in clear. */
    @Override
    public String toString() {
        return account + ":" + masked(openId);
    }

    static String masked(String openId) {
        return openId.length() <= 8 ? "****" : openId.substring(0, 4) + "****" + openId.substring(openId.length() - 4);
    }
}
