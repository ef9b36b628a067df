/** The desk API as the agent desk will use it: roles, confidential tickets, the procedure, lists. */
@NullMarked
package io.anxin.app.desk;

import org.jspecify.annotations.NullMarked;
