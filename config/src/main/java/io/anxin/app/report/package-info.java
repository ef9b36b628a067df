/** Wiring of the reports: statistics, recurring problems, scheduled reports and the retention of transcripts. */
@NullMarked
package io.anxin.app.report;

import org.jspecify.annotations.NullMarked;
