/** Tests of the knowledge base's behaviour. */
@NullMarked
package io.anxin.core.knowledge;

import org.jspecify.annotations.NullMarked;
