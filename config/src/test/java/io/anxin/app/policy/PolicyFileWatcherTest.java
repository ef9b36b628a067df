package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.dialog.Scripts;
import io.anxin.core.message.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

class PolicyFileWatcherTest {

    @TempDir
    Path dir;

    private final ResourceLoader loader = new DefaultResourceLoader();

    private ReloadingScriptLibrary watchedLibrary(PolicyFileWatcher watcher) throws IOException {
        for (Lang lang : Lang.values()) {
            Files.copy(new ClassPathResource("scripts/" + lang.tag() + ".yml").getInputStream(), dir.resolve(lang.tag() + ".yml"));
        }
        String location = "file:" + dir + "/";
        ReloadingScriptLibrary library = new ReloadingScriptLibrary(PolicyFiles.scripts(loader, location, Scripts.REQUIRED, List.of()));
        watcher.watch("scripts", PolicyFileWatcher.files(
                        Arrays.stream(Lang.values()).map(l -> loader.getResource(location + l.tag() + ".yml")).toList()),
                () -> library.replaceWith(PolicyFiles.scripts(loader, location, Scripts.REQUIRED, List.of())));
        return library;
    }

    private void edit(String from, String to) throws IOException {
        Path zh = dir.resolve("zh-Hans.yml");
        Files.writeString(zh, Files.readString(zh).replace(from, to));
        // A later modification time even on file systems that count whole seconds.
        zh.toFile().setLastModified(zh.toFile().lastModified() + 2_000);
    }

    @Test
    void an_edited_script_is_used_after_the_next_check_without_a_restart() throws IOException {
        PolicyFileWatcher watcher = new PolicyFileWatcher(Duration.ofSeconds(5));
        ReloadingScriptLibrary library = watchedLibrary(watcher);

        edit("感谢您的宝贵建议，我们很重视您的想法。", "谢谢您的建议！");
        watcher.check();

        assertThat(library.render(Scripts.SUGGESTION_THANKS, Lang.ZH_HANS, Map.of())).isEqualTo("谢谢您的建议！");
    }

    @Test
    void an_edit_that_promises_an_outcome_is_refused_and_the_scripts_in_use_stay() throws IOException {
        PolicyFileWatcher watcher = new PolicyFileWatcher(Duration.ofSeconds(5));
        ReloadingScriptLibrary library = watchedLibrary(watcher);

        edit("感谢您的宝贵建议，我们很重视您的想法。", "我们保证采纳您的建议。");
        watcher.check();

        assertThat(library.render(Scripts.SUGGESTION_THANKS, Lang.ZH_HANS, Map.of())).isEqualTo("感谢您的宝贵建议，我们很重视您的想法。");
    }
}
