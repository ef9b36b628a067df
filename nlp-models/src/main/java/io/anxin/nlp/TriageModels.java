package io.anxin.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import io.anxin.core.triage.RiskFlag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;

/**
 * The document-categoriser models of triage, and where they live on the classpath.
 *
 * @param intent   complaint, suggestion or inquiry, trained on every message
 * @param category the complaint category, trained on complaints only
 * @param anger    anger 0..3 as the outcome labels "0".."3"
 * @param act      the conversational act: "none" for a request, or greeting, thanks, goodbye,
 *                 human, yes, no
 * @param flags    one binary model per risk flag, in the order of {@link RiskFlag#values()}, with
 *                 the outcomes {@link #FLAG_YES} and {@link #FLAG_NO}
 */
public record TriageModels(DoccatModel intent, DoccatModel category, DoccatModel anger, DoccatModel act, List<DoccatModel> flags) {

    /** Directory of the model files within the classpath (and within target/classes). */
    public static final String RESOURCE_DIR = "io/anxin/nlp/models";

    /** The outcome of a flag model when the message carries the flag. */
    public static final String FLAG_YES = "yes";
    /** The outcome of a flag model when it does not. */
    public static final String FLAG_NO = "no";

    private static final List<String> NAMES = names();

    public TriageModels {
        if (flags.size() != RiskFlag.values().length) {
            throw new IllegalArgumentException("one flag model per risk flag, not " + flags.size());
        }
        flags = List.copyOf(flags);
    }

    public static TriageModels fromClasspath() {
        List<DoccatModel> models = NAMES.stream().map(TriageModels::resource).toList();
        return new TriageModels(models.get(0), models.get(1), models.get(2), models.get(3), models.subList(4, models.size()));
    }

    /** The models in the order of their file names: intent, category, anger, act, then the flags. */
    public List<DoccatModel> all() {
        List<DoccatModel> all = new ArrayList<>(List.of(intent, category, anger, act));
        all.addAll(flags);
        return all;
    }

    /** Writes the models under {@code root}/{@link #RESOURCE_DIR}. */
    public void writeTo(Path root) {
        Path dir = root.resolve(RESOURCE_DIR);
        List<DoccatModel> models = all();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < NAMES.size(); i++) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(NAMES.get(i)))) {
                    models.get(i).serialize(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("intent.bin", "category.bin", "anger.bin", "act.bin"));
        Arrays.stream(RiskFlag.values()).map(flag -> "flag-" + flag.label() + ".bin").forEach(names::add);
        return List.copyOf(names);
    }

    private static DoccatModel resource(String name) {
        String path = "/" + RESOURCE_DIR + "/" + name;
        try (InputStream in = Objects.requireNonNull(
                TriageModels.class.getResourceAsStream(path),
                () -> path + " is not on the classpath: the models are trained by 'mvn package' (process-classes)")) {
            return new DoccatModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
