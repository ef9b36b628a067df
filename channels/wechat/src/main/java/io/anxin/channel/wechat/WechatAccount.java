package io.anxin.channel.wechat;

import io.anxin.core.engine.ConversationEngine;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;

/**
 * One official account as it runs: its settings, its WxJava service (one per account, so no thread-local switching
 * between accounts is needed) and the engine of its policy pack.
 */
record WechatAccount(WechatProperties.Account settings, WxMpService service, ConversationEngine engine) {

    String id() {
        return settings.id();
    }

    WxMpConfigStorage config() {
        return service.getWxMpConfigStorage();
    }

    boolean safeMode() {
        return settings.aesKey() != null;
    }
}
