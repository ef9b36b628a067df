/** Tests of the script package's behaviour. */
@NullMarked
package io.anxin.core.script;

import org.jspecify.annotations.NullMarked;
