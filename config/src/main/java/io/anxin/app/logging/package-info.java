/** Structured JSON logs with personal data masked. */
@NullMarked
package io.anxin.app.logging;

import org.jspecify.annotations.NullMarked;
