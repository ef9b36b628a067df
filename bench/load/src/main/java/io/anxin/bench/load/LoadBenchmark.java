package io.anxin.bench.load;

import io.anxin.bench.load.Customers.Customer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import redis.embedded.RedisServer;

/**
 * Runs Anxin (the built jar, its own JVM) and the limit ({@link LimitServer}, its own JVM), one after the other,
 * each on a fresh redis-server of the binary Anxin embeds with AOF on (appendfsync everysec, as Anxin's default),
 * under the same mix of messages, and prints their figures side by side. See docs/benchmarks.md.
 */
public final class LoadBenchmark {

    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\":\"([^\"]+)\"");

    private final Map<String, String> options;
    private final List<String> report = new ArrayList<>();
    private final Path work;

    private LoadBenchmark(Map<String, String> options) throws IOException {
        this.options = options;
        this.work = Files.createTempDirectory("anxin-load-");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("jar", "config/target/anxin.jar"); // the Anxin jar to run
        options.put("duration", "60"); // seconds of each measured phase
        // seconds of warm-up before them: on 2 cores the JIT still takes 40 % of Anxin's CPU after 90 s, 1 % after 150 s
        options.put("warmup", "150");
        options.put("concurrency", "32"); // customers writing at once in the closed loop
        options.put("rate", "1000"); // messages per second offered in the open loop (0: none)
        options.put("customers", "20000"); // customers at most (conversations)
        options.put("widget-share", "0.3"); // share of customers on the widget socket
        options.put("new-share", "0.25"); // share of messages from a new customer (while fewer than customers)
        options.put("memory-conversations", "2000"); // new conversations measured for Redis memory
        options.put("heap-every", "30"); // seconds between heap samples in the closed loop (0: none)
        options.put("limit", "true"); // also run the limit (true/false)
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length || !options.containsKey(args[i].substring(2))) {
                System.err.println("usage: LoadBenchmark [--" + String.join(" N] [--", options.keySet()) + " N]; defaults " + options);
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        new LoadBenchmark(options).run();
    }

    private int integer(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        say("# Load benchmark " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + loadAverage() + " at the start; options " + options);
        say("");
        say(Latencies.header());
        List<String> memory = new ArrayList<>();
        List<String> heap = new ArrayList<>();
        try (Redis redis = Redis.start(work.resolve("anxin-redis")); MailSink mail = new MailSink()) {
            int port = freePort();
            Process anxin = startAnxin(port, redis.url(), mail.port());
            Runtime.getRuntime().addShutdownHook(new Thread(anxin::destroyForcibly));
            try {
                awaitHealthy(port, "/actuator/health", anxin);
                phases("Anxin", port, true, anxin, anxin, heap, redis);
                heap.add("Anxin: " + mail.accepted() + " e-mails to departments delivered to the benchmark's mail sink");
                memory.addAll(memoryPerConversation(port, redis));
                // said at once as well, in case the limit's run fails
                System.out.println();
                memory.forEach(System.out::println);
                heap.forEach(System.out::println);
                System.out.println();
            } finally {
                stop(anxin);
            }
        }
        if (Boolean.parseBoolean(options.get("limit"))) {
            try (Redis redis = Redis.start(work.resolve("limit-redis"))) {
                int port = freePort();
                Process limit = startLimit(port, redis.url());
                Runtime.getRuntime().addShutdownHook(new Thread(limit::destroyForcibly));
                try {
                    awaitHealthy(port, "/health", limit);
                    phases("limit", port, false, null, limit, new ArrayList<>(), redis);
                } finally {
                    stop(limit);
                }
            }
        }
        say("");
        memory.forEach(this::say);
        say("");
        heap.forEach(this::say);
        say("");
        say("load average at the end: " + loadAverage());
        Path out = Path.of("bench", "load", "target", "results-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        System.out.println("\nwritten to " + out);
    }

    /** Warm-up, then as many messages as the server answers (closed loop), then a fixed rate (open loop). */
    /** @param process the server whose heap is sampled, if any; {@code server} the one whose CPU time is read */
    private void phases(String name, int port, boolean widget, Process process, Process server, List<String> heap,
            Redis redis) {
        Channels channels = new Channels(port, widget, integer("concurrency"));
        Customers customers = new Customers(name.toLowerCase() + "-" + Long.toHexString(System.nanoTime()),
                integer("customers"), Double.parseDouble(options.get("widget-share")),
                Double.parseDouble(options.get("new-share")));
        try {
            closedLoop(channels, customers, integer("warmup"), new Latencies(), new Latencies(), null, 0);
            sampleHeap(name + " after warm-up", process, heap);
            Latencies api = new Latencies();
            Latencies socket = new Latencies();
            long commandsBefore = commandsProcessed(redis.sync());
            Duration cpuBefore = cpu(server);
            double redisCpuBefore = redisCpuSeconds(redis.sync());
            double seconds = closedLoop(channels, customers, integer("duration"), api, socket, process, integer("heap-every") > 0 ? integer("heap-every") : 0, heap, name);
            long commands = commandsProcessed(redis.sync()) - commandsBefore;
            long answered = Math.max(1, api.count() + socket.count());
            heap.add(name + ": " + commands / answered
                    + " Redis commands per answered message in the closed loop (INFO stats total_commands_processed, the commands run inside scripts included)");
            // CPU time per message hardly depends on what else the machine runs: the figure to compare two builds by.
            double serverMs = cpu(server).minus(cpuBefore).toNanos() / 1e6 / answered;
            double redisMs = (redisCpuSeconds(redis.sync()) - redisCpuBefore) * 1000 / answered;
            heap.add(String.format(Locale.ROOT, "%s: %.3f ms of the server's CPU and %.3f ms of Redis's CPU per answered"
                    + " message in the closed loop (the JVM's total CPU time; INFO cpu)", name, serverMs, redisMs));
            if (process == null) {
                say("");
                say(heap.get(heap.size() - 2));
                say(heap.get(heap.size() - 1));
            }
            say(api.summary(name + ", " + integer("concurrency") + " customers at once: API", seconds));
            if (widget) {
                say(socket.summary(name + ", " + integer("concurrency") + " customers at once: widget socket", seconds));
            }
            if (integer("rate") > 0) {
                Latencies rateApi = new Latencies();
                Latencies rateSocket = new Latencies();
                double rateSeconds = openLoop(channels, customers, integer("rate"), integer("duration"), rateApi, rateSocket);
                say(rateApi.summary(name + ", offered " + integer("rate") + "/s: API", rateSeconds));
                if (widget) {
                    say(rateSocket.summary(name + ", offered " + integer("rate") + "/s: widget socket", rateSeconds));
                }
            }
            sampleHeap(name + " at the end (" + customers.created() + " customers so far)", process, heap);
        } finally {
            channels.close();
        }
    }

    private static Duration cpu(Process process) {
        return process == null ? Duration.ZERO : process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static double redisCpuSeconds(RedisCommands<String, String> sync) {
        String info = sync.info("cpu");
        double total = 0;
        for (String field : List.of("used_cpu_sys", "used_cpu_user")) {
            Matcher m = Pattern.compile(field + ":([0-9.]+)").matcher(info);
            if (m.find()) {
                total += Double.parseDouble(m.group(1));
            }
        }
        return total;
    }

    private double closedLoop(Channels channels, Customers customers, int seconds, Latencies api, Latencies socket,
            Process process, int heapEvery) {
        return closedLoop(channels, customers, seconds, api, socket, process, heapEvery, null, "");
    }

    /** {@code concurrency} customers write at once, each its next message as soon as the last is answered. */
    private double closedLoop(Channels channels, Customers customers, int seconds, Latencies api, Latencies socket,
            Process process, int heapEvery, List<String> heap, String name) {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        var sampler = heap != null && process != null && heapEvery > 0
                ? Flux.interval(Duration.ofSeconds(heapEvery), Schedulers.boundedElastic())
                        .subscribe(tick -> sampleHeap(name + " after " + (tick + 1) * heapEvery + " s of load ("
                                + customers.created() + " customers so far)", process, heap))
                : null;
        Flux.range(0, integer("concurrency"))
                .flatMap(worker -> Mono.defer(() -> one(channels, customers, api, socket, System.nanoTime()))
                        .repeat(() -> System.nanoTime() < end), integer("concurrency"))
                .blockLast();
        if (sampler != null) {
            sampler.dispose();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Messages at a fixed rate whatever the answers' speed, each timed from when it was due, so that a stalled server
     * shows in the figures instead of slowing the senders down (no coordinated omission). Sending stops after
     * {@code seconds}; what is not answered 10 s later is counted as failed ("unanswered").
     */
    private double openLoop(Channels channels, Customers customers, int rate, int seconds, Latencies api, Latencies socket) {
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        Flux.interval(Duration.ofMillis(1))
                // A tick the pipeline cannot take now (every customer busy, so taking one waits) is dropped, not an
                // error: the next tick sends everything due since, timed from when it was due.
                .onBackpressureDrop()
                .takeWhile(tick -> System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds))
                .concatMapIterable(tick -> {
                    long due = (System.nanoTime() - start) / interval;
                    List<Long> ticks = new ArrayList<>();
                    for (long i = sent[0]; i < Math.min(due, total); i++) {
                        ticks.add(start + i * interval);
                    }
                    sent[0] = Math.max(sent[0], Math.min(due, total));
                    return ticks;
                })
                .flatMap(dueAt -> one(channels, customers, api, socket, dueAt).doFinally(signal -> {
                    if (signal == reactor.core.publisher.SignalType.CANCEL) {
                        api.failed("unanswered 10 s after the end");
                    }
                }), 100_000)
                .take(Duration.ofSeconds(seconds + 10))
                .blockLast();
        sent[0] = 0;
        return (System.nanoTime() - start) / 1e9;
    }

    private final long[] sent = new long[1];

    private Mono<Void> one(Channels channels, Customers customers, Latencies api, Latencies socket, long dueAt) {
        Customer customer = customers.take();
        String[] message = customer.next();
        Latencies into = customer.widget ? socket : api;
        return channels.send(customer, message[0], message[1])
                .doOnNext(outcome -> {
                    if (outcome.equals("ok")) {
                        into.ok(System.nanoTime() - dueAt);
                    } else {
                        into.failed(outcome);
                    }
                    customers.giveBack(customer);
                })
                .then();
    }

    /**
     * Redis memory per idle conversation: new customers each send one greeting (no ticket), and the growth of
     * used_memory is divided by their number; MEMORY USAGE of each of their keys says where it goes.
     */
    private List<String> memoryPerConversation(int port, Redis redis) throws Exception {
        int n = integer("memory-conversations");
        RedisCommands<String, String> sync = redis.sync();
        long before = usedMemory(sync);
        HttpClient http = HttpClient.newHttpClient();
        List<String> conversations = new ArrayList<>();
        String prefix = "mem-" + Long.toHexString(System.nanoTime());
        Flux.range(0, n).flatMap(i -> Mono.fromFuture(() -> http.sendAsync(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":\"" + prefix + i + "\",\"messageId\":\"m1\",\"text\":\"你好\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString())), 16)
                .doOnNext(response -> {
                    Matcher m = CONVERSATION.matcher(response.body());
                    if (m.find()) {
                        synchronized (conversations) {
                            conversations.add(m.group(1));
                        }
                    }
                })
                .blockLast();
        long after = usedMemory(sync);
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (int i = 0; i < conversations.size(); i++) {
            String tag = "anxin:{" + conversations.get(i) + "}";
            add(byKind, "conversation hash", sync.memoryUsage(tag + ":conversation"));
            add(byKind, "transcript stream (2 lines)", sync.memoryUsage(tag + ":transcript"));
            add(byKind, "inbound record of the message (kept for retries)", sync.memoryUsage(tag + ":inbound:api:m1"));
            add(byKind, "customer → conversation key", sync.memoryUsage("anxin:customer:api:" + sha256(prefix + i)));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Redis memory per idle conversation (" + conversations.size() + " new conversations of one greeting "
                + "and its answer): used_memory grew by " + (after - before) + " bytes, "
                + (after - before) / Math.max(1, conversations.size()) + " bytes per conversation.");
        lines.add("");
        lines.add("| key (MEMORY USAGE, mean) | bytes |\n|---|---|");
        byKind.forEach((kind, sum) -> lines.add("| " + kind + " | " + sum[0] / Math.max(1, sum[1]) + " |"));
        return lines;
    }

    private static void add(Map<String, long[]> byKind, String kind, Long bytes) {
        if (bytes != null) {
            long[] sum = byKind.computeIfAbsent(kind, k -> new long[2]);
            sum[0] += bytes;
            sum[1]++;
        }
    }

    private static long commandsProcessed(RedisCommands<String, String> sync) {
        Matcher m = Pattern.compile("total_commands_processed:(\\d+)").matcher(sync.info("stats"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long usedMemory(RedisCommands<String, String> sync) {
        Matcher m = Pattern.compile("used_memory:(\\d+)").matcher(sync.info("memory"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The heap in use after a full collection (jcmd GC.run, then GC.heap_info), which is what must stay flat. */
    private void sampleHeap(String when, Process process, List<String> heap) {
        if (process == null) {
            return;
        }
        try {
            String pid = Long.toString(process.pid());
            exec("jcmd", pid, "GC.run");
            String info = exec("jcmd", pid, "GC.heap_info");
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            if (m.find()) {
                heap.add("heap of Anxin, " + when + ": " + Long.parseLong(m.group(2)) / 1024 + " MB used after a full GC (of "
                        + Long.parseLong(m.group(1)) / 1024 + " MB committed)");
            }
        } catch (Exception e) {
            heap.add("heap of Anxin, " + when + ": not measured (" + e.getMessage() + ")");
        }
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private Process startAnxin(int port, String redisUrl, int mailPort) throws IOException {
        Path jar = Path.of(options.get("jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -q -pl config -am package -DskipTests");
        }
        return new ProcessBuilder(java(), "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
                "--anxin.redis.url=" + redisUrl,
                // the benchmark's customers all come from 127.0.0.1 and write as fast as they are answered
                "--anxin.rate-limit.per-customer.requests=0", "--anxin.rate-limit.per-address.requests=0",
                "--anxin.outbox.poll-every=1s",
                // the departments' e-mail is delivered, as in a deployment, not failed and retried
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailPort)
                .redirectErrorStream(true).redirectOutput(work.resolve("anxin.log").toFile()).start();
    }

    private Process startLimit(int port, String redisUrl) throws IOException {
        String classpath = Path.of(LoadBenchmark.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        return new ProcessBuilder(java(), "-Xmx512m", "-cp", classpath, LimitServer.class.getName(), Integer.toString(port), redisUrl)
                .redirectErrorStream(true).redirectOutput(work.resolve("limit.log").toFile()).start();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void awaitHealthy(int port, String path, Process process) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server on port " + port + " did not start within 180 s");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void say(String line) {
        System.out.println(line);
        report.add(line);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    /** A redis-server of the binary Anxin embeds, with AOF on, in a fresh directory. */
    private static final class Redis implements AutoCloseable {
        private final RedisServer server;
        private final int port;
        private final RedisClient client;
        private final RedisCommands<String, String> sync;

        private Redis(RedisServer server, int port) {
            this.server = server;
            this.port = port;
            this.client = RedisClient.create(url(port));
            this.sync = client.connect().sync();
        }

        static Redis start(Path dir) throws IOException {
            Files.createDirectories(dir);
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("dir " + dir.toAbsolutePath())
                    .setting("appendonly yes")
                    .setting("appendfilename anxin.aof")
                    .setting("appendfsync everysec")
                    .setting("save \"\"")
                    .setting("daemonize no")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            return new Redis(server, port);
        }

        private static String url(int port) {
            return "redis://127.0.0.1:" + port;
        }

        String url() {
            return url(port);
        }

        RedisCommands<String, String> sync() {
            return sync;
        }

        @Override
        public void close() throws IOException {
            client.shutdown();
            server.stop();
        }
    }
}
