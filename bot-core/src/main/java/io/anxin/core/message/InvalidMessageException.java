package io.anxin.core.message;

/** A message refused at the edge: the field and the reason are meant for the sender. */
public class InvalidMessageException extends IllegalArgumentException {

    private final String field;

    public InvalidMessageException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
