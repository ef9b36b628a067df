/** Text preparation shared by training and inference: script normalisation, language detection and feature tokens. */
@NullMarked
package io.anxin.nlp.text;

import org.jspecify.annotations.NullMarked;
