/** Evaluation of the triager against a labelled JSONL file. */
@NullMarked
package io.anxin.nlp.eval;

import org.jspecify.annotations.NullMarked;
