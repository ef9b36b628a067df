/** Tests of the ticket lifecycle use cases. */
@NullMarked
package io.anxin.core.lifecycle;

import org.jspecify.annotations.NullMarked;
