/** The conversation engine: the use case that handles one inbound message end to end. */
@NullMarked
package io.anxin.core.engine;

import org.jspecify.annotations.NullMarked;
