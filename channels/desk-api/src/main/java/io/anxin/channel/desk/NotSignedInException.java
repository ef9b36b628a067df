package io.anxin.channel.desk;

/** A desk call reached the controller without a signed-in member of staff: the security configuration let it through. */
class NotSignedInException extends RuntimeException {

    NotSignedInException() {
        super("sign in with your desk user name and password (HTTP Basic)");
    }
}
