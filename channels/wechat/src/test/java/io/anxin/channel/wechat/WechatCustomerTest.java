package io.anxin.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;

class WechatCustomerTest {

    private static final String OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

    @Test
    void a_customer_id_names_the_account_and_the_openid_and_logs_never_show_the_openid() {
        WechatCustomer customer = WechatCustomer.parse("service:" + OPENID);

        assertThat(customer.account()).isEqualTo("service");
        assertThat(customer.openId()).isEqualTo(OPENID);
        assertThat(customer.customerId()).isEqualTo("service:" + OPENID);
        assertThat(customer.toString()).doesNotContain(OPENID).isEqualTo("service:oUpF****eS6o");
        assertThatThrownBy(() -> WechatCustomer.parse(OPENID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_message_is_known_by_its_msgid_and_an_event_by_sender_time_and_event_without_the_openid() {
        WxMpXmlMessage message = WxMpXmlMessage.fromXml("<xml><FromUserName><![CDATA[" + OPENID + "]]></FromUserName>"
                + "<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content>"
                + "<MsgId>1234567890123456</MsgId></xml>");
        String click = "<xml><FromUserName><![CDATA[" + OPENID + "]]></FromUserName><CreateTime>1348831860</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[ANXIN_HUMAN]]>"
                + "</EventKey></xml>";

        assertThat(MessageKey.of(message).value()).isEqualTo("m-1234567890123456");
        MessageKey event = MessageKey.of(WxMpXmlMessage.fromXml(click));
        assertThat(event).isEqualTo(MessageKey.of(WxMpXmlMessage.fromXml(click)));
        assertThat(event.value()).startsWith("e-").endsWith("-1348831860-click-ANXIN_HUMAN").doesNotContain(OPENID)
                .matches("[A-Za-z0-9_.:-]+");
    }
}
