/** JMH benchmarks of the triage models. */
@NullMarked
package io.anxin.bench;

import org.jspecify.annotations.NullMarked;
