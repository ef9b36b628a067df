/** Takeover: conversations waiting for a person, the agent who takes one and owns it until handing it on (002: 首问负责制). */
@NullMarked
package io.anxin.core.takeover;

import org.jspecify.annotations.NullMarked;
