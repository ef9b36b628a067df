package io.anxin.channel.desk;

import io.anxin.core.desk.Staff;

/** What the application's authentication must put in the security context for the desk to know who calls. */
public interface StaffPrincipal {

    Staff staff();
}
