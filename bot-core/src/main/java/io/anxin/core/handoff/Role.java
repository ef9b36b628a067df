package io.anxin.core.handoff;

/** Who is told of an escalated conversation (003 §5, §7; 000 part 5 §18-29). */
public enum Role {
    /** A human agent takes the conversation over. */
    AGENT,
    /** The service-centre supervisor or quality lead. */
    SUPERVISOR,
    /** The compliance department (合规稽核部): whistle-blowing, fraud, asset safety. */
    COMPLIANCE,
    /** The PR / general office: media. */
    PR,
    /** The responsible leader (分管领导). */
    LEADER,
    /** The chief risk officer (首席风险官): lawsuits, regulators, economic disputes. */
    RISK_OFFICER
}
