/** A policy pack: the organisation's time limits, breach grades, routing and rules, as plain values the engine reads. */
@NullMarked
package io.anxin.core.policy;

import org.jspecify.annotations.NullMarked;
