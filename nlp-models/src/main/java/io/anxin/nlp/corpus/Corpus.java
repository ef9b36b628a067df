package io.anxin.nlp.corpus;

import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads labelled JSONL files. */
public final class Corpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {}

    /**
     * Every message of every {@code *.jsonl} file in a directory, sorted by id so that training
     * sees the same order on every machine and the models come out byte-identical.
     */
    public static List<LabelledMessage> readDirectory(Path directory) {
        List<LabelledMessage> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                messages.addAll(readFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        messages.sort(Comparator.comparing(LabelledMessage::id));
        return List.copyOf(messages);
    }

    public static List<LabelledMessage> readFile(Path file) {
        List<LabelledMessage> messages = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    messages.add(parse(JSON.readTree(line)));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    private static LabelledMessage parse(JsonNode node) {
        JsonNode categoryNode = node.get("category");
        Category category = categoryNode == null || categoryNode.isNull() ? null : Category.fromLabel(categoryNode.asString());
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        JsonNode flagsNode = node.get("flags");
        if (flagsNode != null) {
            for (JsonNode flag : flagsNode.values()) {
                flags.add(RiskFlag.fromLabel(flag.asString()));
            }
        }
        return new LabelledMessage(
                node.get("id").asString(),
                node.get("text").asString(),
                Intent.fromLabel(node.get("intent").asString()),
                category,
                flags,
                node.get("anger").asInt(),
                node.get("lang").asString(),
                text(node, "domain"),
                text(node, "channel"),
                text(node, "act").isEmpty() ? LabelledMessage.NO_ACT : text(node, "act"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
