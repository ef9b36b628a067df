package io.anxin.app.policy;

import io.anxin.core.policy.PolicyPack;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every policy pack found beside the active one, all of them valid, and the one {@code anxin.policy} chose.
 *
 * @param active the pack in use
 * @param byName every pack in the folder by its {@code name}, the active one included, in the order of their files
 */
public record PolicyPacks(PolicyPack active, Map<String, PolicyPack> byName) {

    public PolicyPacks {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }
}
