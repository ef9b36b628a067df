package io.anxin.core.conversation;

/** Who said a line of the transcript. */
public enum Speaker {
    CUSTOMER,
    BOT,
    AGENT
}
