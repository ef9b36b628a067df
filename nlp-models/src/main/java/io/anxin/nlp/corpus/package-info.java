/** The labelled JSONL messages the models are trained and evaluated on. */
@NullMarked
package io.anxin.nlp.corpus;

import org.jspecify.annotations.NullMarked;
