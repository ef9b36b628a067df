/** The knowledge base: answers to customers' questions in three languages, searched in memory to answer inquiries at once. */
@NullMarked
package io.anxin.core.knowledge;

import org.jspecify.annotations.NullMarked;
