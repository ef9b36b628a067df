package io.anxin.channel.wechat;

import io.anxin.core.attachment.AttachmentStore;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.dialog.Scripts;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.ConversationEngines;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.script.ScriptLibrary;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Switches the WeChat channel on unless {@code anxin.channels.wechat.enabled=false}: the server URL of every account
 * under {@code anxin.channels.wechat.accounts}, and the {@code wechat} courier. Every account's policy pack and the
 * channel's scripts are checked here, so a mistake stops the start.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "anxin.channels.wechat", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(WechatProperties.class)
@Import(WechatController.class)
public class WechatChannelAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WechatChannelAutoConfiguration.class);

    /** The accounts by id, each with its own WxJava service and the engine of its pack. */
    @Bean
    Map<String, WechatAccount> wechatAccounts(WechatProperties properties, ConversationEngines engines,
            RedisClusterReactiveCommands<String, String> redis, ScriptLibrary scripts) {
        requireScripts(scripts);
        // XStream builds its converters on first use, which takes seconds: not within a follower's 5 s
        WxMpXmlMessage.fromXml("<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[warm-up]]></Content></xml>");
        Map<String, ConversationEngine> engineOf = engines(properties, engines);
        LettuceWxRedisOps tokens = new LettuceWxRedisOps(redis);
        Map<String, WechatAccount> accounts = new LinkedHashMap<>();
        for (WechatProperties.Account settings : properties.accounts()) {
            WxMpService service = new SharedTokenWxMpService();
            service.setWxMpConfigStorage(new WechatConfigStorage(tokens, settings, properties.apiHost()));
            // WeChat's "system busy" is retried a little, not for the 31 s of WxJava's defaults: the outbox retries later
            service.setMaxRetryTimes(2);
            service.setRetrySleepMillis(500);
            accounts.put(settings.id(), new WechatAccount(settings, service, engineOf.get(settings.id())));
            log.info("WeChat account '{}' at /wechat/{} ({} mode, policy pack {})", settings.id(), settings.id(),
                    settings.aesKey() == null ? "plain" : "safe", settings.pack() == null ? "active" : settings.pack());
        }
        return Map.copyOf(accounts);
    }

    /** The engine of each account's pack; a pack that does not exist stops the start, naming the setting. */
    static Map<String, ConversationEngine> engines(WechatProperties properties, ConversationEngines engines) {
        Map<String, ConversationEngine> engineOf = new LinkedHashMap<>();
        for (int i = 0; i < properties.accounts().size(); i++) {
            WechatProperties.Account settings = properties.accounts().get(i);
            try {
                engineOf.put(settings.id(), settings.pack() == null ? engines.active() : engines.forPack(settings.pack()));
            } catch (IllegalArgumentException e) {
                throw new InvalidWechatSettingsException(WechatProperties.PREFIX + ".accounts[" + i + "].pack: "
                        + e.getMessage());
            }
        }
        return engineOf;
    }

    /** Every WeChat script in every language, or the start stops. */
    static void requireScripts(ScriptLibrary scripts) {
        for (String key : Scripts.WECHAT) {
            for (Lang lang : Lang.values()) {
                try {
                    scripts.render(key, lang, Channel.WECHAT, Map.of("limit", "10"));
                } catch (IllegalArgumentException e) {
                    throw new InvalidWechatSettingsException("the WeChat channel needs the script '" + key + "' in "
                            + lang.tag() + ": " + e.getMessage());
                }
            }
        }
    }

    @Bean
    ServiceWindow wechatServiceWindow(RedisClusterReactiveCommands<String, String> redis, WechatProperties properties) {
        return new ServiceWindow(redis, properties.window());
    }

    @Bean
    ReceiveWechatMessage receiveWechatMessage(ConversationStore conversations, AttachmentStore attachments, Outbox outbox,
            ScriptLibrary scripts, RedisClusterReactiveCommands<String, String> redis, ServiceWindow window,
            WechatProperties properties, Clock clock) {
        return new ReceiveWechatMessage(conversations, attachments, outbox, scripts, new ReplyModes(redis), window,
                properties.menu(), properties.replyWithin(), clock);
    }

    @Bean
    Courier wechatCourier(Map<String, WechatAccount> wechatAccounts, ServiceWindow window) {
        return new WechatCourier(wechatAccounts, window);
    }
}
