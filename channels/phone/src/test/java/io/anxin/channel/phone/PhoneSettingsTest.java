package io.anxin.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneSettingsTest {

    private static PhoneSettings settings(String sid, String base, String number, Duration answerWithin,
            Map<String, String> agents) {
        return new PhoneSettings(sid, "token", base == null ? null : URI.create(base), number,
                URI.create("https://api.twilio.com"), "zh-CN", "en-US", answerWithin, 0.4, Duration.ofSeconds(120),
                "https://x/{ticket}", agents, "");
    }

    @Test
    void every_wrong_setting_is_named_at_once() {
        assertThatThrownBy(() -> settings("AC123", "hotline.example.com", "13800138000", Duration.ofSeconds(14),
                Map.of("agent-1", "555")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("anxin.channels.phone.account-sid")
                .hasMessageContaining("anxin.channels.phone.public-base-url")
                .hasMessageContaining("anxin.channels.phone.number")
                .hasMessageContaining("anxin.channels.phone.answer-within")
                .hasMessageContaining("anxin.channels.phone.agents.agent-1");
    }

    @Test
    void urls_given_to_twilio_are_the_public_base_and_the_path_and_an_agent_is_known_by_phone() {
        PhoneSettings ok = settings("AC" + "0123456789abcdef".repeat(2), "https://hotline.example.com/anxin/",
                "+861088880000", Duration.ofSeconds(8), Map.of("agent-7", "+8613700000007"));
        assertThat(ok.url("/phone/voice/gather?turn=2")).isEqualTo("https://hotline.example.com/anxin/phone/voice/gather?turn=2");
        assertThat(ok.agentCalling("+8613700000007")).isEqualTo("agent-7");
        assertThat(ok.agentCalling("+8613900000000")).isNull();
        assertThat(ok.pack()).isNull();
    }
}
