package io.anxin.core.dialog;

import io.anxin.core.conversation.Detail;

/** What the dialog changes on the conversation's open ticket. */
public sealed interface TicketChange {

    /** The customer's answer to a detail question goes into the complaint form. */
    record Note(Detail detail, String text) implements TicketChange {}

    /** The customer is satisfied at intake and will not pursue it (003 §6(一)): record and close. */
    record CloseAtIntake() implements TicketChange {}
}
