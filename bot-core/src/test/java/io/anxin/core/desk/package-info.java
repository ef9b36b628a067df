/** Tests of the desk's role rules. */
@NullMarked
package io.anxin.core.desk;

import org.jspecify.annotations.NullMarked;
