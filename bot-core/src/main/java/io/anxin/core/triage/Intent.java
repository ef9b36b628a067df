package io.anxin.core.triage;

/**
 * What a customer's message asks of the company (003 §4: the three types). Exactly one per
 * message; the label schema is {@code shared/eval/README.md}.
 */
public enum Intent {
    /** 投诉: dissatisfaction, a failure or loss done to the customer, a demand for redress. */
    COMPLAINT("complaint", 'C'),
    /** 建议: proposes an improvement without mainly complaining about a concrete failure. */
    SUGGESTION("suggestion", 'S'),
    /** 咨询: asks for information or how to do something. */
    INQUIRY("inquiry", 'Q');

    private final String label;
    private final char ticketLetter;

    Intent(String label, char ticketLetter) {
        this.label = label;
        this.ticketLetter = ticketLetter;
    }

    /** The label used in corpora, models and the API. */
    public String label() {
        return label;
    }

    /** The letter a ticket of this type is numbered with (C-…, S-…, Q-…). */
    public char ticketLetter() {
        return ticketLetter;
    }

    public static Intent fromLabel(String label) {
        for (Intent intent : values()) {
            if (intent.label.equals(label)) {
                return intent;
            }
        }
        throw new IllegalArgumentException("unknown intent '" + label + "', expected complaint, suggestion or inquiry");
    }

    public static Intent fromTicketLetter(char letter) {
        for (Intent intent : values()) {
            if (intent.ticketLetter == letter) {
                return intent;
            }
        }
        throw new IllegalArgumentException("unknown ticket type letter '" + letter + "', expected C, S or Q");
    }
}
