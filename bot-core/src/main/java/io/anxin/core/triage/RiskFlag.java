package io.anxin.core.triage;

/** Content that must be escalated whatever the intent (003 §5, §7; 000 part 5 §18-29). */
public enum RiskFlag {
    /** 扬言采取过激行为: violence, self-harm, sit-in, banners. */
    THREAT_EXTREME("threat_extreme"),
    /** Threat of media or social-media exposure. */
    MEDIA("media"),
    /** Threat of legal action or a complaint to a regulator. */
    LAWSUIT("lawsuit"),
    /** Report of staff misconduct: bribery, kickbacks, fraud. */
    WHISTLEBLOW("whistleblow"),
    /** Speaks for a group of customers or households. */
    COLLECTIVE("collective"),
    /** Customer funds or account security at stake. */
    ASSET_SAFETY("asset_safety");

    private final String label;

    RiskFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RiskFlag fromLabel(String label) {
        for (RiskFlag flag : values()) {
            if (flag.label.equals(label)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("unknown risk flag '" + label + "'");
    }
}
