package io.anxin.channel.desk;

/** Another agent took the conversation first. */
class TakenException extends RuntimeException {

    TakenException(String conversation, String agent) {
        super("conversation " + conversation + " was taken by " + agent);
    }
}
