/** Test clients and fixtures shared by the ITs that drive Anxin as its customers and staff would. */
@NullMarked
package io.anxin.app.support;

import org.jspecify.annotations.NullMarked;
