/** Tests of the satisfaction survey, call-backs and re-complaints after resolution. */
@NullMarked
package io.anxin.core.followup;

import org.jspecify.annotations.NullMarked;
