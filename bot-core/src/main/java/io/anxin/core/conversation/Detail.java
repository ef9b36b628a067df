package io.anxin.core.conversation;

/**
 * A complaint-form detail the bot may ask for, one question each and never more than three
 * (000 part 5 annex 1; 000 part 2: ask "what would you like us to do?"). How to reach the
 * customer is asked only where the channel does not tell us, and then the account number is not:
 * the department finds the account from the contact.
 */
public enum Detail {
    /** What happened, and when. */
    WHAT_AND_WHEN,
    /** The account or order number concerned. */
    ACCOUNT,
    /** How to reach the customer, where the channel does not tell us. */
    CONTACT,
    /** What the customer would like us to do. */
    REQUEST
}
