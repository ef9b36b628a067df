package io.anxin.core.knowledge;

import io.anxin.core.message.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The knowledge base held in an in-memory Lucene index, searched with BM25.
 *
 * <p>Chinese is analysed twice: into words by {@link SmartChineseAnalyzer}, and into characters and
 * character pairs, so a paraphrase that the word segmenter splits differently still meets the entry's
 * words. English is analysed (stemmed) by {@link EnglishAnalyzer}. A question containing Chinese
 * characters is searched in the Chinese fields, any other in the English ones; the answer is given in
 * the language asked for.
 *
 * <p>Both Chinese scripts match: the simplified and the traditional variants are both indexed, and
 * all Chinese text, indexed or asked, first passes through a folding function (for example
 * traditional to simplified characters) given by the caller.
 *
 * <p>BM25 over the question variants (and, weighted down, the answers) picks the entry. Its confidence
 * says how well entry and question account for each other: how much of the question's words, weighted
 * by how rare they are in the knowledge base, the entry's questions contain, and how much of its closest
 * question variant the question contains (for Chinese, the mean over words and characters). A word the
 * knowledge base has never seen weighs most, so a question about something else (the weather, an angry
 * complaint) has a low confidence and gets no answer. Below the threshold there is no answer; 0.4
 * suits the shipped knowledge base (about nine in ten paraphrased questions answered, none of a set of
 * unrelated messages).
 *
 * <p>Thread-safe: searches run concurrently on an immutable snapshot of the index; {@link #rebuild}
 * builds a new index beside it and swaps it in at once, so a search sees either the old entries or the
 * new ones, never a mixture.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase, AutoCloseable {

    private static final String ID = "id";
    private static final String ZH_WORDS = "zh.words";
    private static final String ZH_GRAMS = "zh.grams";
    private static final String ZH_ANSWER = "zh.answer";
    private static final String EN_WORDS = "en.words";
    private static final String EN_ANSWER = "en.answer";

    /** Longest question searched; the rest of a long message adds noise, not meaning. */
    private static final int MAX_QUESTION_CHARS = 300;
    private static final float GRAMS_BOOST = 0.5f;
    private static final float ANSWER_BOOST = 0.3f;
    private static final double ANSWER_ONLY_CREDIT = 0.5;

    /** Words that say how a question is asked, not what it is about, in both scripts. */
    private static final List<String> CHINESE_STOP_WORDS = List.of(
            "的", "了", "吗", "嗎", "呢", "吧", "啊", "呀", "哦", "嘛", "啦", "么", "麼", "着", "著", "过", "過", "得", "地",
            "我", "你", "您", "他", "她", "它", "们", "們", "我们", "我們", "你们", "你們", "他们", "他們", "咱们", "自己",
            "是", "在", "和", "与", "與", "或", "或者", "就", "都", "也", "还", "還", "又", "把", "被", "给", "給", "让", "讓", "对", "對",
            "这", "這", "那", "这个", "這個", "那个", "那個", "这样", "這樣", "这种", "這種", "个", "個", "一个", "一個", "一下",
            "里", "裡", "裏", "怎", "怎么", "怎麼", "怎么办", "怎麼辦", "怎样", "怎樣", "怎么样", "怎麼樣", "如何",
            "什么", "什麼", "为什么", "為什麼", "爲什麼", "为何", "為何", "哪", "哪里", "哪裡", "哪裏", "哪儿", "哪兒", "哪些",
            "哪个", "哪個", "多少", "能", "能不能", "可以", "可不可以", "会", "會", "要", "想", "请问", "請問", "请", "請",
            "是不是", "有没有", "有沒有", "有", "现在", "現在", "好", "你好", "您好", "谢谢", "謝謝", "再见", "再見", "嗯", "喂");

    /** Characters that carry no topic, dropped before characters are paired. */
    private static final List<String> CHINESE_STOP_CHARS = List.of(
            "的", "了", "吗", "嗎", "呢", "吧", "啊", "呀", "哦", "嘛", "啦", "么", "麼", "我", "你", "您", "他", "她", "它",
            "们", "們", "是", "在", "这", "這", "那", "个", "個", "请", "請", "怎", "里", "裡", "裏", "还", "還", "也", "都",
            "就", "把", "被", "给", "給", "让", "讓");

    private static final List<String> ENGLISH_EXTRA_STOP_WORDS = List.of(
            "i", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "how", "what", "why", "when", "where",
            "which", "who", "can", "could", "do", "does", "did", "am", "have", "has", "had", "would", "should", "want",
            "please", "hi", "hello", "there", "here", "just", "so", "any", "some", "i'm", "i've", "can't", "don't",
            "doesn't", "didn't", "isn't", "won't", "haven't", "it's", "get", "got", "need", "tell", "know", "i'd", "like",
            "wanna", "let", "thank", "thanks", "ok", "okay", "yes", "still", "now", "anyone", "someone",
            "somebody", "anybody", "something");

    private final double threshold;
    private final UnaryOperator<String> fold;
    private final Analyzer chineseWords;
    private final Analyzer chineseGrams;
    private final Analyzer english;
    private final Analyzer perField;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    /**
     * A knowledge base that indexes both Chinese scripts' variants as written.
     *
     * @param threshold the confidence (0..1) from which a question is answered
     */
    public LuceneKnowledgeBase(Collection<KnowledgeEntry> entries, double threshold) {
        this(entries, threshold, UnaryOperator.identity());
    }

    /**
     * @param threshold the confidence (0..1) from which a question is answered
     * @param fold      applied to all Chinese text before analysis, e.g. traditional to simplified
     *                  characters; must be thread-safe
     */
    public LuceneKnowledgeBase(Collection<KnowledgeEntry> entries, double threshold, UnaryOperator<String> fold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("the confidence threshold must be within 0..1, was " + threshold);
        }
        this.threshold = threshold;
        this.fold = fold;
        CharArraySet wordStops = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        wordStops.addAll(CHINESE_STOP_WORDS);
        this.chineseWords = new SmartChineseAnalyzer(wordStops);
        this.chineseGrams = new CharacterGramAnalyzer(new CharArraySet(CHINESE_STOP_CHARS, false));
        CharArraySet englishStops = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        englishStops.addAll(ENGLISH_EXTRA_STOP_WORDS);
        this.english = new EnglishAnalyzer(englishStops);
        this.perField = new PerFieldAnalyzerWrapper(chineseWords, Map.of(
                ZH_GRAMS, chineseGrams, EN_WORDS, english, EN_ANSWER, english));
        current.set(build(entries));
    }

    /**
     * Replaces every entry: the new index is built first and swapped in at once, so searches under
     * way finish on the old entries and later ones see only the new.
     *
     * @throws IllegalArgumentException if two entries share an id; the old entries stay in place
     */
    public void rebuild(Collection<KnowledgeEntry> entries) {
        Snapshot fresh = build(entries);
        while (true) {
            Snapshot old = current.get();
            if (old == null) {
                fresh.release();
                throw new IllegalStateException("the knowledge base is closed");
            }
            if (current.compareAndSet(old, fresh)) {
                old.release();
                return;
            }
        }
    }

    /** The entries now searched, in the order they were given. */
    public List<KnowledgeEntry> entries() {
        Snapshot snapshot = acquire();
        try {
            return snapshot.entries;
        } finally {
            snapshot.release();
        }
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public Optional<KnowledgeMatch> answer(String question, Lang lang) {
        return closest(question, lang).filter(match -> match.confidence() >= threshold);
    }

    /**
     * The best entry for {@code question} whatever its confidence, or empty if no entry shares a word
     * with it; for measuring and tuning the threshold.
     */
    public Optional<KnowledgeMatch> closest(String question, Lang lang) {
        String text = question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
        Snapshot snapshot = acquire();
        try {
            return snapshot.search(text, lang);
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the knowledge base", e);
        } finally {
            snapshot.release();
        }
    }

    @Override
    public void close() {
        Snapshot last = current.getAndSet(null);
        if (last != null) {
            last.release();
        }
        perField.close();
        chineseWords.close();
        chineseGrams.close();
        english.close();
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot snapshot = current.get();
            if (snapshot == null) {
                throw new IllegalStateException("the knowledge base is closed");
            }
            if (snapshot.reader.tryIncRef()) {
                return snapshot;
            }
        }
    }

    private Snapshot build(Collection<KnowledgeEntry> entries) {
        Map<String, Indexed> byId = new HashMap<>();
        List<KnowledgeEntry> ordered = new ArrayList<>();
        Map<String, Map<String, Integer>> docFreq = new HashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(perField).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (KnowledgeEntry entry : entries) {
                if (byId.containsKey(entry.id())) {
                    throw new IllegalArgumentException("two knowledge entries have the id '" + entry.id() + "'");
                }
                List<String> chineseQuestions = new ArrayList<>();
                entry.questions(Lang.ZH_HANS).forEach(q -> chineseQuestions.add(fold.apply(q)));
                entry.questions(Lang.ZH_HANT).forEach(q -> chineseQuestions.add(fold.apply(q)));
                List<String> chineseAnswers = List.of(
                        fold.apply(entry.answer(Lang.ZH_HANS)), fold.apply(entry.answer(Lang.ZH_HANT)));
                List<String> englishQuestions = entry.questions(Lang.EN);
                List<String> englishAnswers = List.of(entry.answer(Lang.EN));

                Document doc = new Document();
                doc.add(new StringField(ID, entry.id(), Field.Store.YES));
                chineseQuestions.forEach(q -> {
                    doc.add(new TextField(ZH_WORDS, q, Field.Store.NO));
                    doc.add(new TextField(ZH_GRAMS, q, Field.Store.NO));
                });
                chineseAnswers.forEach(a -> doc.add(new TextField(ZH_ANSWER, a, Field.Store.NO)));
                englishQuestions.forEach(q -> doc.add(new TextField(EN_WORDS, q, Field.Store.NO)));
                englishAnswers.forEach(a -> doc.add(new TextField(EN_ANSWER, a, Field.Store.NO)));
                writer.addDocument(doc);

                Map<String, Terms> views = new HashMap<>();
                views.put(ZH_WORDS, Terms.of(chineseWords, chineseQuestions, chineseAnswers));
                views.put(ZH_GRAMS, Terms.of(chineseGrams, chineseQuestions, chineseAnswers));
                views.put(EN_WORDS, Terms.of(english, englishQuestions, englishAnswers));
                views.forEach((view, terms) -> {
                    Set<String> seen = new HashSet<>(terms.questions());
                    seen.addAll(terms.answer());
                    Map<String, Integer> freq = docFreq.computeIfAbsent(view, v -> new HashMap<>());
                    seen.forEach(term -> freq.merge(term, 1, Integer::sum));
                });
                byId.put(entry.id(), new Indexed(entry, Map.copyOf(views)));
                ordered.add(entry);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("could not index the knowledge base", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            return new Snapshot(reader, searcher, Map.copyOf(byId), List.copyOf(ordered), docFreq);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the knowledge base index", e);
        }
    }

    private static List<String> analyze(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("could not analyse '" + text + "'", e);
        }
        return List.copyOf(out);
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * An entry's text as one analyser sees it: the terms of all its questions, of each question
     * variant, and of its answer.
     */
    private record Terms(Set<String> questions, List<Set<String>> variants, Set<String> answer) {

        static Terms of(Analyzer analyzer, List<String> questions, List<String> answers) {
            List<Set<String>> variants = questions.stream().map(q -> Set.copyOf(analyze(analyzer, q))).toList();
            Set<String> all = new HashSet<>();
            variants.forEach(all::addAll);
            Set<String> answer = new HashSet<>();
            answers.forEach(a -> answer.addAll(analyze(analyzer, a)));
            return new Terms(Set.copyOf(all), variants, Set.copyOf(answer));
        }
    }

    /** An entry with its terms per view (Chinese words, Chinese characters and pairs, English words). */
    private record Indexed(KnowledgeEntry entry, Map<String, Terms> views) {}

    /** One immutable index with its entries; reference-counted so a swap never closes it under a search. */
    private final class Snapshot {

        final DirectoryReader reader;
        final IndexSearcher searcher;
        final Map<String, Indexed> byId;
        final List<KnowledgeEntry> entries;
        final Map<String, Map<String, Integer>> docFreq;

        Snapshot(DirectoryReader reader, IndexSearcher searcher, Map<String, Indexed> byId, List<KnowledgeEntry> entries,
                Map<String, Map<String, Integer>> docFreq) {
            this.reader = reader;
            this.searcher = searcher;
            this.byId = byId;
            this.entries = entries;
            this.docFreq = docFreq;
        }

        void release() {
            try {
                reader.decRef();
            } catch (IOException e) {
                throw new UncheckedIOException("could not release the knowledge base index", e);
            }
        }

        Optional<KnowledgeMatch> search(String question, Lang lang) throws IOException {
            boolean chinese = hasChinese(question);
            String text = chinese ? fold.apply(question) : question;
            List<String> words = analyze(chinese ? chineseWords : english, text);
            List<String> grams = chinese ? analyze(chineseGrams, text) : List.of();
            if (words.isEmpty() || entries.isEmpty()) {
                return Optional.empty();
            }
            String wordField = chinese ? ZH_WORDS : EN_WORDS;
            String answerField = chinese ? ZH_ANSWER : EN_ANSWER;
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String word : words) {
                query.add(new TermQuery(new Term(wordField, word)), BooleanClause.Occur.SHOULD);
                query.add(boost(new TermQuery(new Term(answerField, word)), ANSWER_BOOST), BooleanClause.Occur.SHOULD);
            }
            for (String gram : grams) {
                query.add(boost(new TermQuery(new Term(ZH_GRAMS, gram)), GRAMS_BOOST), BooleanClause.Occur.SHOULD);
            }
            ScoreDoc[] hits = searcher.search(query.build(), 1).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            Indexed best = byId.get(searcher.storedFields().document(hits[0].doc).get(ID));
            double confidence = chinese
                    ? (confidence(best, ZH_WORDS, words) + confidence(best, ZH_GRAMS, grams)) / 2
                    : confidence(best, EN_WORDS, words);
            return Optional.of(new KnowledgeMatch(best.entry(), best.entry().answer(lang), Math.min(1, confidence)));
        }

        /**
         * How well the entry and the question account for each other in one view: the geometric mean
         * of the rarity-weighted share of the question's terms found in the entry's questions (terms
         * only its answer has count half) and the share of the closest question variant's terms found
         * in the question. Both must be high: a question with much the entry does not cover, or one
         * that meets only a small part of every variant, is not confidently answered.
         */
        private double confidence(Indexed candidate, String view, List<String> asked) {
            Terms terms = candidate.views().get(view);
            double total = 0;
            double covered = 0;
            for (String term : asked) {
                double weight = idf(view, term);
                total += weight;
                if (terms.questions().contains(term)) {
                    covered += weight;
                } else if (terms.answer().contains(term)) {
                    covered += ANSWER_ONLY_CREDIT * weight;
                }
            }
            double question = total == 0 ? 0 : covered / total;
            Set<String> askedSet = Set.copyOf(asked);
            double variant = 0;
            for (Set<String> variantTerms : terms.variants()) {
                double all = 0;
                double met = 0;
                for (String term : variantTerms) {
                    double weight = idf(view, term);
                    all += weight;
                    if (askedSet.contains(term)) {
                        met += weight;
                    }
                }
                variant = Math.max(variant, all == 0 ? 0 : met / all);
            }
            return Math.sqrt(question * variant);
        }

        /** BM25's inverse document frequency of a term among the entries (questions or answer). */
        private double idf(String view, String term) {
            int docs = entries.size();
            int freq = docFreq.getOrDefault(view, Map.of()).getOrDefault(term, 0);
            return Math.log(1 + (docs - freq + 0.5) / (freq + 0.5));
        }
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    /** Chinese as characters and character pairs (other text as words), lower-cased and width-folded. */
    private static final class CharacterGramAnalyzer extends Analyzer {

        private final CharArraySet stopChars;

        CharacterGramAnalyzer(CharArraySet stopChars) {
            this.stopChars = stopChars;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, stopChars);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, true);
            return new TokenStreamComponents(source, stream);
        }
    }
}
