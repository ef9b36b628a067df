package io.anxin.core.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapScriptLibraryTest {

    @Test
    void a_sentence_is_rendered_with_its_variables_in_the_language_asked_for() {
        MapScriptLibrary library = MapScriptLibrary.of(Map.of(
                Lang.ZH_HANS, Map.of("k", "工单号 {ticket}"),
                Lang.ZH_HANT, Map.of("k", "工單號 {ticket}"),
                Lang.EN, Map.of("k", "Ticket {ticket}")), List.of("k"));
        assertThat(library.render("k", Lang.ZH_HANT, Map.of("ticket", "C-202611-0001"))).isEqualTo("工單號 C-202611-0001");
    }

    @Test
    void a_missing_translation_is_refused_naming_the_language_and_key() {
        assertThatThrownBy(() -> MapScriptLibrary.of(Map.of(
                Lang.ZH_HANS, Map.of("k", "好"),
                Lang.EN, Map.of("k", "Good")), List.of("k")))
                .isInstanceOf(InvalidScriptsException.class)
                .hasMessageContaining("zh-Hant: missing script 'k'");
    }

    @Test
    void a_variable_not_given_is_an_error_not_a_blank() {
        MapScriptLibrary library = MapScriptLibrary.of(Map.of(
                Lang.ZH_HANS, Map.of("k", "{dueBy} 前"), Lang.ZH_HANT, Map.of("k", "{dueBy} 前"),
                Lang.EN, Map.of("k", "by {dueBy}")), List.of("k"));
        assertThatThrownBy(() -> library.render("k", Lang.EN, Map.of())).hasMessageContaining("needs variable 'dueBy'");
    }

    @Test
    void a_channel_variant_is_used_on_its_channel_and_the_common_sentence_elsewhere() {
        MapScriptLibrary library = MapScriptLibrary.of(Map.of(
                Lang.ZH_HANS, Map.of("k", "工单号：{ticket}。", "channels.phone.k", "工单号 {ticket}"),
                Lang.ZH_HANT, Map.of("k", "工單號：{ticket}。"),
                Lang.EN, Map.of("k", "Ticket: {ticket}.")), List.of("k"));

        assertThat(library.render("k", Lang.ZH_HANS, Channel.PHONE, Map.of("ticket", "C-1"))).isEqualTo("工单号 C-1");
        assertThat(library.render("k", Lang.ZH_HANS, Channel.WECHAT, Map.of("ticket", "C-1"))).isEqualTo("工单号：C-1。");
        assertThat(library.render("k", Lang.ZH_HANT, Channel.PHONE, Map.of("ticket", "C-1"))).isEqualTo("工單號：C-1。");
    }
}
