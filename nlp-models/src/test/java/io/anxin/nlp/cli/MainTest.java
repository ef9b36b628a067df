package io.anxin.nlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.nlp.OpenNlpTriager;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MainTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String[] classify(String input) throws Exception {
        StringWriter out = new StringWriter();
        Main.classify(OpenNlpTriager.fromClasspath(), new BufferedReader(new StringReader(input)), out);
        return out.toString().split("\n");
    }

    @Test
    void classifyWritesOnePredictionWithTheSixFieldsPerJsonLineAndKeepsTheId() throws Exception {
        String[] lines = classify("{\"id\":\"A1\",\"text\":\"再不退款我就发到微博上\"}\n{\"id\":\"A2\",\"text\":\"请问几点营业\"}\n");

        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.propertyNames()).containsExactly("id", "intent", "confidence", "category", "flags", "anger");
        assertThat(first.get("id").asString()).isEqualTo("A1");
        assertThat(first.get("intent").asString()).isEqualTo("complaint");
        assertThat(first.get("flags").values()).extracting(JsonNode::asString).contains("media");
        assertThat(JSON.readTree(lines[1]).get("category").isNull()).isTrue();
    }

    @Test
    void plainLinesAreNumberedByTheirLineAndBlankLinesAreSkipped() throws Exception {
        String[] lines = classify("在吗\n\n怎么修改密码\n");

        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).get("id").asString()).isEqualTo("1");
        assertThat(JSON.readTree(lines[1]).get("id").asString()).isEqualTo("3");
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndFails() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.run(new String[] {"train"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
