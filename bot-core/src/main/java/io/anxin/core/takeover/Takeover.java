package io.anxin.core.takeover;

/** What came of an agent's attempt to take a conversation. */
public sealed interface Takeover {

    /** The agent has it now, or had it already. */
    record Taken(String agent) implements Takeover {}

    /** Another agent was first. */
    record TakenBy(String agent) implements Takeover {}

    /** Nobody is waiting on that conversation (handed back to the bot, or never queued). */
    record NotWaiting() implements Takeover {}
}
