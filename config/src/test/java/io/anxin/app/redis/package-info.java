/** Tests of how Anxin reads its Redis URL. */
@NullMarked
package io.anxin.app.redis;

import org.jspecify.annotations.NullMarked;
