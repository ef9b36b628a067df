/** The load benchmark: Anxin and the bare Redis writes of a message, side by side, under the same mix. */
package io.anxin.bench.load;
