/** The command line of the packaged jar: {@code eval} and {@code classify}. */
@NullMarked
package io.anxin.nlp.cli;

import org.jspecify.annotations.NullMarked;
