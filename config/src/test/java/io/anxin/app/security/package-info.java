/** Who may sign in to the desk when no users file is given. */
@NullMarked
package io.anxin.app.security;

import org.jspecify.annotations.NullMarked;
