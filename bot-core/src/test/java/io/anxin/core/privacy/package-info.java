/** Tests of personal-data masking. */
@NullMarked
package io.anxin.core.privacy;

import org.jspecify.annotations.NullMarked;
