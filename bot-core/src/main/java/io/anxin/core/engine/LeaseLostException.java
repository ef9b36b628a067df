package io.anxin.core.engine;

/** The lease on a conversation expired before the turn was committed; nothing of the turn was stored. */
public class LeaseLostException extends IllegalStateException {

    public LeaseLostException(Lease lease) {
        super("the lease on conversation " + lease.conversationId() + " was lost before commit");
    }
}
