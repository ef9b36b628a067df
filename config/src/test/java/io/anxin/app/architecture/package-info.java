/** Architecture rules across modules, as tests. */
@NullMarked
package io.anxin.app.architecture;

import org.jspecify.annotations.NullMarked;
