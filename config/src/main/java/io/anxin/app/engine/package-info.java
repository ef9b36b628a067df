/** Wiring of the conversation engine to its stores, triager, scripts and policy. */
@NullMarked
package io.anxin.app.engine;

import org.jspecify.annotations.NullMarked;
