package io.anxin.app.security;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An install without a users file: the desk's admin gets a generated password printed once, at the first start,
 * and the same password on every later start and every instance of that Redis; an operator's password wins.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefaultAdminIT {

    private static final Pattern GENERATED = Pattern.compile("with the generated password ([A-Za-z]{24})");

    @TempDir
    Path dir;

    @Test
    void the_generated_password_is_printed_once_and_kept_across_restarts_and_an_operators_password_wins(
            CapturedOutput output) {
        try (LocalRedis redis = TestRedis.start(dir.resolve("redis"))) {
            String password;
            try (ConfigurableApplicationContext first = start(redis)) {
                Matcher printed = GENERATED.matcher(output.getOut());
                assertThat(printed.find()).as("the password printed at the first start").isTrue();
                password = printed.group(1);
                assertThat(status(first, "admin", password)).isEqualTo(200);
                assertThat(status(first, "admin", "wrong-" + password)).isEqualTo(401);
            }
            int printedSoFar = output.getOut().length();

            try (ConfigurableApplicationContext second = start(redis)) {
                String later = output.getOut().substring(printedSoFar);
                assertThat(GENERATED.matcher(later).find()).as("a password printed again").isFalse();
                assertThat(later).contains("whose password was generated and printed at the first start");
                assertThat(status(second, "admin", password)).as("the same password after a restart").isEqualTo(200);
            }

            try (ConfigurableApplicationContext third = start(redis, "--anxin.admin-password=operators-own-secret")) {
                assertThat(status(third, "admin", "operators-own-secret")).isEqualTo(200);
                assertThat(status(third, "admin", password)).isEqualTo(401);
            }
        }
    }

    private static ConfigurableApplicationContext start(LocalRedis redis, String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "--server.port=0";
        args[1] = "--anxin.redis.url=" + redis.url();
        System.arraycopy(more, 0, args, 2, more.length);
        return new SpringApplicationBuilder(AnxinApplication.class).run(args);
    }

    private static int status(ConfigurableApplicationContext app, String user, String password) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(10))
                .build().get().uri("/api/v1/desk/queue").headers(h -> h.setBasicAuth(user, password)).exchange()
                .returnResult(String.class).getStatus().value();
    }
}
