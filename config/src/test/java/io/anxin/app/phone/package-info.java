/** The hotline, end to end: the application on an embedded Redis, Twilio's REST API played by WireMock. */
@NullMarked
package io.anxin.app.phone;

import org.jspecify.annotations.NullMarked;
