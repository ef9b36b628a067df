/** The desk API ({@code /api/v1/desk/**}): tickets for agents, supervisors, compliance and departments, behind role checks. */
@NullMarked
package io.anxin.channel.desk;

import org.jspecify.annotations.NullMarked;
