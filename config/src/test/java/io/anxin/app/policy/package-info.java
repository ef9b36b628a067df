/** Tests of policy and script file validation. */
@NullMarked
package io.anxin.app.policy;

import org.jspecify.annotations.NullMarked;
