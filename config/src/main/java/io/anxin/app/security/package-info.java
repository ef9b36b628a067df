/** Who may use the desk API: users from the users file (or a generated admin), HTTP Basic, problem responses. */
@NullMarked
package io.anxin.app.security;

import org.jspecify.annotations.NullMarked;
