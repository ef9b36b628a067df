/** Who may use the desk: users from the users file (or the default admin), HTTP Basic and sessions, problem responses. */
@NullMarked
package io.anxin.app.security;

import org.jspecify.annotations.NullMarked;
