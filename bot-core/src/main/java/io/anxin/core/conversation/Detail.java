package io.anxin.core.conversation;

/**
 * A complaint-form detail the bot may ask for, one question each and at most these three
 * (000 part 5 annex 1; 000 part 2: ask "what would you like us to do?"). The channel already
 * tells us how to reach the customer, so that is never asked.
 */
public enum Detail {
    /** What happened, and when. */
    WHAT_AND_WHEN,
    /** The account or order number concerned. */
    ACCOUNT,
    /** What the customer would like us to do. */
    REQUEST
}
