package io.anxin.app.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** The widget's socket as a script drives it: send text frames, read the server's frames one by one. */
public final class WidgetSocketClient implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private volatile int closedWith = -1;

    private WidgetSocketClient(int port, @Nullable String origin) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        this.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/widget/ws"), new Listener())
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    public static WidgetSocketClient open(int port) {
        return new WidgetSocketClient(port, null);
    }

    /** As a browser on a page of that origin opens it (browsers always send their Origin). */
    public static WidgetSocketClient open(int port, String origin) {
        return new WidgetSocketClient(port, origin);
    }

    public void send(String frame) {
        socket.sendText(frame, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** The next frame from the server, or null if none came within the wait. */
    public @Nullable String next(Duration wait) {
        try {
            return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next frame whose text contains {@code marker}, skipping others (typing indicators); null if none came. */
    public @Nullable String nextContaining(String marker, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String frame = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (frame != null && frame.contains(marker)) {
                return frame;
            }
        }
        return null;
    }

    /** The close code the server sent, or -1 while open. */
    public int closedWith() {
        return closedWith;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith = statusCode;
            return null;
        }
    }
}
