package io.anxin.bench.load;

import io.anxin.bench.load.Customers.Customer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient.ResponseReceiver;
import reactor.netty.resources.ConnectionProvider;

/**
 * How a message reaches the server: {@code POST /api/v1/messages} over pooled keep-alive connections, or, for
 * widget customers when the server has the widget, a frame on the customer's own socket (opened with a hello at
 * the start of each round of the customer's conversation and closed at its end, as a visitor leaves the page).
 * At most {@link #OPEN_AT_MOST} sockets are open at once; beyond, the one idle longest is closed: in a run of new
 * customers most never write again, and their sockets left open filled the benchmark's heap within ten minutes.
 * Completes with "ok" or the kind of failure.
 */
final class Channels {

    private final reactor.netty.http.client.HttpClient api;
    private final boolean widgetToo;
    private final int port;
    private final HttpClient sockets = HttpClient.newHttpClient();
    /** Visitors with the page open at once. */
    static final int OPEN_AT_MOST = 512;

    /** The open sockets by customer, the one used longest ago first. */
    private final Map<String, Socket> open = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(OPEN_AT_MOST * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Socket> eldest) {
                    if (size() <= OPEN_AT_MOST) {
                        return false;
                    }
                    eldest.getValue().close();
                    return true;
                }
            });

    Channels(int port, boolean widgetToo, int connections) {
        this.port = port;
        this.widgetToo = widgetToo;
        this.api = reactor.netty.http.client.HttpClient.create(ConnectionProvider.builder("bench")
                        .maxConnections(connections).pendingAcquireMaxCount(-1).build())
                .baseUrl("http://127.0.0.1:" + port)
                .headers(h -> h.set("Content-Type", "application/json"))
                .responseTimeout(Duration.ofSeconds(30));
    }

    /** Sends the customer's message; "ok" for an answer, else what went wrong. */
    Mono<String> send(Customer customer, String messageId, String text) {
        if (customer.widget && widgetToo) {
            return widget(customer, messageId, text);
        }
        String body = "{\"customerId\":\"" + customer.id + "\",\"messageId\":\"" + messageId + "\",\"text\":\"" + text + "\"}";
        ResponseReceiver<?> post = api.post().uri("/api/v1/messages").send(reactor.netty.ByteBufFlux.fromString(Mono.just(body)));
        return post.responseSingle((response, content) -> content.asString().defaultIfEmpty("").map(ignored -> {
                    int status = response.status().code();
                    return status == 200 ? "ok" : "http " + status;
                }))
                .onErrorResume(e -> Mono.just(e.getClass().getSimpleName()));
    }

    private Mono<String> widget(Customer customer, String messageId, String text) {
        return Mono.fromFuture(() -> socket(customer).thenCompose(socket -> socket.send(messageId, text)))
                .map(answer -> {
                    if (customer.step % 4 == 0) { // the round is over: the visitor leaves the page
                        Socket socket = open.remove(customer.id);
                        if (socket != null) {
                            socket.close();
                        }
                    }
                    return answer;
                })
                .onErrorResume(e -> {
                    Socket socket = open.remove(customer.id);
                    if (socket != null) {
                        socket.close();
                    }
                    return Mono.just("widget " + (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName());
                });
    }

    private CompletableFuture<Socket> socket(Customer customer) {
        Socket existing = open.get(customer.id);
        if (existing != null) {
            return CompletableFuture.completedFuture(existing);
        }
        Socket socket = new Socket();
        return sockets.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/widget/ws"), socket)
                .thenCompose(ws -> {
                    socket.ws = ws;
                    // a visitor id is 16 to 64 letters, digits and hyphens
                    String visitor = ("bench-visitor-" + customer.id).replaceAll("[^A-Za-z0-9-]", "-");
                    CompletableFuture<String> welcome = socket.expect("welcome");
                    ws.sendText("{\"type\":\"hello\",\"visitor\":\"" + visitor + "\"}", true);
                    return welcome;
                })
                .thenApply(welcome -> {
                    open.put(customer.id, socket);
                    return socket;
                });
    }

    void close() {
        synchronized (open) {
            open.values().forEach(Socket::close);
            open.clear();
        }
    }

    /** One customer's socket: frames are matched to the message they answer by id. */
    private static final class Socket implements WebSocket.Listener {
        volatile WebSocket ws;
        private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();

        CompletableFuture<String> expect(String key) {
            CompletableFuture<String> answer = new CompletableFuture<String>().orTimeout(30, TimeUnit.SECONDS);
            waiting.put(key, answer);
            return answer;
        }

        CompletableFuture<String> send(String messageId, String text) {
            CompletableFuture<String> answer = expect(messageId);
            ws.sendText("{\"type\":\"message\",\"id\":\"" + messageId + "\",\"text\":\"" + text + "\"}", true);
            return answer;
        }

        void close() {
            WebSocket socket = ws;
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.startsWith("{\"type\":\"welcome\"")) {
                    complete("welcome", "ok");
                } else if (frame.startsWith("{\"type\":\"answer\"")) {
                    complete(idOf(frame), "ok");
                } else if (frame.startsWith("{\"type\":\"error\"")) {
                    String id = idOf(frame);
                    complete(id != null ? id : "welcome", "widget error " + frame.replaceAll(".*\"code\":\"([^\"]+)\".*", "$1"));
                }
            }
            webSocket.request(1);
            return null;
        }

        private void complete(String key, String outcome) {
            CompletableFuture<String> answer = key == null ? null : waiting.remove(key);
            if (answer != null) {
                answer.complete(outcome);
            }
        }

        private static String idOf(String frame) {
            int at = frame.indexOf("\"id\":\"");
            if (at < 0) {
                return null;
            }
            int start = at + 6;
            return frame.substring(start, frame.indexOf('"', start));
        }
    }
}
