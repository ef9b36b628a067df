package io.anxin.channel.api;

/** Nothing of that kind with that id or number. */
class NotFoundException extends RuntimeException {

    NotFoundException(String what, String id) {
        super("no " + what + " '" + id + "'");
    }
}
