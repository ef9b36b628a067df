package io.anxin.channel.wechat;

import io.anxin.core.message.Channel;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Delivers outbound messages (agents' replies, late answers, the survey) to WeChat followers: a customer-service
 * message while the 48-hour window since their last message is open, else a template message linking to their
 * ticket's status or to the survey. When WeChat refuses the customer-service message because the window closed or
 * its quota is used up, the template is sent instead; when nothing can reach the follower (unfollowed, no template
 * configured) the message is {@link Courier.Undeliverable} rather than retried for ever.
 */
final class WechatCourier implements Courier {

    private static final Logger log = LoggerFactory.getLogger(WechatCourier.class);

    /** 45015: the 48-hour window has closed; 45047: the messages allowed in it are used up. */
    private static final Set<Integer> WINDOW_CLOSED = Set.of(45015, 45047);
    /**
     * Retrying cannot help: 40003 invalid OpenID, 43004 not following, 43101 the follower refused this template,
     * 40037 invalid template id, 47003 template data refused (e.g. text too long for the field).
     */
    private static final Set<Integer> HOPELESS = Set.of(40003, 43004, 43101, 40037, 47003);
    /** The text goes in one template field; WeChat refuses overlong ones. */
    private static final int TEMPLATE_TEXT_MAX = 200;

    private final Map<String, WechatAccount> accounts;
    private final ServiceWindow window;

    WechatCourier(Map<String, WechatAccount> accounts, ServiceWindow window) {
        this.accounts = accounts;
        this.window = window;
    }

    @Override
    public String route() {
        return Channel.WECHAT.id();
    }

    @Override
    public Mono<Void> deliver(OutboundMessage message) {
        if (!(message.recipient() instanceof Recipient.Customer customer)) {
            return Mono.error(new Undeliverable("the WeChat courier delivers to customers only"));
        }
        WechatCustomer follower;
        try {
            follower = WechatCustomer.parse(customer.customerId());
        } catch (IllegalArgumentException e) {
            return Mono.error(new Undeliverable("'" + message.id() + "' is not addressed to a WeChat follower"));
        }
        WechatAccount account = accounts.get(follower.account());
        if (account == null) {
            return Mono.error(new Undeliverable("no WeChat account '" + follower.account() + "' is configured"));
        }
        String text = ReceiveWechatMessage.passive(message.replies());
        return window.isOpen(follower).flatMap(open -> open
                ? customerService(account, follower, text).onErrorResume(
                        e -> e instanceof WxErrorException wx && WINDOW_CLOSED.contains(wx.getError().getErrorCode()),
                        e -> {
                            log.info("WeChat refused a customer-service message to {} ({}); sending the template",
                                    follower, ((WxErrorException) e).getError().getErrorCode());
                            return window.closed(follower).then(template(account, follower, message, customer, text));
                        })
                : template(account, follower, message, customer, text))
                .onErrorMap(e -> e instanceof WxErrorException wx && HOPELESS.contains(wx.getError().getErrorCode()),
                        e -> new Undeliverable("WeChat refused '" + message.id() + "' for " + follower + ": "
                                + ((WxErrorException) e).getError().getErrorCode() + " "
                                + ((WxErrorException) e).getError().getErrorMsg()));
    }

    private static Mono<Void> customerService(WechatAccount account, WechatCustomer follower, String text) {
        return blocking(() -> account.service().getKefuService()
                .sendKefuMessage(WxMpKefuMessage.TEXT().toUser(follower.openId()).content(text).build()));
    }

    private static Mono<Void> template(WechatAccount account, WechatCustomer follower, OutboundMessage message,
            Recipient.Customer customer, String text) {
        WechatProperties.Templates templates = account.settings().templates();
        String templateId = templates.idFor(message.purpose());
        if (templateId == null) {
            return Mono.error(new Undeliverable("the 48-hour window of " + follower + " has closed and account '"
                    + account.id() + "' has no template configured (templates.notice-id)"));
        }
        WxMpTemplateMessage template = WxMpTemplateMessage.builder()
                .toUser(follower.openId())
                .templateId(templateId)
                .url(templates.urlFor(message.purpose(), customer.conversationId().value()))
                // WeChat drops a second send with the same id: a retried delivery is not shown twice
                .clientMsgId(OpenIds.hashed(message.id()).substring(0, 32))
                .build()
                .addData(new WxMpTemplateData(templates.contentField(), shortened(text)));
        return blocking(() -> account.service().getTemplateMsgService().sendTemplateMsg(template));
    }

    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= TEMPLATE_TEXT_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, TEMPLATE_TEXT_MAX - 1)) + "…";
    }

    /** WxJava's HTTP client blocks: off the event loop. */
    private static Mono<Void> blocking(Callable<?> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic()).then();
    }
}
