/** Tests of the dialog package's behaviour. */
@NullMarked
package io.anxin.core.dialog;

import org.jspecify.annotations.NullMarked;
