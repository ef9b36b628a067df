/** End-to-end tests of the open HTTP channel against the running application. */
@NullMarked
package io.anxin.app.api;

import org.jspecify.annotations.NullMarked;
