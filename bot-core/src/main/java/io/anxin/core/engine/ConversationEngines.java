package io.anxin.core.engine;

import java.util.Set;

/**
 * Port: the engine that follows a given policy pack. One deployment can serve several organisations' ways in
 * (two WeChat official accounts, a mailbox per brand), each answered, routed and timed by its own pack.
 */
public interface ConversationEngines {

    /** The engine of the pack the deployment is configured with ({@code anxin.policy}). */
    ConversationEngine active();

    /**
     * The engine of the pack named {@code name}.
     *
     * @throws IllegalArgumentException naming the packs there are, when none has that name: channels call this at
     *                                  start-up, so a misspelt pack stops the start instead of misrouting tickets
     */
    ConversationEngine forPack(String name);

    /** The names of every pack an engine can be had for. */
    Set<String> packs();
}
