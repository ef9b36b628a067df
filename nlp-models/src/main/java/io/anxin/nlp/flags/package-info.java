/** Risk flags found by patterns over normalised text, with guards against mere mentions. */
@NullMarked
package io.anxin.nlp.flags;

import org.jspecify.annotations.NullMarked;
