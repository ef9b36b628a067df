@NullMarked
package io.anxin.core.report;

import org.jspecify.annotations.NullMarked;
