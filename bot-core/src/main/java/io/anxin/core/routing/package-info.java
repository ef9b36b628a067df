/** Where a ticket goes: the organisation's departments, the rules that pick one, and who hears confidential flags. */
@NullMarked
package io.anxin.core.routing;

import org.jspecify.annotations.NullMarked;
