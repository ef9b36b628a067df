package io.anxin.channel.wechat;

import io.anxin.core.attachment.Attachment;
import io.anxin.core.attachment.AttachmentStore;
import io.anxin.core.attachment.AttachmentTooLargeException;
import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.dialog.Scripts;
import io.anxin.core.engine.Answer;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.script.ScriptLibrary;
import java.io.File;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import me.chanjar.weixin.common.api.WxConsts.EventType;
import me.chanjar.weixin.common.api.WxConsts.XmlMsgType;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Handles one verified message or event from an official account's follower and says what to answer WeChat: the
 * reply text, when it is ready within {@code replyWithin}, or nothing ({@code success}), in which case the answer
 * follows through the outbox as a customer-service message. The work is never cut short by the deadline: what the
 * customer said is handled to the end either way.
 */
final class ReceiveWechatMessage {

    private static final Logger log = LoggerFactory.getLogger(ReceiveWechatMessage.class);

    private final ConversationStore conversations;
    private final AttachmentStore attachments;
    private final Outbox outbox;
    private final ScriptLibrary scripts;
    private final ReplyModes modes;
    private final ServiceWindow window;
    private final WechatProperties.Menu menu;
    private final Duration replyWithin;
    private final Clock clock;

    ReceiveWechatMessage(ConversationStore conversations, AttachmentStore attachments, Outbox outbox,
            ScriptLibrary scripts, ReplyModes modes, ServiceWindow window, WechatProperties.Menu menu,
            Duration replyWithin, Clock clock) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.outbox = outbox;
        this.scripts = scripts;
        this.modes = modes;
        this.window = window;
        this.menu = menu;
        this.replyWithin = replyWithin;
        this.clock = clock;
    }

    /** Emits the text of the passive reply, or empty for {@code success}. */
    Mono<Optional<String>> receive(WechatAccount account, WxMpXmlMessage in) {
        WechatCustomer customer = new WechatCustomer(account.id(), in.getFromUser());
        MessageKey key = MessageKey.of(in);
        // subscribed to at once and never cancelled: the deadline decides how the answer goes, not whether it is made
        CompletableFuture<List<Reply>> work = handle(account, customer, key, in).defaultIfEmpty(List.of()).toFuture();
        return Mono.fromFuture(work, true)
                .timeout(replyWithin)
                .flatMap(replies -> replies.isEmpty() ? Mono.just(Optional.<String>empty())
                        : modes.decide(account.id(), key, ReplyModes.PASSIVE)
                                .map(mode -> ReplyModes.PASSIVE.equals(mode) ? Optional.of(passive(replies))
                                        : Optional.<String>empty()))
                .onErrorResume(TimeoutException.class, late -> modes.decide(account.id(), key, ReplyModes.DEFERRED)
                        .doOnNext(mode -> {
                            if (ReplyModes.DEFERRED.equals(mode)) {
                                Mono.fromFuture(work).flatMap(replies -> later(customer, key, replies)).subscribe(
                                        posted -> {},
                                        e -> log.error("the late answer to WeChat message {} of {} was not made: {}",
                                                key.value(), customer, e.toString()));
                            }
                        })
                        .thenReturn(Optional.empty()));
    }

    /** Several replies travel as one message: a passive reply is one, and customer-service messages are counted. */
    static String passive(List<Reply> replies) {
        return String.join("\n\n", replies.stream().map(Reply::text).toList());
    }

    private Mono<Boolean> later(WechatCustomer customer, MessageKey key, List<Reply> replies) {
        if (replies.isEmpty()) {
            return Mono.just(false);
        }
        return conversation(customer).flatMap(c -> outbox.post(OutboundMessage.toCustomer(
                "wechat-answer:" + customer.account() + ":" + key.value(), OutboundMessage.ANSWER, c.id(), Channel.WECHAT,
                customer.customerId(), c.lang(), replies, clock.instant())));
    }

    private Mono<List<Reply>> handle(WechatAccount account, WechatCustomer customer, MessageKey key, WxMpXmlMessage in) {
        String type = in.getMsgType() == null ? "" : in.getMsgType();
        return switch (type) {
            case XmlMsgType.TEXT -> opened(customer).then(engine(account, customer, key, in.getContent()));
            case XmlMsgType.VOICE -> opened(customer).then(in.getRecognition() == null || in.getRecognition().isBlank()
                    ? script(customer, Scripts.WECHAT_VOICE_NOT_UNDERSTOOD, Map.of())
                    : engine(account, customer, key, in.getRecognition()));
            case XmlMsgType.IMAGE, XmlMsgType.VIDEO, XmlMsgType.SHORTVIDEO, "file" ->
                    opened(customer).then(attachment(account, customer, key, in));
            case XmlMsgType.EVENT -> event(account, customer, key, in);
            default -> Mono.empty(); // locations, links: nothing the bot can act on; WeChat is told success
        };
    }

    private Mono<Void> opened(WechatCustomer customer) {
        return window.opened(customer);
    }

    private Mono<List<Reply>> event(WechatAccount account, WechatCustomer customer, MessageKey key, WxMpXmlMessage in) {
        String event = in.getEvent() == null ? "" : in.getEvent().toLowerCase(Locale.ROOT);
        if (EventType.SUBSCRIBE.equalsIgnoreCase(event)) {
            return script(customer, Scripts.WECHAT_WELCOME, Map.of());
        }
        if (EventType.UNSUBSCRIBE.equalsIgnoreCase(event)) {
            // nothing more can reach them: the bot's open question is dropped; their tickets stay and are handled
            return window.closed(customer)
                    .then(conversations.idFor(Channel.WECHAT, customer.customerId()))
                    .flatMap(conversations::stopAsking)
                    .then(Mono.empty());
        }
        if (!EventType.CLICK.equalsIgnoreCase(event) || in.getEventKey() == null) {
            return Mono.empty();
        }
        String clicked = in.getEventKey();
        if (clicked.equals(menu.complaint())) {
            return script(customer, Scripts.WECHAT_MENU_COMPLAINT, Map.of());
        }
        if (clicked.equals(menu.suggestion())) {
            return script(customer, Scripts.WECHAT_MENU_SUGGESTION, Map.of());
        }
        if (clicked.equals(menu.inquiry())) {
            return script(customer, Scripts.WECHAT_MENU_INQUIRY, Map.of());
        }
        if (clicked.equals(menu.human())) {
            // the same words as the quick reply, which the dialog hands to a person
            return lang(customer).flatMap(lang ->
                    engine(account, customer, key, scripts.render(Scripts.HANDOFF_OPTION, lang, Map.of())));
        }
        if (clicked.equals(menu.myTickets())) {
            return lang(customer).flatMap(lang ->
                    engine(account, customer, key, scripts.render(Scripts.WECHAT_MENU_MY_TICKETS, lang, Map.of())));
        }
        log.info("WeChat menu key '{}' of account {} is not one of Anxin's; nothing answered", clicked, account.id());
        return Mono.empty();
    }

    private Mono<List<Reply>> engine(WechatAccount account, WechatCustomer customer, MessageKey key, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Mono.empty(); // an empty text (WeChat sends none, but a client might): nothing to answer
        }
        return Mono.defer(() -> account.engine().handle(new InboundMessage(Channel.WECHAT, key.value(),
                        customer.customerId(), text, null, clock.instant())))
                .map(Answer::replies);
    }

    /** Images, videos and files are kept with the conversation for the person who handles it. */
    private Mono<List<Reply>> attachment(WechatAccount account, WechatCustomer customer, MessageKey key,
            WxMpXmlMessage in) {
        String mediaId = in.getMediaId();
        if (mediaId == null || mediaId.isBlank()) {
            return Mono.empty();
        }
        return conversations.idFor(Channel.WECHAT, customer.customerId())
                .flatMap(conversation -> download(account, mediaId)
                        .flatMap(media -> {
                            if (media.bytes().length > attachments.maxSize()) {
                                return Mono.error(new AttachmentTooLargeException(media.bytes().length, attachments.maxSize()));
                            }
                            String name = in.getMsgType() + "-" + key.value() + media.extension();
                            return attachments.store(new Attachment("wx-media-" + key.value(), conversation, name,
                                    contentType(name, in.getMsgType()), media.bytes().length, clock.instant()),
                                    media.bytes());
                        }))
                .then(script(customer, Scripts.WECHAT_ATTACHMENT_RECEIVED, Map.of()))
                .onErrorResume(AttachmentTooLargeException.class, e -> script(customer,
                        Scripts.WECHAT_ATTACHMENT_TOO_LARGE, Map.of("limit", megabytes(e.limit()))));
    }

    private record Media(byte[] bytes, String extension) {}

    /** WxJava downloads to a temporary file on a blocking HTTP client: off the event loop, and the file deleted. */
    private static Mono<Media> download(WechatAccount account, String mediaId) {
        return Mono.fromCallable(() -> {
            File file = account.service().getMaterialService().mediaDownload(mediaId);
            try {
                String name = file.getName();
                int dot = name.lastIndexOf('.');
                return new Media(Files.readAllBytes(file.toPath()), dot < 0 ? "" : name.substring(dot));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }).subscribeOn(Schedulers.boundedElastic()).onErrorMap(e -> e instanceof WxErrorException || e instanceof IOException,
                e -> new IllegalStateException("WeChat media " + mediaId + " could not be fetched: " + e.getMessage(), e));
    }

    private static String contentType(String name, String msgType) {
        String guessed = URLConnection.guessContentTypeFromName(name);
        if (guessed != null) {
            return guessed;
        }
        return switch (msgType) {
            case XmlMsgType.IMAGE -> "image/jpeg";
            case XmlMsgType.VIDEO, XmlMsgType.SHORTVIDEO -> "video/mp4";
            default -> "application/octet-stream";
        };
    }

    private static String megabytes(long bytes) {
        return Long.toString(Math.max(1, bytes / (1024 * 1024)));
    }

    private Mono<List<Reply>> script(WechatCustomer customer, String key, Map<String, String> variables) {
        return lang(customer).map(lang -> List.of(Reply.text(scripts.render(key, lang, Channel.WECHAT, variables))));
    }

    /** The language the customer was last answered in; simplified Chinese before their first message. */
    private Mono<Lang> lang(WechatCustomer customer) {
        return known(customer).map(Conversation::lang).defaultIfEmpty(Lang.ZH_HANS);
    }

    private Mono<Conversation> known(WechatCustomer customer) {
        return conversations.idFor(Channel.WECHAT, customer.customerId()).flatMap(conversations::find);
    }

    private Mono<Conversation> conversation(WechatCustomer customer) {
        return conversations.idFor(Channel.WECHAT, customer.customerId()).flatMap(id -> conversations.find(id)
                .defaultIfEmpty(Conversation.open(id, Channel.WECHAT, customer.customerId(), Lang.ZH_HANS, clock.instant())));
    }
}
