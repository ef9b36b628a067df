package io.anxin.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WechatPropertiesTest {

    private static WechatProperties.Account account(String id, String appId, String token, String aesKey) {
        return new WechatProperties.Account(id, appId, "secret", token, aesKey, null, null);
    }

    private static WechatProperties with(WechatProperties.Account... accounts) {
        return new WechatProperties(List.of(accounts), null, null, null, null);
    }

    @Test
    void without_settings_the_channel_has_no_accounts_and_wechats_limits() {
        WechatProperties properties = new WechatProperties(null, null, null, null, null);

        assertThat(properties.accounts()).isEmpty();
        assertThat(properties.apiHost()).isEqualTo("https://api.weixin.qq.com");
        assertThat(properties.replyWithin()).isEqualTo(Duration.ofSeconds(4));
        assertThat(properties.window()).isEqualTo(Duration.ofHours(48));
        assertThat(properties.menu().human()).isEqualTo("ANXIN_HUMAN");
    }

    @Test
    void a_mistyped_account_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> with(account("Service", "wx1", "token123", null)))
                .hasMessageContaining("anxin.channels.wechat.accounts[0].id");
        assertThatThrownBy(() -> with(account("service", "wx1", "to", null)))
                .hasMessageContaining("accounts[0].token must be 3 to 32 letters or digits");
        assertThatThrownBy(() -> with(account("service", "wx1", "token123", "short")))
                .hasMessageContaining("accounts[0].aes-key must be the 43 letters and digits");
        assertThatThrownBy(() -> with(account("a", "wx1", "token123", null), account("a", "wx2", "token123", null)))
                .hasMessageContaining("accounts[1].id 'a' is used by another account");
        assertThatThrownBy(() -> with(account("a", "wx1", "token123", null), account("b", "wx1", "token123", null)))
                .hasMessageContaining("accounts[1].app-id is used by another account");
    }

    @Test
    void a_reply_deadline_wechat_would_not_wait_for_is_refused() {
        assertThatThrownBy(() -> new WechatProperties(null, null, Duration.ofSeconds(5), null, null))
                .hasMessageContaining("reply-within must be more than 0 and at most 4.5s");
        assertThatThrownBy(() -> new WechatProperties(null, "http://localhost:8089/", null, null, null))
                .hasMessageContaining("api-host must not end with '/'");
        assertThatThrownBy(() -> new WechatProperties(null, null, null, Duration.ofHours(49), null))
                .hasMessageContaining("window must be more than 0 and at most 48h");
    }

    @Test
    void the_survey_has_its_own_template_and_link_and_everything_else_the_notice() {
        WechatProperties.Templates templates = new WechatProperties.Templates("NOTICE", "SURVEY", null,
                "https://kf.example.com/status?c={conversation}", "https://kf.example.com/survey?c={conversation}");

        assertThat(templates.idFor("survey")).isEqualTo("SURVEY");
        assertThat(templates.idFor("agent_reply")).isEqualTo("NOTICE");
        assertThat(templates.urlFor("survey", "cv-1")).isEqualTo("https://kf.example.com/survey?c=cv-1");
        assertThat(templates.urlFor("answer", "cv-1")).isEqualTo("https://kf.example.com/status?c=cv-1");
        assertThat(templates.contentField()).isEqualTo("first");
    }
}
