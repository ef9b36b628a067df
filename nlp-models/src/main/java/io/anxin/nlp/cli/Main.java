package io.anxin.nlp.cli;

import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.anxin.nlp.OpenNlpTriager;
import io.anxin.nlp.corpus.Corpus;
import io.anxin.nlp.corpus.LabelledMessage;
import io.anxin.nlp.eval.Evaluate;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code java -jar anxin-nlp.jar eval FILE.jsonl [--errors]} prints the figures of the triager on a
 * labelled file; {@code java -jar anxin-nlp.jar classify [FILE]} reads JSONL {@code {"id","text"}}
 * or plain lines (from standard input without FILE or with "-") and writes one JSONL prediction per
 * line: {@code {"id","intent","confidence","category","flags","anger"}}. A plain line's id is its
 * line number. {@code eval} ends with the triage calls per second on one thread over the file.
 */
public final class Main {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String USAGE = """
            usage: java -jar anxin-nlp.jar eval FILE.jsonl [--errors]
                   java -jar anxin-nlp.jar classify [FILE|-]   (JSONL {"id","text"} or plain lines)""";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 2 && args[0].equals("eval")) {
            OpenNlpTriager triager = OpenNlpTriager.fromClasspath();
            List<LabelledMessage> gold = Corpus.readFile(Path.of(args[1]));
            Evaluate.Report report = Evaluate.evaluate(triager, gold);
            report.print(out, args.length > 2 && args[2].equals("--errors"));
            double[] rate = throughput(triager, gold.stream().map(LabelledMessage::text).toList());
            out.printf(Locale.ROOT, "classifications per second (one thread): %.0f per second of CPU time of the process, %.0f per second of wall-clock time%n",
                    rate[0], rate[1]);
            return 0;
        }
        if (args.length >= 1 && args.length <= 2 && args[0].equals("classify")) {
            boolean stdin = args.length == 1 || args[1].equals("-");
            try (Reader in = stdin
                            ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                            : Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
                    Writer sink = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                classify(OpenNlpTriager.fromClasspath(), new BufferedReader(in), sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }
        err.println(USAGE);
        return 2;
    }

    /**
     * Triage calls on this thread per second of CPU time of the whole process (JIT compiler and
     * garbage collector included) and per second of wall-clock time: first ten CPU seconds of
     * warm-up, then at least five CPU seconds measured. The CPU time is what to compare on a
     * machine shared with other work, where the wall-clock rate says as much about the other work;
     * the long warm-up because on one core the JIT compiler shares the core with the calls, and
     * took five to six seconds there to bring them to their steady speed.
     * {@code bench/nlpjs/evaluate.js} measures NLP.js the same way.
     */
    static double[] throughput(OpenNlpTriager triager, List<String> texts) {
        if (texts.isEmpty()) {
            return new double[] {0, 0};
        }
        long sink = 0;
        long warmUpEnd = processCpuNanos() + 10_000_000_000L;
        while (processCpuNanos() < warmUpEnd) {
            for (String text : texts) {
                sink += triager.triage(text).anger();
            }
        }
        long calls = 0;
        long cpuStart = processCpuNanos();
        long wallStart = System.nanoTime();
        long cpu;
        do {
            for (String text : texts) {
                sink += triager.triage(text).anger();
            }
            calls += texts.size();
            cpu = processCpuNanos() - cpuStart;
        } while (cpu < 5_000_000_000L);
        long wall = System.nanoTime() - wallStart;
        if (sink == Long.MIN_VALUE) {
            System.err.print("");
        }
        return new double[] {calls / (cpu / 1e9), calls / (wall / 1e9)};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Writes one prediction line per non-blank input line. */
    public static void classify(OpenNlpTriager triager, BufferedReader in, Writer out) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String id = Integer.toString(number);
            String text = line;
            if (line.stripLeading().startsWith("{")) {
                JsonNode node = JSON.readTree(line);
                JsonNode textNode = node.get("text");
                if (textNode == null || !textNode.isString()) {
                    throw new IllegalArgumentException("line " + number + ": a JSON line needs a \"text\" string");
                }
                text = textNode.asString();
                JsonNode idNode = node.get("id");
                id = idNode == null || idNode.isNull() ? id : idNode.asString();
            }
            out.write(JSON.writeValueAsString(prediction(id, triager.triage(text))));
            out.write('\n');
        }
        out.flush();
    }

    static ObjectNode prediction(String id, TriageResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("intent", result.intent().label());
        node.put("confidence", Math.round(result.confidence() * 10_000) / 10_000.0);
        if (result.category() == null) {
            node.putNull("category");
        } else {
            node.put("category", result.category().label());
        }
        ArrayNode flags = node.putArray("flags");
        for (RiskFlag flag : RiskFlag.values()) {
            if (result.flagged(flag)) {
                flags.add(flag.label());
            }
        }
        node.put("anger", result.anger());
        return node;
    }
}
