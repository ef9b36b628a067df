package io.anxin.channel.wechat;

import java.util.Locale;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * What makes one of WeChat's deliveries the same message as another: the MsgId of a message; for an event, which
 * has none, the sender, the time and the event (as WeChat's documentation says to de-duplicate them). Used as the
 * engine's message id, so it holds only letters, digits and {@code _.:-}.
 */
record MessageKey(String value) {

    static MessageKey of(WxMpXmlMessage in) {
        if (in.getMsgId() != null) {
            return new MessageKey("m-" + in.getMsgId());
        }
        String event = in.getEvent() == null ? "event" : in.getEvent().toLowerCase(Locale.ROOT);
        String key = in.getEventKey() == null ? "" : "-" + in.getEventKey();
        // the OpenID is hashed: the key ends up in Redis key names and the transcript
        return new MessageKey(clean("e-" + OpenIds.hashed(in.getFromUser()).substring(0, 16) + "-" + in.getCreateTime()
                + "-" + event + key));
    }

    private static String clean(String id) {
        String kept = id.replaceAll("[^A-Za-z0-9_.:-]", "_");
        return kept.length() > 120 ? kept.substring(0, 120) : kept;
    }
}
