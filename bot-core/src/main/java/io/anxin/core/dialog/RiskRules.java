package io.anxin.core.dialog;

import io.anxin.core.handoff.Escalation;
import io.anxin.core.handoff.Role;
import io.anxin.core.triage.RiskFlag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who must hear of a flagged message at once (003 §5, §7; 000 part 5 §18-29). Each flag's rule
 * is one line, so compliance can read them against the regulation.
 */
final class RiskRules {

    private static final Map<RiskFlag, List<Escalation>> RULES = new EnumMap<>(Map.of(
            // 003 §5(三): a dedicated person at once for a threat of drastic action; the supervisor is alerted.
            RiskFlag.THREAT_EXTREME, List.of(urgent(Role.AGENT, RiskFlag.THREAT_EXTREME), urgent(Role.SUPERVISOR, RiskFlag.THREAT_EXTREME)),
            // 003 §7(四): media — facts at once to the PR/general office; the leader informed; no comment without approval.
            RiskFlag.MEDIA, List.of(urgent(Role.PR, RiskFlag.MEDIA), urgent(Role.LEADER, RiskFlag.MEDIA)),
            // 003 §7(五): lawsuits, regulators and economic disputes go to the leader and the chief risk officer.
            RiskFlag.LAWSUIT, List.of(normal(Role.LEADER, RiskFlag.LAWSUIT), normal(Role.RISK_OFFICER, RiskFlag.LAWSUIT)),
            // 003 §7(二), 000 part 5 §19: whistle-blowing letters go to the leader and compliance at once.
            RiskFlag.WHISTLEBLOW, List.of(urgent(Role.COMPLIANCE, RiskFlag.WHISTLEBLOW), urgent(Role.LEADER, RiskFlag.WHISTLEBLOW)),
            // 003 §7(六): asset safety, fraud — to compliance at once.
            RiskFlag.ASSET_SAFETY, List.of(urgent(Role.COMPLIANCE, RiskFlag.ASSET_SAFETY)),
            // 000 part 1 §3: a collective complaint is graded by its size; the supervisor follows it.
            RiskFlag.COLLECTIVE, List.of(normal(Role.SUPERVISOR, RiskFlag.COLLECTIVE))));

    /** 000 part 5 §18-29: economic disputes go to the leader and the chief risk officer; nobody decides alone. */
    static final List<Escalation> ECONOMIC_DISPUTE = List.of(
            new Escalation(Role.LEADER, "economic_dispute", false), new Escalation(Role.RISK_OFFICER, "economic_dispute", false));

    /** Flags that make any message a complaint to register, whatever its wording. */
    static final Set<RiskFlag> ALWAYS_REGISTER = Set.of(
            RiskFlag.THREAT_EXTREME, RiskFlag.MEDIA, RiskFlag.LAWSUIT, RiskFlag.WHISTLEBLOW, RiskFlag.ASSET_SAFETY);

    private RiskRules() {}

    static List<Escalation> escalations(Set<RiskFlag> flags) {
        List<Escalation> all = new ArrayList<>();
        for (RiskFlag flag : RiskFlag.values()) {
            if (flags.contains(flag)) {
                all.addAll(RULES.get(flag));
            }
        }
        return all;
    }

    static boolean mustRegister(Set<RiskFlag> flags) {
        return flags.stream().anyMatch(ALWAYS_REGISTER::contains);
    }

    private static Escalation urgent(Role role, RiskFlag flag) {
        return new Escalation(role, flag.label(), true);
    }

    private static Escalation normal(Role role, RiskFlag flag) {
        return new Escalation(role, flag.label(), false);
    }
}
