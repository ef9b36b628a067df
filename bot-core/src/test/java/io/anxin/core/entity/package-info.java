/** Tests of entity extraction. */
@NullMarked
package io.anxin.core.entity;

import org.jspecify.annotations.NullMarked;
