/** What a message is about: intent, complaint category, risk flags and anger, and the port of the classifier that tells them. */
@NullMarked
package io.anxin.core.triage;

import org.jspecify.annotations.NullMarked;
