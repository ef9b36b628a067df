package io.anxin.channel.wechat;

import java.util.Map;
import java.util.Optional;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The server URL of each official account, {@code /wechat/{account}}: WeChat checks it with a GET and posts every
 * message and event to it. Nothing unsigned is read: a request whose signature (or, in safe mode, whose
 * {@code msg_signature}) does not match the account's token gets 403 before anything is stored.
 */
@RestController
class WechatController {

    private static final Logger log = LoggerFactory.getLogger(WechatController.class);
    static final String SUCCESS = "success";

    private final Map<String, WechatAccount> accounts;
    private final ReceiveWechatMessage receive;

    WechatController(Map<String, WechatAccount> accounts, ReceiveWechatMessage receive) {
        this.accounts = accounts;
        this.receive = receive;
    }

    /** WeChat's check of the server URL: the echo string back when the signature is the account's. */
    @GetMapping(path = "/wechat/{account}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@PathVariable String account, @RequestParam(required = false) @Nullable String signature,
            @RequestParam(required = false) @Nullable String timestamp, @RequestParam(required = false) @Nullable String nonce,
            @RequestParam(required = false) @Nullable String echostr) {
        WechatAccount found = accounts.get(account);
        if (found == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("no such account");
        }
        if (echostr == null || !signed(found, signature, timestamp, nonce)) {
            return forbidden(account);
        }
        return ResponseEntity.ok(echostr);
    }

    @PostMapping(path = "/wechat/{account}", consumes = MediaType.ALL_VALUE)
    Mono<ResponseEntity<String>> receive(@PathVariable String account,
            @RequestParam(required = false) @Nullable String signature,
            @RequestParam(required = false) @Nullable String timestamp, @RequestParam(required = false) @Nullable String nonce,
            @RequestParam(name = "encrypt_type", required = false) @Nullable String encryptType,
            @RequestParam(name = "msg_signature", required = false) @Nullable String msgSignature,
            @RequestBody(required = false) @Nullable String body) {
        WechatAccount found = accounts.get(account);
        if (found == null) {
            return Mono.just(ResponseEntity.status(HttpStatus.NOT_FOUND).body("no such account"));
        }
        if (!signed(found, signature, timestamp, nonce)) {
            return Mono.just(forbidden(account));
        }
        boolean aes = "aes".equalsIgnoreCase(encryptType);
        if (found.safeMode() && !aes) {
            // a safe-mode account accepts only encrypted messages: a plain one may have been made by anyone who saw a URL
            return Mono.just(forbidden(account));
        }
        if (aes && !found.safeMode()) {
            return Mono.just(ResponseEntity.badRequest().body("account '" + account + "' has no aes-key: set it to the"
                    + " EncodingAESKey of safe mode"));
        }
        if (body == null || body.isBlank()) {
            return Mono.just(ResponseEntity.badRequest().body("the message is empty"));
        }
        WxMpXmlMessage in;
        if (aes) {
            try {
                in = WxMpXmlMessage.fromEncryptedXml(body, found.config(), timestamp, nonce, msgSignature);
            } catch (RuntimeException e) {
                // a wrong msg_signature, or ciphertext that does not decrypt with the account's key
                return Mono.just(forbidden(account));
            }
        } else {
            try {
                in = WxMpXmlMessage.fromXml(body);
            } catch (RuntimeException e) {
                return Mono.just(ResponseEntity.badRequest().body("the message is not WeChat's XML"));
            }
        }
        if (in.getFromUser() == null || in.getMsgType() == null || in.getFromUser().isBlank()) {
            return Mono.just(ResponseEntity.badRequest().body("the message has no FromUserName or MsgType"));
        }
        WxMpXmlMessage message = in;
        return Mono.defer(() -> receive.receive(found, message))
                .publishOn(Schedulers.boundedElastic())
                .map(reply -> answer(found, message, aes, reply))
                .onErrorResume(IllegalArgumentException.class, e -> Mono.just(ResponseEntity.badRequest().body(e.getMessage())))
                .onErrorResume(e -> !(e instanceof IllegalArgumentException), e -> {
                    // not answered: WeChat retries the same message, which the engine recognises
                    log.warn("WeChat message to account {} not handled, WeChat will retry it: {}", account, e.toString());
                    return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("try again"));
                });
    }

    private static ResponseEntity<String> answer(WechatAccount account, WxMpXmlMessage in, boolean aes,
            Optional<String> reply) {
        if (reply.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(SUCCESS);
        }
        WxMpXmlOutMessage out = WxMpXmlOutMessage.TEXT().content(reply.get())
                .fromUser(in.getToUser()).toUser(in.getFromUser()).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .body(aes ? out.toEncryptedXml(account.config()) : out.toXml());
    }

    private static boolean signed(WechatAccount account, @Nullable String signature, @Nullable String timestamp,
            @Nullable String nonce) {
        return signature != null && timestamp != null && nonce != null
                && account.service().checkSignature(timestamp, nonce, signature);
    }

    private static ResponseEntity<String> forbidden(String account) {
        log.warn("refused a request to WeChat account {}: its signature does not match the account's token", account);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("signature does not match");
    }
}
