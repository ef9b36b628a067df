/** Every inbound endpoint fed generated bad input: never a 500, never a crash, nothing stored from a forger. */
@NullMarked
package io.anxin.app.fuzz;

import org.jspecify.annotations.NullMarked;
