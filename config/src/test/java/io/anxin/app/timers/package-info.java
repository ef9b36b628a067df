/** Tests of milestone timers across several application instances. */
@NullMarked
package io.anxin.app.timers;

import org.jspecify.annotations.NullMarked;
