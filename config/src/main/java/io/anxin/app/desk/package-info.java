/** The desk's wiring: canned replies, the agents' load, deferred inquiries and knowledge entries saved from the desk. */
@NullMarked
package io.anxin.app.desk;

import org.jspecify.annotations.NullMarked;
