package io.anxin.core.desk;

/** The member of staff may see the ticket but their role may not do this to it. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
