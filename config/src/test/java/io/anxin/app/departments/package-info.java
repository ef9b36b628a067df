/** Tests of telling departments by webhook and e-mail. */
@NullMarked
package io.anxin.app.departments;

import org.jspecify.annotations.NullMarked;
