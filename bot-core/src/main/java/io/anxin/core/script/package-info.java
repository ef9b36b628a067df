/** The script library: every customer-facing sentence by situation and language, rendered with variables. */
@NullMarked
package io.anxin.core.script;

import org.jspecify.annotations.NullMarked;
