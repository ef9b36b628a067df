package io.anxin.core.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * The time limits a policy pack promises (003 §4, §6; 000 part 5 §17).
 *
 * @param forward         forward a complaint to the responsible department (003 §6(二): 1 hour)
 * @param firstContact    the department contacts the customer (003 §6(三): 24 hours)
 * @param inquiryAnswer   answer an inquiry that could not be answered at once (003 §4: 24 hours)
 * @param suggestionReply tell the customer whether a suggestion was adopted (003 §4: a promised deadline)
 */
public record TimeLimits(Duration forward, Duration firstContact, Duration inquiryAnswer, Duration suggestionReply) {

    public TimeLimits {
        requirePositive("forward", forward);
        requirePositive("firstContact", firstContact);
        requirePositive("inquiryAnswer", inquiryAnswer);
        requirePositive("suggestionReply", suggestionReply);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("time limit '" + name + "' must be positive, was " + value);
        }
    }
}
