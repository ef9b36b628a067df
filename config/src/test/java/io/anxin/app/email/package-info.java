/** The e-mail channel against an in-process mail server (GreenMail), in the whole application. */
@NullMarked
package io.anxin.app.email;

import org.jspecify.annotations.NullMarked;
