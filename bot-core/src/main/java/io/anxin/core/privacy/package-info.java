/** Personal data protection: masking phone numbers, ID and account numbers and e-mail addresses wherever text leaves the store. */
@NullMarked
package io.anxin.core.privacy;

import org.jspecify.annotations.NullMarked;
