/** Tests of the engine package's behaviour. */
@NullMarked
package io.anxin.core.engine;

import org.jspecify.annotations.NullMarked;
