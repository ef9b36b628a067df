/** Test support shared with other modules: scripts and triage fixtures for engine tests. */
@NullMarked
package io.anxin.core.testing;

import org.jspecify.annotations.NullMarked;
