package io.anxin.core.attachment;

/** An attachment above the store's limit: refused whole, never cut, so the channel can tell the customer. */
public final class AttachmentTooLargeException extends RuntimeException {

    private final long limit;

    public AttachmentTooLargeException(long size, long limit) {
        super("an attachment of " + size + " bytes is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
