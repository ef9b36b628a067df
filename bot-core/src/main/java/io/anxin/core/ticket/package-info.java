/** Tickets: the register of complaints, suggestions and inquiries, their numbers, status, grade and complaint form. */
@NullMarked
package io.anxin.core.ticket;

import org.jspecify.annotations.NullMarked;
