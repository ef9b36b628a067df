package io.anxin.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import io.anxin.nlp.text.FeatureExtractor;
import io.anxin.nlp.text.TextNormalizer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;

class CompiledModelsTest {

    @Test
    void theMergedWeightTableGivesExactlyTheProbabilitiesOfOpenNlpsOwnCategorizerForEveryModelIncludingTheFlagModelsAndEveryMessage()
            throws URISyntaxException {
        List<LabelledMessage> corpus = Corpus.readDirectory(
                Path.of(Objects.requireNonNull(CompiledModelsTest.class.getResource("/corpus")).toURI()));
        List<DoccatModel> models = TriageModels.fromClasspath().all();
        CompiledModels compiled = new CompiledModels(models);
        List<DocumentCategorizerME> reference = models.stream().map(DocumentCategorizerME::new).toList();

        for (LabelledMessage message : corpus) {
            String[] tokens = FeatureExtractor.features(message.text());
            double[][] fast = compiled.probabilities(TextNormalizer.normalize(message.text()));
            for (int m = 0; m < models.size(); m++) {
                DocumentCategorizerME categorizer = reference.get(m);
                double[] expected = categorizer.categorize(tokens);
                assertThat(fast[m]).as(message.id() + " model " + m).containsExactly(expected);
                for (int o = 0; o < expected.length; o++) {
                    assertThat(compiled.outcome(m, o)).isEqualTo(categorizer.getCategory(o));
                }
            }
        }
    }
}
