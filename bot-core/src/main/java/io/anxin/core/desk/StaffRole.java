package io.anxin.core.desk;

import java.util.Arrays;
import java.util.Locale;

/** What a member of staff does at the desk; a user may hold several. */
public enum StaffRole {
    /** Customer-service agent: handles every ticket that is not confidential. */
    AGENT,
    /** Service-centre supervisor: as an agent, and watches the time limits. */
    SUPERVISOR,
    /** Compliance (合规稽核部): the only role that sees whistle-blowing tickets (003 §7(二)). */
    COMPLIANCE,
    /** A responsible department: sees and acts on the tickets forwarded to it, nothing else. */
    DEPARTMENT;

    /** The name in the users file and the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StaffRole fromLabel(String label) {
        for (StaffRole role : values()) {
            if (role.label().equals(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "', expected one of "
                + Arrays.stream(values()).map(StaffRole::label).toList());
    }
}
