/** Faults under load: the application killed, Redis restarted; nothing acknowledged may be lost or doubled. */
@NullMarked
package io.anxin.app.faults;

import org.jspecify.annotations.NullMarked;
