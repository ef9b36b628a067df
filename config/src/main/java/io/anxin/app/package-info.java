/** The Spring Boot application: Anxin's composition root. */
@NullMarked
package io.anxin.app;

import org.jspecify.annotations.NullMarked;
