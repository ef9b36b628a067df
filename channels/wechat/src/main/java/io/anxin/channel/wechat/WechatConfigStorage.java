package io.anxin.channel.wechat;

import me.chanjar.weixin.common.redis.WxRedisOps;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * One account's WxJava configuration, its access token in Redis under {@code anxin:wechat:access_token:<appId>}
 * shared by every instance. A token is taken as expired five minutes before WeChat says, so that no request is
 * sent with one that runs out on the way (WxJava's Redis storage keeps it to the last second).
 */
final class WechatConfigStorage extends WxMpRedisConfigImpl {

    private static final long serialVersionUID = 1L;
    static final String KEY_PREFIX = "anxin:wechat";
    private static final int MARGIN_SECONDS = 300;

    WechatConfigStorage(WxRedisOps redis, WechatProperties.Account account, String apiHost) {
        super(redis, KEY_PREFIX);
        setAppId(account.appId());
        setSecret(account.secret());
        setToken(account.token());
        setAesKey(account.aesKey());
        WxMpHostConfig hosts = new WxMpHostConfig();
        hosts.setApiHost(apiHost);
        setHostConfig(hosts);
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        super.updateAccessToken(accessToken, Math.max(60, expiresInSeconds - MARGIN_SECONDS));
    }
}
