package io.anxin.channel.wechat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.dialog.Scripts;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.ConversationEngines;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.script.ScriptLibrary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What stops the start: an account following a pack that does not exist, a WeChat script missing. */
class StartUpChecksTest {

    private static final ConversationEngines ONLY_DEFAULT = new ConversationEngines() {
        @Override
        public ConversationEngine active() {
            throw new IllegalStateException("not asked in these tests");
        }

        @Override
        public ConversationEngine forPack(String name) {
            throw new IllegalArgumentException("no policy pack '" + name + "'; the packs are [default]");
        }

        @Override
        public Set<String> packs() {
            return Set.of("default");
        }
    };

    /** The shipped keys in every language, less {@code missing}. */
    private static ScriptLibrary scriptsWithout(String missing) {
        return new ScriptLibrary() {
            @Override
            public String render(String key, Lang lang, Channel channel, Map<String, String> variables) {
                return render(key, lang, variables);
            }

            @Override
            public String render(String key, Lang lang, Map<String, String> variables) {
                if (key.equals(missing)) {
                    throw new IllegalArgumentException("no script '" + key + "' in " + lang.tag());
                }
                return key;
            }
        };
    }

    private static WechatProperties withPack(String pack) {
        return new WechatProperties(List.of(new WechatProperties.Account("service", "wx1", "secret", "token123", null,
                pack, null)), null, null, null, null);
    }

    @Test
    void an_account_following_a_pack_that_does_not_exist_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> WechatChannelAutoConfiguration.engines(withPack("defualt"), ONLY_DEFAULT))
                .isInstanceOf(InvalidWechatSettingsException.class)
                .hasMessageContaining("anxin.channels.wechat.accounts[0].pack")
                .hasMessageContaining("no policy pack 'defualt'");
    }

    @Test
    void a_missing_wechat_script_stops_the_start() {
        assertThatThrownBy(() -> WechatChannelAutoConfiguration.requireScripts(
                        scriptsWithout(Scripts.WECHAT_VOICE_NOT_UNDERSTOOD)))
                .isInstanceOf(InvalidWechatSettingsException.class)
                .hasMessageContaining("the WeChat channel needs the script 'wechat.voice-not-understood' in zh-Hans");
    }
}
