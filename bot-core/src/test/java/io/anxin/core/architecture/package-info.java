/** Architecture rules of bot-core, as tests. */
@NullMarked
package io.anxin.core.architecture;

import org.jspecify.annotations.NullMarked;
