package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.app.AnxinApplication;
import io.anxin.core.message.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ClassPathResource;

/** An operator's script that promises an outcome keeps Anxin from starting, and says where. */
class PromisingScriptsRefusedIT {

    @TempDir
    Path dir;

    @Test
    void a_script_containing_a_guarantee_is_refused_at_start_up_with_file_key_and_phrase() throws IOException {
        for (Lang lang : Lang.values()) {
            Files.copy(new ClassPathResource("scripts/" + lang.tag() + ".yml").getInputStream(), dir.resolve(lang.tag() + ".yml"));
        }
        Path zh = dir.resolve("zh-Hans.yml");
        Files.writeString(zh, Files.readString(zh).replace("感谢您的宝贵建议", "我们保证采纳您的建议"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(AnxinApplication.class).run(
                "--server.port=0", "--anxin.redis.embedded.data-dir=" + dir.resolve("redis"), "--anxin.scripts=file:" + dir + "/"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(InvalidPolicyException.class)
                        .hasMessageContaining("scripts/zh-Hans.yml: suggestion.thanks: promises an outcome ('保证')"));
    }
}
