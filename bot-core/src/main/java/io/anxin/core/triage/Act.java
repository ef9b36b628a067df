package io.anxin.core.triage;

/**
 * What a message does in the conversation when it is no request of its own: a greeting, thanks,
 * a goodbye, asking for a human (转人工), or a yes or no to the bot's question.
 */
public enum Act {
    /** An ordinary request: complaint, suggestion or inquiry. */
    NONE("none"),
    GREETING("greeting"),
    /** Thanks or praise. */
    THANKS("thanks"),
    GOODBYE("goodbye"),
    /** Asks for a human agent. */
    HUMAN("human"),
    YES("yes"),
    NO("no");

    private final String label;

    Act(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Act fromLabel(String label) {
        for (Act act : values()) {
            if (act.label.equals(label)) {
                return act;
            }
        }
        throw new IllegalArgumentException("unknown act '" + label + "'");
    }
}
