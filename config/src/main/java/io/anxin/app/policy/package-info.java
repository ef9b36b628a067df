/** Policy packs and script files read from YAML and validated at start-up. */
@NullMarked
package io.anxin.app.policy;

import org.jspecify.annotations.NullMarked;
