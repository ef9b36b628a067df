package io.anxin.channel.desk;

/** A path that names no ticket: malformed numbers get the same answer as unknown ones. */
class NotFoundException extends RuntimeException {

    NotFoundException(String number) {
        super("no ticket " + number);
    }
}
