package io.anxin.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public record TriageModels(DoccatModel intent, DoccatModel category, DoccatModel anger, DoccatModel act) {

    /** Directory of the model files within the classpath (and within target/classes). */
    public static final String RESOURCE_DIR = "io/anxin/nlp/models";

    private static final String[] NAMES = {"intent.bin", "category.bin", "anger.bin", "act.bin"};

    public static TriageModels fromClasspath() {
        return new TriageModels(resource(NAMES[0]), resource(NAMES[1]), resource(NAMES[2]), resource(NAMES[3]));
    }

    /** The models in the order of their file names: intent, category, anger, act. */
    public List<DoccatModel> all() {
        return List.of(intent, category, anger, act);
    }

    /** Writes the models under {@code root}/{@link #RESOURCE_DIR}. */
    public void writeTo(Path root) {
        Path dir = root.resolve(RESOURCE_DIR);
        List<DoccatModel> models = all();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < NAMES.length; i++) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(NAMES[i]))) {
                    models.get(i).serialize(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
