/** Build-time training of the triage models from the corpus. */
@NullMarked
package io.anxin.nlp.train;

import org.jspecify.annotations.NullMarked;
