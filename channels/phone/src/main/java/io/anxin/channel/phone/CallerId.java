package io.anxin.channel.phone;

/**
 * The engine's customer id of a phone customer: {@code +8613800138000/CA…} for a call (one conversation per call),
 * the bare number for SMS written to us. Either way the number comes first, for the courier that texts back.
 */
final class CallerId {

    private CallerId() {}

    static String of(String number, String callSid) {
        return number + "/" + callSid;
    }

    /** The number to text: the part before the call. */
    static String number(String customerId) {
        int slash = customerId.indexOf('/');
        return slash < 0 ? customerId : customerId.substring(0, slash);
    }
}
