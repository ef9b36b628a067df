package io.anxin.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Customers of a partner system writing through the open HTTP API, each one message after another (a complaint, its
 * details, a question, thanks, and round again), as fast as they are answered; a message that was not acknowledged is
 * sent again, with its id, before the next (a partner keeps one conversation in order). Every message sent is recorded with
 * what came back, so that a test can tell what was acknowledged (2xx) from what was not, and send it again as a
 * partner system retries.
 */
final class ApiCustomers {

    static final List<String> TEXTS = List.of(
            "你们的APP提现三天了还没到账，太过分了！",
            "订单号是 20261122001，金额 500 元，昨天下午提交的",
            "怎么修改登录密码？",
            "好的，谢谢");
    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\":\"([^\"]+)\"");
    private static final Pattern TICKET = Pattern.compile("\"ticket\":\\{\"number\":\"([^\"]+)\"");

    /** One message and its outcome: status 0 when no answer came at all (connection refused or cut). */
    record Sent(String customer, String messageId, String text, int status, @Nullable String conversationId,
            @Nullable String ticket) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final IntSupplier port;
    private final java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();

    /** @param port where the application listens now (it may change between a crash and the restart) */
    ApiCustomers(IntSupplier port) {
        this.port = port;
    }

    /** {@code customers} customers write until {@code stop} says so; returns every message sent, in order per customer. */
    List<Sent> writeUntil(String prefix, int customers, java.util.function.BooleanSupplier stop) throws InterruptedException {
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(customers);
        for (int c = 0; c < customers; c++) {
            String customer = prefix + "-" + c;
            pool.execute(() -> {
                // a message not acknowledged is sent again before the next one: one conversation, in order
                for (int i = 0; !stop.getAsBoolean(); ) {
                    Sent outcome = send(customer, "m" + i, TEXTS.get(i % TEXTS.size()));
                    sent.add(outcome);
                    if (outcome.acknowledged()) {
                        i++;
                    } else {
                        pause(100);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("customers still waiting for answers after 60 s");
        }
        return new ArrayList<>(sent);
    }

    /** Sends the message again until it is acknowledged, as a partner system retries; empty if it never was. */
    Optional<Sent> retryUntilAcknowledged(Sent message, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Sent again = send(message.customer(), message.messageId(), message.text());
            if (again.acknowledged()) {
                return Optional.of(again);
            }
            pause(200);
        }
        return Optional.empty();
    }

    /** How many messages have been acknowledged so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    /**
     * Waits until {@code count} more messages than {@code from} have been acknowledged: the faults are timed by the
     * traffic, not by the clock, so that a slow machine (a cold JIT, other builds) still has answered messages on
     * both sides of the fault.
     */
    void awaitAcknowledged(int from, int count, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (acknowledged.get() < from + count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + (acknowledged.get() - from) + " of " + count
                        + " messages acknowledged within " + limit);
            }
            pause(20);
        }
    }

    Sent send(String customer, String messageId, String text) {
        String body = "{\"customerId\":\"" + customer + "\",\"messageId\":\"" + messageId + "\",\"text\":\"" + text + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + "/api/v1/messages"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String answer = response.body();
            if (response.statusCode() / 100 == 2) {
                acknowledged.incrementAndGet();
            }
            return new Sent(customer, messageId, text, response.statusCode(), find(CONVERSATION, answer), find(TICKET, answer));
        } catch (IOException e) {
            return new Sent(customer, messageId, text, 0, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(customer, messageId, text, 0, null, null);
        }
    }

    String conversation(String conversationId) {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port.getAsInt() + "/api/v1/conversations/" + conversationId))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("conversation " + conversationId + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of the ticket as its customer would fetch it (200 when it is there). */
    int ticketStatus(String number, String conversationId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + "/api/v1/tickets/"
                        + number + "?conversation=" + conversationId))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the fault tests assert after the fault: every acknowledged message is in its conversation once, with its
     * ticket; the partner's retries of everything it sent (acknowledged or not) are all accepted, return the first
     * answer's ticket, and leave every message exactly once; and no ticket exists beyond those the answers name.
     *
     * @param ticketsRegistered how many tickets the store holds, read after the retries
     */
    void assertNothingLostOrDoubled(List<Sent> sent, java.util.function.LongSupplier ticketsRegistered) {
        List<Sent> acknowledged = sent.stream().filter(Sent::acknowledged).toList();
        for (Sent message : acknowledged) {
            assertThat(linesOf(conversation(message.conversationId()), message.messageId()))
                    .as("lines of acknowledged message %s of %s", message.messageId(), message.customer()).isEqualTo(1);
            if (message.ticket() != null) {
                assertThat(ticketStatus(message.ticket(), message.conversationId()))
                        .as("acknowledged ticket %s", message.ticket()).isEqualTo(200);
            }
        }
        java.util.Map<String, Sent> firstAnswers = new java.util.LinkedHashMap<>();
        acknowledged.forEach(m -> firstAnswers.putIfAbsent(m.customer() + "/" + m.messageId(), m));
        java.util.Map<String, Sent> distinct = new java.util.LinkedHashMap<>();
        sent.forEach(m -> distinct.putIfAbsent(m.customer() + "/" + m.messageId(), m));
        java.util.Set<String> tickets = new java.util.HashSet<>();
        java.util.Map<String, String> conversationOf = new java.util.HashMap<>();
        for (Sent message : distinct.values()) {
            Sent again = retryUntilAcknowledged(message, Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError(
                    "message " + message.messageId() + " of " + message.customer() + " never accepted after the fault"));
            Sent before = firstAnswers.get(message.customer() + "/" + message.messageId());
            if (before != null) {
                assertThat(again.ticket()).as("ticket of retried %s", message.messageId()).isEqualTo(before.ticket());
                assertThat(again.conversationId()).isEqualTo(before.conversationId());
            }
            if (again.ticket() != null) {
                tickets.add(again.ticket());
            }
            conversationOf.put(message.customer(), again.conversationId());
        }
        for (Sent message : distinct.values()) {
            assertThat(linesOf(conversation(conversationOf.get(message.customer())), message.messageId()))
                    .as("lines of %s of %s after the retries", message.messageId(), message.customer()).isEqualTo(1);
        }
        assertThat(ticketsRegistered.getAsLong()).as("tickets registered").isEqualTo(tickets.size());
    }

    /** How many customer lines of the conversation carry that message id. */
    static int linesOf(String conversationJson, String messageId) {
        Matcher m = Pattern.compile("\"speaker\":\"customer\",\"text\":\"[^\"]*\",\"at\":\"[^\"]+\",\"messageId\":\""
                + Pattern.quote(messageId) + "\"").matcher(conversationJson);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static @Nullable String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
