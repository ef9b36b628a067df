package io.anxin.app.engine;

import io.anxin.app.policy.PolicyPacks;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.ConversationEngines;
import io.anxin.core.policy.PolicyPack;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The engines of the validated policy packs, each built the first time a channel asks for it. */
final class PolicyPackEngines implements ConversationEngines {

    private final PolicyPacks packs;
    private final Function<PolicyPack, ConversationEngine> build;
    private final Map<String, ConversationEngine> engines = new ConcurrentHashMap<>();

    PolicyPackEngines(PolicyPacks packs, Function<PolicyPack, ConversationEngine> build) {
        this.packs = packs;
        this.build = build;
    }

    @Override
    public ConversationEngine active() {
        return forPack(packs.active().name());
    }

    @Override
    public ConversationEngine forPack(String name) {
        PolicyPack pack = packs.byName().get(name);
        if (pack == null) {
            throw new IllegalArgumentException("there is no policy pack named '" + name + "'; the packs are " + packs());
        }
        return engines.computeIfAbsent(name, n -> build.apply(pack));
    }

    @Override
    public Set<String> packs() {
        return packs.byName().keySet();
    }
}
