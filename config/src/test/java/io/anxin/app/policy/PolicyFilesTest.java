package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.dialog.Scripts;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;

class PolicyFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void a_missing_zone_and_an_unknown_zone_are_refused() throws IOException {
        Path file = write("zone.yml", """
                name: z
                zone: Mars/Olympus
                clarify-below: 0.5
                time-limits: {forward: 1h, first-contact: 24h, inquiry-answer: 24h, suggestion-reply: 7d}
                """);
        assertThatThrownBy(() -> PolicyFiles.policy(new FileSystemResource(file), "policies/zone.yml"))
                .hasMessageContaining("policies/zone.yml: zone 'Mars/Olympus' is not a time zone");
    }

    @Test
    void the_shipped_scripts_define_every_sentence_in_all_three_languages() {
        var library = PolicyFiles.scripts(new DefaultResourceLoader(), "classpath:scripts/", Scripts.REQUIRED, List.of());
        assertThat(library.render(Scripts.COMPLAINT_REGISTERED, Lang.ZH_HANT, Map.of("ticket", "C-1", "dueBy", "明天")))
                .contains("工單號 C-1");
    }

    @Test
    void e_mail_and_phone_have_their_own_wording_of_the_registration_and_chat_the_common_one() {
        var library = PolicyFiles.scripts(new DefaultResourceLoader(), "classpath:scripts/", Scripts.REQUIRED, List.of());
        Map<String, String> vars = Map.of("ticket", "C-202611-0001", "dueBy", "2026年11月23日 09:00");

        assertThat(library.render(Scripts.COMPLAINT_ACK, Lang.ZH_HANS, Channel.EMAIL, Map.of())).startsWith("尊敬的客户");
        assertThat(library.render(Scripts.COMPLAINT_REGISTERED, Lang.ZH_HANS, Channel.EMAIL, vars)).endsWith("客户服务中心");
        assertThat(library.render(Scripts.COMPLAINT_REGISTERED, Lang.ZH_HANS, Channel.PHONE, vars)).contains("回电")
                .doesNotContain("（");
        assertThat(library.render(Scripts.COMPLAINT_REGISTERED, Lang.ZH_HANS, Channel.API, vars))
                .isEqualTo(library.render(Scripts.COMPLAINT_REGISTERED, Lang.ZH_HANS, vars));
    }

    @Test
    void a_script_that_promises_an_outcome_is_refused_naming_file_key_and_phrase() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("promising"));
        for (Lang lang : Lang.values()) {
            Files.copy(new ClassPathResource("scripts/" + lang.tag() + ".yml").getInputStream(), scripts.resolve(lang.tag() + ".yml"));
        }
        Path zh = scripts.resolve("zh-Hans.yml");
        Files.writeString(zh, Files.readString(zh).replace("核实情况后跟进处理", "我们保证给您满意的处理结果"));

        assertThatThrownBy(() -> PolicyFiles.scripts(new DefaultResourceLoader(), "file:" + scripts + "/", Scripts.REQUIRED, List.of()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("scripts/zh-Hans.yml: complaint.registered: promises an outcome ('保证')");
    }

    @Test
    void a_script_file_missing_a_sentence_is_refused_naming_language_and_key() throws IOException {
        for (Lang lang : Lang.values()) {
            write("scripts/" + lang.tag() + ".yml", "complaint:\n  acknowledge: 抱歉\n");
        }
        assertThatThrownBy(() -> PolicyFiles.scripts(new DefaultResourceLoader(), "file:" + dir.resolve("scripts") + "/",
                Scripts.REQUIRED, List.of()))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("scripts/en: missing script 'complaint.registered'");
    }
}
