/** The reports API over real HTTP, and what the scheduled reports send. */
@NullMarked
package io.anxin.app.report;

import org.jspecify.annotations.NullMarked;
