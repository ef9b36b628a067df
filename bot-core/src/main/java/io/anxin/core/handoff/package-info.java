/** Escalation and hand-off: who must hear of a conversation at once, and handing it to a human. */
@NullMarked
package io.anxin.core.handoff;

import org.jspecify.annotations.NullMarked;
