package io.anxin.app.wechat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.jspecify.annotations.Nullable;

/**
 * What WeChat's servers send, made with WxJava's own signing and crypto: the XML of a message or an event, the
 * query string that signs it, and in safe mode the encrypted envelope.
 */
final class WechatFixtures {

    private static final AtomicLong MSG_IDS = new AtomicLong(24_600_000_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private WechatFixtures() {}

    static String openId() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    static long msgId() {
        return MSG_IDS.incrementAndGet();
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static String text(String openId, long msgId, String content) {
        return message(openId, "text", "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId>");
    }

    static String voice(String openId, long msgId, @Nullable String recognition) {
        return message(openId, "voice", "<MediaId><![CDATA[voice-media]]></MediaId><Format><![CDATA[amr]]></Format>"
                + (recognition == null ? "" : "<Recognition><![CDATA[" + recognition + "]]></Recognition>")
                + "<MsgId>" + msgId + "</MsgId>");
    }

    static String image(String openId, long msgId, String mediaId) {
        return message(openId, "image", "<PicUrl><![CDATA[http://mmbiz.example/pic]]></PicUrl><MediaId><![CDATA["
                + mediaId + "]]></MediaId><MsgId>" + msgId + "</MsgId>");
    }

    static String event(String openId, long createTime, String event, @Nullable String key) {
        return "<xml><ToUserName><![CDATA[gh_anxin]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event>"
                + (key == null ? "" : "<EventKey><![CDATA[" + key + "]]></EventKey>") + "</xml>";
    }

    private static String message(String openId, String type, String fields) {
        return "<xml><ToUserName><![CDATA[gh_anxin]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[" + type
                + "]]></MsgType>" + fields + "</xml>";
    }

    /** The query string of a plain-mode delivery: the signature over the token, timestamp and nonce. */
    static String signedQuery(String token, String openId) {
        String timestamp = Long.toString(now());
        String nonce = Long.toString(System.nanoTime());
        return "signature=" + SHA1.gen(token, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=" + openId;
    }

    /** A safe-mode delivery: the encrypted XML and the query string with both signatures. */
    record Encrypted(String body, String query) {}

    static Encrypted encrypted(String token, String aesKey, String appId, String openId, String plainXml) {
        WxCryptUtil.EncryptContext context = new WxCryptUtil(token, aesKey, appId).encryptContext(plainXml);
        String body = "<xml><ToUserName><![CDATA[gh_anxin]]></ToUserName><Encrypt><![CDATA[" + context.getEncrypt()
                + "]]></Encrypt></xml>";
        String query = "signature=" + SHA1.gen(token, context.getTimeStamp(), context.getNonce())
                + "&timestamp=" + context.getTimeStamp() + "&nonce=" + context.getNonce() + "&openid=" + openId
                + "&encrypt_type=aes&msg_signature=" + context.getSignature();
        return new Encrypted(body, query);
    }

    /** The plain XML of an encrypted passive reply, its signature checked as WeChat would. */
    static String decrypted(String token, String aesKey, String appId, String reply) {
        return new WxCryptUtil(token, aesKey, appId).decryptXml(element(reply, "MsgSignature"),
                element(reply, "TimeStamp"), element(reply, "Nonce"), reply);
    }

    /** The content of an element of WeChat's XML, CDATA or not. */
    static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        if (!m.find()) {
            throw new AssertionError("no <" + name + "> in " + xml);
        }
        return m.group(1);
    }
}
