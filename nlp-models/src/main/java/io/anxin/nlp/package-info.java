/** OpenNLP implementation of the triage port: loads the models trained from the corpus at build time and classifies messages. */
@NullMarked
package io.anxin.nlp;

import org.jspecify.annotations.NullMarked;
