package io.anxin.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.message.Lang;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import io.anxin.nlp.flags.RiskFlagDetector;
import io.anxin.nlp.text.FeatureExtractor;
import io.anxin.nlp.text.TextNormalizer;
import io.anxin.nlp.train.Trainer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpTriagerTest {

    private static List<LabelledMessage> corpus;
    private static OpenNlpTriager loaded;
    private static TriageModels freshModels;
    private static OpenNlpTriager fresh;

    @BeforeAll
    static void load() throws URISyntaxException {
        corpus = Corpus.readDirectory(Path.of(Objects.requireNonNull(OpenNlpTriagerTest.class.getResource("/corpus")).toURI()));
        loaded = OpenNlpTriager.fromClasspath();
        // trained once for the tests that compare the models on disk with freshly trained ones
        freshModels = Trainer.train(corpus);
        fresh = new OpenNlpTriager(freshModels);
    }

    @Test
    void theModelsLoadedFromTheClasspathPredictExactlyWhatFreshlyTrainedModelsDo() {
        for (LabelledMessage message : corpus) {
            assertThat(loaded.triage(message.text())).as(message.id()).isEqualTo(fresh.triage(message.text()));
        }
    }

    @Test
    void theCorpusHoldsAtLeastThreeThousandDistinctMessages() {
        assertThat(corpus.stream().map(LabelledMessage::text).distinct().count()).isGreaterThanOrEqualTo(3000);
    }

    @Test
    void aGreetingIsAGreetingActAndARequestIsNoAct() {
        assertThat(loaded.analyse("您好，在吗").act()).isEqualTo("greeting");
        assertThat(loaded.analyse("我的退款什么时候到账").isAct()).isFalse();
    }

    @Test
    void askingForAHumanIsTheHumanAct() {
        assertThat(loaded.analyse("帮我转人工").act()).isEqualTo("human");
    }

    @Test
    void theFlagModelsLoadedFromTheClasspathGiveExactlyTheProbabilitiesOfFreshlyTrainedOnes() {
        List<DoccatModel> onDisk = TriageModels.fromClasspath().flags();
        for (RiskFlag flag : RiskFlag.values()) {
            DocumentCategorizerME disk = new DocumentCategorizerME(onDisk.get(flag.ordinal()));
            DocumentCategorizerME trained = new DocumentCategorizerME(freshModels.flags().get(flag.ordinal()));
            for (LabelledMessage message : corpus) {
                String[] tokens = FeatureExtractor.features(message.text());
                assertThat(disk.categorize(tokens)).as(flag + " " + message.id()).containsExactly(trained.categorize(tokens));
            }
        }
    }

    @Test
    void aFlagIsRaisedExactlyWhenItsPatternsMatchOrItsModelReachesItsThresholdUnlessThePatternsNamedTheOtherOutlet() {
        List<DocumentCategorizerME> flagModels = TriageModels.fromClasspath().flags().stream().map(DocumentCategorizerME::new).toList();
        int byModelAlone = 0;
        for (LabelledMessage message : corpus) {
            Set<RiskFlag> patterns = RiskFlagDetector.detect(TextNormalizer.normalize(message.text()));
            Set<RiskFlag> expected = EnumSet.noneOf(RiskFlag.class);
            expected.addAll(patterns);
            for (RiskFlag flag : RiskFlag.values()) {
                DocumentCategorizerME model = flagModels.get(flag.ordinal());
                double yes = model.categorize(FeatureExtractor.features(message.text()))[model.getIndex(TriageModels.FLAG_YES)];
                // a media threat the patterns found is not also a lawsuit by the model alone, nor the reverse
                boolean otherOutlet = flag == RiskFlag.MEDIA && patterns.contains(RiskFlag.LAWSUIT)
                        || flag == RiskFlag.LAWSUIT && patterns.contains(RiskFlag.MEDIA);
                if (yes >= Trainer.FLAG_THRESHOLDS.get(flag) && !otherOutlet) {
                    expected.add(flag);
                    byModelAlone += patterns.contains(flag) ? 0 : 1;
                }
            }
            assertThat(loaded.triage(message.text()).flags()).as(message.id()).isEqualTo(expected);
        }
        assertThat(byModelAlone).as("flags the models add to the patterns on the corpus").isPositive();
    }

    @Test
    void theActsLoadedFromTheClasspathAreExactlyThoseOfFreshlyTrainedModels() {
        for (LabelledMessage message : corpus) {
            assertThat(loaded.analyse(message.text())).as(message.id()).isEqualTo(fresh.analyse(message.text()));
        }
    }

    @Test
    void anAngryWithdrawalComplaintIsAnAngryComplaintInSimplifiedChinese() {
        TriageResult result = loaded.triage("你们的APP提现三天了还没到账，太过分了！");

        assertThat(result.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(result.category()).isNotNull();
        assertThat(result.anger()).isGreaterThanOrEqualTo(2);
        assertThat(result.lang()).isEqualTo(Lang.ZH_HANS);
    }

    @Test
    void aTraditionalChineseQuestionIsAnInquiryInTraditionalChinese() {
        TriageResult result = loaded.triage("請問你們週六有營業嗎？想過去辦理開戶");

        assertThat(result.intent()).isEqualTo(Intent.INQUIRY);
        assertThat(result.category()).isNull();
        assertThat(result.lang()).isEqualTo(Lang.ZH_HANT);
    }

    @Test
    void anEnglishSuggestionIsASuggestionInEnglish() {
        TriageResult result = loaded.triage("It would be nice if you could add a feature to schedule transfers in advance");

        assertThat(result.intent()).isEqualTo(Intent.SUGGESTION);
        assertThat(result.lang()).isEqualTo(Lang.EN);
    }

    @Test
    void aThreatToJumpFromTheRoofIsFlaggedAsAnExtremeThreat() {
        assertThat(loaded.triage("我要去你们公司楼顶跳下去").flags()).contains(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void aQuestionAboutTheRegulatorIsAnInquiryWithNoFlag() {
        TriageResult result = loaded.triage("请问你们的监管机构是哪个？");

        assertThat(result.intent()).isEqualTo(Intent.INQUIRY);
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void aFigureOfSpeechIsNoThreat() {
        assertThat(loaded.triage("气死我了，快递又送错了").flags()).doesNotContain(RiskFlag.THREAT_EXTREME);
    }

    @Test
    void confidenceIsTheProbabilityOfTheChosenIntent() {
        TriageResult result = loaded.triage("怎么修改登录密码");

        assertThat(result.confidence()).isBetween(1.0 / 3, 1.0);
    }

    @Test
    void manyThreadsSharingOneTriagerGetTheSameAnswersAsOneThread() throws Exception {
        List<String> texts = corpus.stream().map(LabelledMessage::text).toList();
        List<TriageResult> expected = texts.stream().map(loaded::triage).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<TriageResult>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> texts.stream().map(loaded::triage).toList()));
            }
            for (Future<List<TriageResult>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
