/** Tests of masked structured logging. */
@NullMarked
package io.anxin.app.logging;

import org.jspecify.annotations.NullMarked;
