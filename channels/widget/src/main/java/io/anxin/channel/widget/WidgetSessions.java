package io.anxin.channel.widget;

import io.anxin.channel.widget.Frames.ServerFrame;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The sockets open on this instance, by customer, so that a message from the outbox reaches a customer who is
 * looking, whichever instance delivered it ({@link WidgetPushes}).
 */
final class WidgetSessions {

    private final Map<String, Set<Consumer<ServerFrame>>> open = new ConcurrentHashMap<>();

    void add(String customerId, Consumer<ServerFrame> session) {
        open.computeIfAbsent(customerId, c -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(String customerId, Consumer<ServerFrame> session) {
        open.computeIfPresent(customerId, (c, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** @return how many open sockets it was sent to */
    int push(String customerId, ServerFrame frame) {
        Set<Consumer<ServerFrame>> sessions = open.getOrDefault(customerId, Set.of());
        sessions.forEach(s -> s.accept(frame));
        return sessions.size();
    }
}
