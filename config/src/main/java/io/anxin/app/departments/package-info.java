/** Departments: telling the responsible department of a forwarded ticket by webhook or e-mail. */
@NullMarked
package io.anxin.app.departments;

import org.jspecify.annotations.NullMarked;
