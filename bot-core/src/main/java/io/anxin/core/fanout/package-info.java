/** Fan-out: news every instance must hear (a push for a customer whose socket is open on another instance). */
@NullMarked
package io.anxin.core.fanout;

import org.jspecify.annotations.NullMarked;
